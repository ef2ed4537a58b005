package org.scoexplorer.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.scoexplorer.data.DatasetLoader;
import org.scoexplorer.data.DatasetWriter;
import org.scoexplorer.model.Dataset;

class DatasetScalerTest {
    private final Dataset bundled = new DatasetLoader().loadBundled().dataset();

    @Test
    void aScaledDatasetIsWrittenAndReadBackWithoutAProblem() throws Exception {
        Dataset x3 = DatasetScaler.scale(bundled, 3);
        assertThat(x3.legs()).hasSize(bundled.legs().size() * 3);
        assertThat(x3.places()).hasSize(bundled.places().size() * 3);
        assertThat(x3.countries()).hasSize(bundled.countries().size());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetWriter.write(x3, out);
        var result = new DatasetLoader().load(out.toByteArray(), "x3.json");
        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset().corridors()).hasSize(bundled.corridors().size() * 3);
    }

    @Test
    void copiesReferToTheirOwnCopies() {
        Dataset x2 = DatasetScaler.scale(bundled, 2);
        var leg = x2.legs().stream().filter(l -> l.id().endsWith("-2")).findFirst().orElseThrow();
        assertThat(leg.from()).endsWith("-2");
        assertThat(leg.corridor()).endsWith("-2");
        var route = new RouteService(new DatasetIndex(x2));
        assertThat(route.shortest("kashgar-2", "istanbul-2", RouteService.DEFAULT_MODES)).isPresent();
        assertThat(route.shortest("kashgar", "istanbul-2", RouteService.DEFAULT_MODES)).isEmpty();
    }

    @Test
    void writingTheBundledDatasetKeepsItIdentical() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetWriter.write(DatasetScaler.scale(bundled, 1), out);
        assertThat(new DatasetLoader().load(out.toByteArray(), "x1.json").dataset()).isEqualTo(bundled);
    }
}
