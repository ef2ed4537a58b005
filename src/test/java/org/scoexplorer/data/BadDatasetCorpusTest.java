package org.scoexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the bad-dataset corpus ({@code src/test/resources/bad-datasets}) against its rows in
 * {@code expected.tsv}: exactly those problems, with kind, severity, line and column, in that order.
 */
class BadDatasetCorpusTest {
    private static final String FOLDER = "/bad-datasets/";
    private static final String MANIFEST = "expected.tsv";
    private static final DatasetLoader LOADER = new DatasetLoader();

    /** One expected problem; a file that loads cleanly has none. */
    record Expected(Problem.Severity severity, Problem.Kind kind, int line, int column, String fragment) {
        /** The same short form as {@link #summary(Problem)}, so a failure shows both lists side by side. */
        String summary() {
            return severity + " " + kind + " " + line + ":" + column;
        }
    }

    private static String summary(Problem p) {
        return p.severity() + " " + p.kind() + " " + p.line() + ":" + p.column();
    }

    static Map<String, List<Expected>> manifest() {
        Map<String, List<Expected>> files = new LinkedHashMap<>();
        try (InputStream in = BadDatasetCorpusTest.class.getResourceAsStream(FOLDER + MANIFEST);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 6) {
                    throw new IllegalStateException("expected.tsv: not 6 tab-separated fields: " + line);
                }
                List<Expected> problems = files.computeIfAbsent(f[0], k -> new ArrayList<>());
                if (!f[1].equals("ok")) {
                    problems.add(new Expected(Problem.Severity.valueOf(f[1].toUpperCase(java.util.Locale.ROOT)),
                            Problem.Kind.valueOf(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]), f[5]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static Stream<Arguments> corpus() {
        return manifest().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    private static byte[] bytesOf(String file) {
        try (InputStream in = BadDatasetCorpusTest.class.getResourceAsStream(FOLDER + file)) {
            assertThat(in).as("corpus file %s", file).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theLoaderReportsExactlyTheExpectedProblems(String file, List<Expected> expected) {
        LoadResult result = LOADER.load(bytesOf(file), file);

        String reported = result.problems().stream().map(Problem::format).collect(Collectors.joining("\n"));
        assertThat(result.problems()).as("problems of %s:%n%s", file, reported)
                .extracting(BadDatasetCorpusTest::summary)
                .containsExactlyElementsOf(expected.stream().map(Expected::summary).toList());
        for (int i = 0; i < expected.size(); i++) {
            Problem p = result.problems().get(i);
            assertThat(p.message()).as(p.format()).contains(expected.get(i).fragment());
            assertThat(p.file()).isEqualTo(file);
        }
        boolean errors = expected.stream().anyMatch(e -> e.severity() == Problem.Severity.ERROR);
        // a file with an error never yields a dataset, not even a partial one; warnings alone do not stop it
        assertThat(result.ok()).as("%s loads", file).isEqualTo(!errors);
        assertThat(result.dataset() == null).isEqualTo(errors);
    }

    @Test
    void everyFileInTheFolderIsInTheManifestAndEveryListedFileExists() throws IOException, URISyntaxException {
        Path folder = Path.of(BadDatasetCorpusTest.class.getResource(FOLDER + MANIFEST).toURI()).getParent();
        Set<String> present;
        try (Stream<Path> files = Files.list(folder)) {
            present = files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(MANIFEST))
                    .collect(Collectors.toSet());
        }
        assertThat(present).containsExactlyInAnyOrderElementsOf(manifest().keySet());
    }

    @Test
    void theCorpusIsLargeAndMadeOfSmallFiles() {
        Map<String, List<Expected>> manifest = manifest();
        assertThat(manifest).hasSizeGreaterThanOrEqualTo(40);
        for (String file : manifest.keySet()) {
            assertThat(bytesOf(file).length).as(file).isLessThanOrEqualTo(8 * 1024);
        }
    }

    @Test
    void theCorpusCoversEveryKindASmallFileCanShow() {
        Set<Problem.Kind> covered = manifest().values().stream().flatMap(List::stream).map(Expected::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Problem.Kind.class)));
        // not from a file here: one that cannot be read (DatasetLoaderTest), one over the size limit
        // (LargeInputTest), a schema rule this schema does not use, a record without sources (the schema
        // requires them wherever the cross-checks look, so it reports them first), a program failure
        Set<Problem.Kind> elsewhere = EnumSet.of(Problem.Kind.UNREADABLE, Problem.Kind.TOO_LARGE,
                Problem.Kind.SCHEMA_OTHER, Problem.Kind.NO_SOURCE, Problem.Kind.INTERNAL);
        assertThat(covered).containsAll(EnumSet.complementOf(EnumSet.copyOf(elsewhere)));
    }
}
