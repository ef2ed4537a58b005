package org.scoexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonLocatorTest {
    private static final String TEXT = """
            {
              "a": [10, {"b": true}, [1, 2]],
              "c": {"d": null}
            }""";

    @Test
    void membersAreFoundAtTheirKeyAndElementsAtTheirFirstCharacter() {
        Map<String, JsonLocator.Position> at = JsonLocator.locate(Json.factory(DatasetLimits.DEFAULT), TEXT,
                Set.of("", "/a", "/a/0", "/a/1", "/a/1/b", "/a/2", "/a/2/1", "/c/d"));
        assertThat(at.get("")).isEqualTo(new JsonLocator.Position(1, 1));
        assertThat(at.get("/a")).isEqualTo(new JsonLocator.Position(2, 3));
        assertThat(at.get("/a/0")).isEqualTo(new JsonLocator.Position(2, 9));
        assertThat(at.get("/a/1")).isEqualTo(new JsonLocator.Position(2, 13));
        assertThat(at.get("/a/1/b")).isEqualTo(new JsonLocator.Position(2, 14));
        assertThat(at.get("/a/2")).isEqualTo(new JsonLocator.Position(2, 26));
        assertThat(at.get("/a/2/1")).isEqualTo(new JsonLocator.Position(2, 30));
        assertThat(at.get("/c/d")).isEqualTo(new JsonLocator.Position(3, 9));
    }

    @Test
    void pointersThatDoNotExistAreSimplyNotFound() {
        assertThat(JsonLocator.locate(Json.factory(DatasetLimits.DEFAULT), TEXT, Set.of("/zz", "/a/9"))).isEmpty();
    }
}
