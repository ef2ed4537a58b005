package org.scoexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scoexplorer.BadDatasets.FOLDER;
import static org.scoexplorer.BadDatasets.MANIFEST;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scoexplorer.BadDatasets;
import org.scoexplorer.BadDatasets.Expected;

/**
 * Every file of the bad-dataset corpus ({@code src/test/resources/bad-datasets}) against its rows in
 * {@code expected.tsv}: exactly those problems, with kind, severity, line and column, in that order.
 */
class BadDatasetCorpusTest {
    private static final DatasetLoader LOADER = new DatasetLoader();

    static Stream<Arguments> corpus() {
        return BadDatasets.manifest().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theLoaderReportsExactlyTheExpectedProblems(String file, List<Expected> expected) {
        LoadResult result = LOADER.load(BadDatasets.bytes(file), file);

        String reported = result.problems().stream().map(Problem::format).collect(Collectors.joining("\n"));
        assertThat(result.problems()).as("problems of %s:%n%s", file, reported)
                .extracting(BadDatasets::summary)
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
        Path folder = Path.of(BadDatasets.class.getResource(FOLDER + MANIFEST).toURI()).getParent();
        Set<String> present;
        try (Stream<Path> files = Files.list(folder)) {
            present = files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(MANIFEST))
                    .collect(Collectors.toSet());
        }
        assertThat(present).containsExactlyInAnyOrderElementsOf(BadDatasets.manifest().keySet());
    }

    @Test
    void theCorpusIsLargeAndMadeOfSmallFiles() {
        Map<String, List<Expected>> manifest = BadDatasets.manifest();
        assertThat(manifest).hasSizeGreaterThanOrEqualTo(40);
        for (String file : manifest.keySet()) {
            assertThat(BadDatasets.bytes(file).length).as(file).isLessThanOrEqualTo(8 * 1024);
        }
    }

    @Test
    void theCorpusCoversEveryKindASmallFileCanShow() {
        Set<Problem.Kind> covered = BadDatasets.manifest().values().stream().flatMap(List::stream)
                .map(Expected::kind).collect(Collectors.toCollection(() -> EnumSet.noneOf(Problem.Kind.class)));
        // not from a file here: one that cannot be read (DatasetLoaderTest), one over the size limit
        // (LargeInputTest), a schema rule this schema does not use, a record without sources (the schema
        // requires them wherever the cross-checks look, so it reports them first), a program failure
        Set<Problem.Kind> elsewhere = EnumSet.of(Problem.Kind.UNREADABLE, Problem.Kind.TOO_LARGE,
                Problem.Kind.SCHEMA_OTHER, Problem.Kind.NO_SOURCE, Problem.Kind.INTERNAL);
        assertThat(covered).containsAll(EnumSet.complementOf(EnumSet.copyOf(elsewhere)));
    }
}
