package org.scoexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.scoexplorer.service.CrossReferences;
import org.scoexplorer.service.DatasetIndex;
import org.scoexplorer.service.SearchService;
import org.scoexplorer.service.SummitStatistics;

/**
 * What every load must give, however broken the file: a result in bounded time (no hang, no escaping
 * exception or error), problems that point into the file and say something, errors whenever there is
 * no dataset, and a dataset the app can index and show whenever there is one.
 */
final class SoundLoad {
    /** Far above a load of the bundled file (about 0.1 s) even on a busy 2-core machine. */
    static final Duration LIMIT = Duration.ofSeconds(5);

    private static final DatasetLoader LOADER = new DatasetLoader();

    private SoundLoad() {}

    /** Loads the bytes and checks the result; returns it for statistics. */
    static LoadResult check(byte[] bytes) {
        String name = "mutated.json";
        LoadResult r = assertTimeoutPreemptively(LIMIT, () -> {
            LoadResult loaded = LOADER.load(bytes, name);
            if (loaded.ok()) {
                // what the app builds right after a good load (MainViewModel): it must not throw either
                DatasetIndex index = new DatasetIndex(loaded.dataset());
                new CrossReferences(index);
                new SummitStatistics(index);
                new SearchService(index);
            }
            return loaded;
        }, "the load did not finish within " + LIMIT);
        verify(r, name, new String(bytes, StandardCharsets.UTF_8));
        return r;
    }

    /** The checks on a result of loading {@code text} under {@code name}. */
    static void verify(LoadResult r, String name, String text) {
        assertThat(r).isNotNull();
        assertThat(r.name()).isEqualTo(name);
        int lines = maxLine(text);
        for (Problem p : r.problems()) {
            assertThat(p.severity()).as(p.format()).isNotNull();
            assertThat(p.file()).as(p.format()).isEqualTo(name);
            assertThat(p.line()).as("line of " + p.format()).isBetween(1, lines);
            assertThat(p.column()).as("column of " + p.format()).isGreaterThanOrEqualTo(1);
            assertThat(p.message()).as("message of " + p.format()).isNotBlank();
            assertThat(p.pointer()).as("pointer of " + p.format()).isNotNull();
        }
        if (r.ok()) {
            assertThat(r.errors()).as("a dataset with errors").isEmpty();
        } else {
            assertThat(r.errors()).as("a failed load names no error").isNotEmpty();
        }
    }

    /** The last line a parser can count: Jackson ends a line at \n, \r\n and a lone \r. */
    private static int maxLine(String text) {
        int breaks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                breaks++;
            }
        }
        return breaks + 1;
    }

    /** A rough stage of the first error, for the statistics that show the properties reach past syntax. */
    static String stage(LoadResult r) {
        if (r.ok()) {
            return "loaded";
        }
        String m = r.errors().get(0).message();
        if (m.startsWith("invalid JSON") || m.startsWith("the file ends too early") || m.contains("UTF-8")
                || m.startsWith("unexpected content") || m.startsWith("the file is") || m.contains("safety limit")) {
            return "syntax or encoding";
        }
        boolean crossCheck = r.errors().stream().map(Problem::message).anyMatch(s -> s.startsWith("unknown ")
                || s.startsWith("duplicate ") || s.startsWith("gap in the route") || s.contains("before it starts")
                || s.startsWith("the record cites no source") || s.contains("after the summit"));
        return crossCheck ? "cross-check" : "schema or mapping";
    }
}
