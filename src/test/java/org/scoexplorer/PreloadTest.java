package org.scoexplorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreloadTest {
    @Test
    void theDatasetIsTheFirstArgumentThatIsNotAnOption() {
        assertThat(Preload.fileArgument(List.of())).isNull();
        assertThat(Preload.fileArgument(List.of("--self-test"))).isNull();
        assertThat(Preload.fileArgument(List.of("data/x.sco.json"))).isEqualTo(Path.of("data/x.sco.json"));
        assertThat(Preload.fileArgument(List.of("--measure-startup", "--tour", "--type=tashkent rail", "big.json")))
                .isEqualTo(Path.of("big.json"));
    }
}
