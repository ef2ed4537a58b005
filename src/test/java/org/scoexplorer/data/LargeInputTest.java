package org.scoexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files far beyond anything a person writes, generated here (never committed): each must be
 * refused with the loader's own problem, at the offending place, quickly and within the test heap
 * (-Xmx1g). A timeout per test keeps a regression from hanging the build.
 */
@Timeout(60)
class LargeInputTest {
    private static final long MB = 1024 * 1024;
    /** Generous: each load takes well under a second; this only catches one that reads or builds it all. */
    private static final long MAX_MILLIS = 5_000;

    private final DatasetLoader loader = new DatasetLoader();

    private Problem onlyError(Path file) {
        LoadResult r = loader.load(file);
        assertThat(r.dataset()).isNull();
        assertThat(r.problems()).hasSize(1);
        assertThat(r.millis()).as("load time in ms").isLessThan(MAX_MILLIS);
        Problem p = r.problems().get(0);
        assertThat(p.isError()).isTrue();
        assertThat(p.file()).isEqualTo(file.toString());
        return p;
    }

    /** {@code head}, then {@code count} times {@code item}, then {@code tail}, without the whole in memory. */
    private static void write(Path file, String head, String item, long count, String tail) throws IOException {
        byte[] chunk = item.repeat((int) Math.max(1, Math.min(count, (1 << 20) / item.length())))
                .getBytes(StandardCharsets.UTF_8);
        long perChunk = chunk.length / item.length();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(head.getBytes(StandardCharsets.UTF_8));
            long left = count;
            for (; left >= perChunk; left -= perChunk) {
                out.write(chunk);
            }
            out.write(chunk, 0, (int) (left * item.length()));
            out.write(tail.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** 1-based line and column of {@code text.charAt(index)} (or of what follows the text). */
    private static int[] positionOf(String text, int index) {
        String before = text.substring(0, index);
        return new int[] {before.split("\n", -1).length, index - before.lastIndexOf('\n')};
    }

    private static void assertAt(Problem p, int[] lineColumn) {
        assertThat(new int[] {p.line(), p.column()}).as(p.format()).containsExactly(lineColumn);
    }

    @Test
    void nesting100000DeepStopsAtTheFirstBracketTooDeep(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("deep.json");
        write(file, "", "[", 100_000, "]".repeat(100_000));
        Problem p = onlyError(file);
        assertThat(p.kind()).isEqualTo(Problem.Kind.LIMIT);
        assertThat(p.message()).isEqualTo("the file exceeds a safety limit: the data is nested more than 64 levels deep");
        assertAt(p, new int[] {1, 65});
    }

    @Test
    void aStringOf100MegabytesStopsAtItsOpeningQuote(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("long-string.json");
        String head = "{\n  \"formatVersion\": 1,\n  \"dataset\": { \"title\": \"";
        write(file, head, "a", 100 * MB, "\" }\n}\n");
        Problem p = onlyError(file);
        assertThat(p.kind()).isEqualTo(Problem.Kind.LIMIT);
        assertThat(p.message()).isEqualTo("the file exceeds a safety limit: a string is longer than 1,000,000 characters");
        assertThat(p.pointer()).isEqualTo("/dataset/title");
        assertAt(p, positionOf(head, head.length() - 1)); // the quote that ends the head
    }

    @Test
    void tenMillionArrayItemsStopAtTheFirstOverTheLimit(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("many-items.json");
        // empty objects: the smallest item that is a whole node in the tree (some 30 MB of file)
        String head = "{\"formatVersion\": 1, \"legs\": [";
        write(file, head, "{},", 10_000_000, "{}]}");
        Problem p = onlyError(file);
        assertThat(p.kind()).isEqualTo(Problem.Kind.LIMIT);
        assertThat(p.message()).isEqualTo("the file exceeds a safety limit: an array has more than 1,000,000 items");
        assertThat(p.pointer()).isEqualTo("/legs/1000000");
        assertAt(p, new int[] {1, head.length() + 1 + 3 * 1_000_000});
    }

    @Test
    void aFileOf500MegabytesIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.json");
        sparse(file, 500 * MB);
        Problem p = onlyError(file);
        assertThat(p.kind()).isEqualTo(Problem.Kind.TOO_LARGE);
        assertThat(p.format()).isEqualTo(file + ":1:1: the file is 500 MB; datasets may be at most 256 MB");
    }

    @Test
    void aFileTooBigForAnyArrayIsRefusedToo(@TempDir Path dir) throws IOException {
        // reading 3 GB into a byte[] cannot succeed at all: only a size check first gets this answer
        Path file = dir.resolve("huger.json");
        sparse(file, 3072 * MB);
        Problem p = onlyError(file);
        assertThat(p.kind()).isEqualTo(Problem.Kind.TOO_LARGE);
        assertThat(p.message()).isEqualTo("the file is 3072 MB; datasets may be at most 256 MB");
    }

    @Test
    void aNumberOf1000DigitsStopsAtItsFirstDigit(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("long-number.json");
        String head = "{\n  \"formatVersion\": 1,\n  \"summit\": { \"number\": ";
        write(file, head, "7", 1000, " }\n}\n");
        Problem p = onlyError(file);
        assertThat(p.kind()).isEqualTo(Problem.Kind.LIMIT);
        assertThat(p.message()).isEqualTo("the file exceeds a safety limit: a number is longer than 100 characters");
        assertAt(p, positionOf(head, head.length()));
    }

    /** A file of {@code size} bytes that takes no disk space: a { and then zeros, never written. */
    private static void sparse(Path file, long size) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.write('{');
            f.setLength(size);
        }
        assertThat(Files.size(file)).isEqualTo(size);
    }
}
