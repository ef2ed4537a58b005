package org.scoexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scoexplorer.model.Table;

/**
 * Exports (CSV, JSON, GraphML, PNG) and settings are written through {@link AtomicFiles}: a write
 * that fails, however it fails, leaves neither a half-written file nor a temporary file behind.
 */
class AtomicFilesTest {
    @TempDir
    Path dir;

    /** A table whose fourth row cannot be written: the CSV writer fails half-way through. */
    private static Table failingHalfWay() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Object cell = i < 3 ? "row " + i : new Object() {
                @Override
                public String toString() {
                    throw new IllegalStateException("disk full");
                }
            };
            rows.add(List.of(cell));
        }
        return new Table(List.of("name"), rows);
    }

    private static void writeCsv(Path target, Table table) throws IOException {
        AtomicFiles.write(target, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            TableFormat.CSV.write(table, w);
        });
    }

    private List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    @Test
    void anExportThatFailsHalfWayLeavesNoFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("countries.csv");
        assertThatThrownBy(() -> writeCsv(target, failingHalfWay()))
                .isInstanceOf(IOException.class).hasMessageContaining("disk full");
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void anExportThatFailsHalfWayKeepsTheEarlierExport() throws IOException {
        Path target = Files.writeString(dir.resolve("countries.csv"), "name\r\nearlier\r\n");
        assertThatThrownBy(() -> writeCsv(target, failingHalfWay())).isInstanceOf(IOException.class);
        assertThat(target).hasContent("name\r\nearlier\r\n");
        assertThat(filesIn(dir)).containsExactly(target);
    }

    @Test
    void anExportIntoAFolderThatIsGoneFailsAndCreatesNothing() throws IOException {
        Path target = dir.resolve("gone").resolve("countries.csv");
        assertThatThrownBy(() -> writeCsv(target, new Table(List.of("a"), List.of()))).isInstanceOf(IOException.class);
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void anExportIntoAFileInsteadOfAFolderFailsAndLeavesTheFile() throws IOException {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> writeCsv(blocker.resolve("countries.csv"), new Table(List.of("a"), List.of())))
                .isInstanceOf(IOException.class);
        assertThat(blocker).hasContent("x");
        assertThat(filesIn(dir)).containsExactly(blocker);
    }

    @Test
    void anExportOntoAFolderOfThatNameFailsAndLeavesTheFolder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("countries.csv"));
        assertThatThrownBy(() -> writeCsv(folder, new Table(List.of("a"), List.of()))).isInstanceOf(IOException.class);
        assertThat(folder).isDirectory();
        assertThat(filesIn(dir)).containsExactly(folder);
    }

    @Test
    void anExportIntoAFolderWithoutWritePermissionFailsAndLeavesTheOldFile() throws IOException {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX only");
        Path folder = Files.createDirectory(dir.resolve("ro"));
        Path target = Files.writeString(folder.resolve("countries.csv"), "old");
        Set<PosixFilePermission> original = Files.getPosixFilePermissions(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(folder), "permissions are not enforced (running as root?)");
            assertThatThrownBy(() -> writeCsv(target, new Table(List.of("a"), List.of())))
                    .isInstanceOf(IOException.class);
            assertThat(target).hasContent("old");
            assertThat(filesIn(folder)).containsExactly(target);
        } finally {
            Files.setPosixFilePermissions(folder, original);
        }
    }
}
