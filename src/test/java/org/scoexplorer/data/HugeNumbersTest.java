package org.scoexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scoexplorer.TestData.lineColumnOf;
import static org.scoexplorer.TestData.miniText;
import static org.scoexplorer.TestData.replaceOnce;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Numbers beyond the range of a double (1e309 and up) are read as infinity. Found by
 * DamagedBytesProperties: the schema validator threw on them where the schema lists allowed values
 * (an enum), and the exception escaped the loader.
 */
class HugeNumbersTest {
    private final DatasetLoader loader = new DatasetLoader();

    private LoadResult load(String text) {
        return loader.load(text.getBytes(StandardCharsets.UTF_8), "test.json");
    }

    @Test
    void aHugeNumberWhereTheSchemaListsTheValuesIsALocatedError() {
        String text = replaceOnce(miniText(), "\"status\": \"observer\"", "\"status\": 1e309");
        LoadResult r = load(text);
        assertThat(r.ok()).isFalse();
        assertThat(r.errors()).anySatisfy(p -> {
            assertThat(p.pointer()).isEqualTo("/countries/1/status");
            assertThat(p.message()).contains("too large");
            assertThat(new int[] {p.line(), p.column()}).containsExactly(lineColumnOf(text, "\"status\": 1e309"));
        });
    }

    @Test
    void aHugeNegativeNumberElsewhereIsALocatedErrorToo() {
        String text = replaceOnce(miniText(), "\"name\": \"Beta\", \"lat\": 41.0", "\"name\": \"Beta\", \"lat\": -1e400");
        LoadResult r = load(text);
        assertThat(r.ok()).isFalse();
        assertThat(r.errors()).anySatisfy(p -> {
            assertThat(p.pointer()).isEqualTo("/countries/1/capital/lat");
            assertThat(p.message()).contains("too large");
        });
    }
}
