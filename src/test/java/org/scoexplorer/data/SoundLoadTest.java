package org.scoexplorer.data;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks the property tests rely on do fail on the results they are there to catch. */
class SoundLoadTest {
    private static final String TEXT = "{\n  \"a\": 1\n}\n";

    private static LoadResult failedWith(Problem p) {
        return new LoadResult("mutated.json", null, List.of(p), 0);
    }

    private static Problem error(int line, int column, String message) {
        return new Problem(Problem.Severity.ERROR, Problem.Kind.SYNTAX, "mutated.json", line, column, "", message);
    }

    @Test
    void aLocatedErrorPasses() {
        assertThatCode(() -> SoundLoad.verify(failedWith(error(3, 1, "invalid JSON")), "mutated.json", TEXT))
                .doesNotThrowAnyException();
    }

    @Test
    void aProblemAtLineOrColumnZeroOrPastTheEndFails() {
        assertThatThrownBy(() -> SoundLoad.verify(failedWith(error(0, 1, "x")), "mutated.json", TEXT))
                .isInstanceOf(AssertionError.class).hasMessageContaining("line of");
        assertThatThrownBy(() -> SoundLoad.verify(failedWith(error(1, 0, "x")), "mutated.json", TEXT))
                .isInstanceOf(AssertionError.class).hasMessageContaining("column of");
        assertThatThrownBy(() -> SoundLoad.verify(failedWith(error(6, 1, "x")), "mutated.json", TEXT))
                .isInstanceOf(AssertionError.class).hasMessageContaining("line of");
    }

    @Test
    void aBlankMessageFails() {
        assertThatThrownBy(() -> SoundLoad.verify(failedWith(error(1, 1, " ")), "mutated.json", TEXT))
                .isInstanceOf(AssertionError.class).hasMessageContaining("message of");
    }

    @Test
    void aFailureWithoutAnErrorFails() {
        Problem warning = new Problem(Problem.Severity.WARNING, Problem.Kind.UNKNOWN_FIELD, "mutated.json", 1, 1, "", "odd");
        assertThatThrownBy(() -> SoundLoad.verify(failedWith(warning), "mutated.json", TEXT))
                .isInstanceOf(AssertionError.class).hasMessageContaining("names no error");
    }
}
