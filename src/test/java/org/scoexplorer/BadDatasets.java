package org.scoexplorer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scoexplorer.data.Problem;

/** The bad-dataset corpus in {@code src/test/resources/bad-datasets} and its manifest {@code expected.tsv}. */
public final class BadDatasets {
    public static final String FOLDER = "/bad-datasets/";
    public static final String MANIFEST = "expected.tsv";

    private BadDatasets() {}

    /** One problem the loader must report for a file; a file that loads cleanly has none. */
    public record Expected(Problem.Severity severity, Problem.Kind kind, int line, int column, String fragment) {
        /** Severity, kind and position, the same form as {@link #summary(Problem)}, for readable failures. */
        public String summary() {
            return severity + " " + kind + " " + line + ":" + column;
        }
    }

    public static String summary(Problem p) {
        return p.severity() + " " + p.kind() + " " + p.line() + ":" + p.column();
    }

    /** File name to its expected problems, in the manifest's order. */
    public static Map<String, List<Expected>> manifest() {
        Map<String, List<Expected>> files = new LinkedHashMap<>();
        try (InputStream in = BadDatasets.class.getResourceAsStream(FOLDER + MANIFEST);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 6) {
                    throw new IllegalStateException(MANIFEST + ": not 6 tab-separated fields: " + line);
                }
                List<Expected> problems = files.computeIfAbsent(f[0], k -> new ArrayList<>());
                if (!f[1].equals("ok")) {
                    problems.add(new Expected(Problem.Severity.valueOf(f[1].toUpperCase(Locale.ROOT)),
                            Problem.Kind.valueOf(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]), f[5]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    public static byte[] bytes(String file) {
        try (InputStream in = BadDatasets.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalArgumentException("not in the corpus: " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
