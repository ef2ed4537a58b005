package org.scoexplorer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.scoexplorer.data.DatasetLoader;
import org.scoexplorer.model.Dataset;

/** The small hand-made dataset of the tests, and ways to break it in one known place. */
public final class TestData {
    public static final String MINI = "/datasets/mini.json";

    private TestData() {}

    public static String miniText() {
        try (InputStream in = TestData.class.getResourceAsStream(MINI)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Dataset mini() {
        var result = new DatasetLoader().load(miniText().getBytes(StandardCharsets.UTF_8), "mini.json");
        if (!result.ok()) {
            throw new AssertionError("mini.json does not load: " + result.problems());
        }
        return result.dataset();
    }

    /** The text with {@code target} (which must occur exactly once) replaced. */
    public static String replaceOnce(String text, String target, String replacement) {
        int at = text.indexOf(target);
        if (at < 0 || text.indexOf(target, at + 1) >= 0) {
            throw new IllegalArgumentException("not exactly once in the text: " + target);
        }
        return text.substring(0, at) + replacement + text.substring(at + target.length());
    }

    /** 1-based line and column of the first occurrence of {@code marker}. */
    public static int[] lineColumnOf(String text, String marker) {
        int at = text.indexOf(marker);
        if (at < 0) {
            throw new IllegalArgumentException("not in the text: " + marker);
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, at - lineStart + 1};
    }
}
