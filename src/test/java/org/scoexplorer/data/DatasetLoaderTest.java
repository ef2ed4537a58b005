package org.scoexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scoexplorer.TestData.lineColumnOf;
import static org.scoexplorer.TestData.miniText;
import static org.scoexplorer.TestData.replaceOnce;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetLoaderTest {
    private final DatasetLoader loader = new DatasetLoader();

    private LoadResult load(String text) {
        return loader.load(text.getBytes(StandardCharsets.UTF_8), "test.json");
    }

    /** Loads text that has one problem and checks it is reported where {@code marker} starts. */
    private Problem onlyErrorAt(String text, String marker) {
        LoadResult r = load(text);
        assertThat(r.ok()).as("load must fail").isFalse();
        assertThat(r.dataset()).isNull();
        assertThat(r.errors()).hasSize(1);
        Problem p = r.errors().get(0);
        int[] at = lineColumnOf(text, marker);
        assertThat(new int[] {p.line(), p.column()}).as(p.format()).containsExactly(at);
        assertThat(p.file()).isEqualTo("test.json");
        return p;
    }

    @Test
    void theMiniDatasetLoadsWithoutProblems() {
        LoadResult r = load(miniText());
        assertThat(r.problems()).isEmpty();
        assertThat(r.ok()).isTrue();
        assertThat(r.dataset().countries()).hasSize(3);
        assertThat(r.dataset().legs()).extracting(l -> l.id()).containsExactly("n1", "n2", "s1", "s2", "p1");
    }

    @Test
    void anEmptyFileIsReportedAtTheStart() {
        LoadResult r = load("");
        assertThat(r.errors()).singleElement().satisfies(p -> {
            assertThat(p.format()).isEqualTo("test.json:1:1: the file is empty; a dataset is a JSON object");
        });
        assertThat(load("  \n\t \n").errors()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("empty"));
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() {
        byte[] text = miniText().getBytes(StandardCharsets.UTF_8);
        assertThat(loader.load(withMarks(1, text), "bom.json").ok()).isTrue();
    }

    /** {@code text} after {@code n} UTF-8 byte-order marks. */
    private static byte[] withMarks(int n, byte[] text) {
        byte[] out = new byte[3 * n + text.length];
        for (int i = 0; i < 3 * n; i += 3) {
            out[i] = (byte) 0xEF;
            out[i + 1] = (byte) 0xBB;
            out[i + 2] = (byte) 0xBF;
        }
        System.arraycopy(text, 0, out, 3 * n, text.length);
        return out;
    }

    /** One mark is accepted; a second is text before the object (the byte parser alone would skip it). */
    @Test
    void aSecondByteOrderMarkIsAnError() {
        LoadResult r = loader.load(withMarks(2, miniText().getBytes(StandardCharsets.UTF_8)), "bom2.json");
        assertThat(r.ok()).isFalse();
        assertThat(r.errors()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(1));
    }

    /** After a byte-order mark, a character or two after the object still count (offsets in bytes vs text). */
    @Test
    void contentAfterTheObjectIsFoundAfterAByteOrderMarkToo() {
        for (String tail : new String[] {"x", " 1", "\n}\n", "\u00e9"}) {
            byte[] text = (miniText().stripTrailing() + tail).getBytes(StandardCharsets.UTF_8);
            LoadResult r = loader.load(withMarks(1, text), "bom.json");
            assertThat(r.ok()).as("tail %s", tail).isFalse();
            assertThat(r.errors()).singleElement().satisfies(p -> assertThat(p.kind()).isEqualTo(Problem.Kind.TRAILING_CONTENT));
            assertThat(loader.load((miniText().stripTrailing() + tail).getBytes(StandardCharsets.UTF_8), "plain.json")
                    .errors()).singleElement().satisfies(p -> assertThat(p.kind()).isEqualTo(Problem.Kind.TRAILING_CONTENT));
        }
        byte[] clean = (miniText().stripTrailing() + " \r\n\t\n").getBytes(StandardCharsets.UTF_8);
        assertThat(loader.load(clean, "clean.json").problems()).isEmpty();
    }

    @Test
    void invalidUtf8IsReportedWithItsPosition() {
        String text = replaceOnce(miniText(), "\"Betastan\"", "\"Beta#stan\"");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int hash = text.indexOf('#');
        bytes[new String(text.substring(0, hash)).getBytes(StandardCharsets.UTF_8).length] = (byte) 0xC3;
        LoadResult r = loader.load(bytes, "test.json");
        assertThat(r.errors()).singleElement().satisfies(p -> {
            int[] at = lineColumnOf(text, "#");
            assertThat(new int[] {p.line(), p.column()}).containsExactly(at);
            assertThat(p.message()).contains("invalid UTF-8");
        });
    }

    @Test
    void utf16IsRefusedWithAClearMessage() {
        byte[] utf16 = miniText().getBytes(StandardCharsets.UTF_16);
        assertThat(loader.load(utf16, "test.json").errors()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("UTF-16"));
        byte[] utf16le = miniText().getBytes(StandardCharsets.UTF_16LE);
        assertThat(loader.load(utf16le, "test.json").errors()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("UTF-16"));
    }

    @Test
    void binaryGarbageIsRefused() {
        byte[] garbage = new byte[256];
        new java.util.Random(42).nextBytes(garbage);
        garbage[5] = 0;
        assertThat(loader.load(garbage, "test.json").errors()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("binary"));
    }

    @Test
    void truncatedJsonIsASyntaxErrorAtTheEnd() {
        String text = miniText();
        String cut = text.substring(0, text.indexOf("\"people\""));
        LoadResult r = load(cut);
        assertThat(r.errors()).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("invalid JSON: the file ends too early");
            assertThat(p.line()).isEqualTo(cut.split("\n", -1).length);
        });
    }

    @Test
    void anUnclosedObjectSaysWhereItWasOpened() {
        LoadResult r = load("{\n  \"formatVersion\": 1,\n  \"summit\": {\n");
        assertThat(r.errors()).singleElement().satisfies(p -> assertThat(p.format()).isEqualTo(
                "test.json:4:1: invalid JSON: the file ends too early (truncated?): the object opened at line 3, "
                        + "column 13 is never closed"));
    }

    @Test
    void aMissingCommaIsReportedWhereTheParserStops() {
        String text = replaceOnce(miniText(), "\"name\": \"Betastan\",", "\"name\": \"Betastan\" ");
        Problem p = onlyErrorAt(text, "\"iso3\": \"BBB\"");
        assertThat(p.message()).startsWith("invalid JSON");
    }

    @Test
    void trailingGarbageIsReported() {
        String text = miniText().stripTrailing() + "\n{ \"more\": 1 }\n";
        Problem p = onlyErrorAt(text, "{ \"more\"");
        assertThat(p.message()).contains("after the end");
    }

    @Test
    void commentsAreNotJson() {
        String text = replaceOnce(miniText(), "\"formatVersion\": 1,", "// a comment\n  \"formatVersion\": 1,");
        Problem p = onlyErrorAt(text, "// a comment");
        assertThat(p.message()).startsWith("invalid JSON");
    }

    @Test
    void anArrayAtTheTopLevelIsRefused() {
        assertThat(load("[1, 2]").errors()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("the top level must be a JSON object, not an array"));
    }

    @Test
    void aDuplicateKeyInOneObjectIsReported() {
        String text = replaceOnce(miniText(), "\"iso3\": \"BBB\",", "\"iso3\": \"BBB\", \"iso3\": \"XBB\",");
        Problem p = onlyErrorAt(text, "\"iso3\": \"XBB\"");
        assertThat(p.message()).contains("duplicate key").contains("iso3");
    }

    @Test
    void aLatitudeOutOfRangeIsReportedAtItsKey() {
        String text = replaceOnce(miniText(), "\"lat\": 40.5,", "\"lat\": 91,");
        Problem p = onlyErrorAt(text, "\"lat\": 91");
        assertThat(p.pointer()).isEqualTo("/places/1/lat");
        assertThat(p.message()).contains("lat").contains("90");
    }

    @Test
    void aStringWhereANumberBelongsIsReported() {
        String text = replaceOnce(miniText(), "\"lengthKm\": 300,", "\"lengthKm\": \"300\",");
        Problem p = onlyErrorAt(text, "\"lengthKm\": \"300\"");
        assertThat(p.pointer()).isEqualTo("/legs/4/lengthKm");
    }

    @Test
    void aNegativePopulationIsReported() {
        String text = replaceOnce(miniText(), "\"value\": 1000000,", "\"value\": -5,");
        Problem p = onlyErrorAt(text, "\"value\": -5");
        assertThat(p.pointer()).isEqualTo("/countries/0/population/value");
    }

    @Test
    void aMissingRequiredFieldIsReportedAtItsRecord() {
        String text = replaceOnce(miniText(), "\"kind\": \"field\", ", "");
        Problem p = onlyErrorAt(text, "{ \"id\": \"echo\"");
        assertThat(p.message()).isEqualTo("missing required field 'kind'");
        assertThat(p.pointer()).isEqualTo("/places/4");
    }

    @Test
    void anUnknownFieldOnlyWarnsAndTheDatasetStillLoads() {
        String text = replaceOnce(miniText(), "\"iso3\": \"CCC\",", "\"iso3\": \"CCC\", \"motto\": \"x\",");
        LoadResult r = load(text);
        assertThat(r.ok()).isTrue();
        assertThat(r.warnings()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("unknown field 'motto' is ignored");
            assertThat(new int[] {p.line(), p.column()}).containsExactly(lineColumnOf(text, "\"motto\""));
            assertThat(p.format()).contains(": warning: ");
        });
    }

    @Test
    void duplicateIdsAreReportedAtTheSecondOne() {
        String text = replaceOnce(miniText(), "\"id\": \"BB\"", "\"id\": \"AA\"");
        LoadResult r = load(text);
        assertThat(r.ok()).isFalse();
        // the records that named BB now point nowhere, and say so too
        assertThat(r.errors()).extracting(Problem::message).containsExactly(
                "duplicate country id 'AA' (already used by /countries/0)",
                "unknown country 'BB'", "unknown country 'BB'");
        Problem p = r.errors().get(0);
        assertThat(new int[] {p.line(), p.column()})
                .containsExactly(lineColumnOf(text, "\"id\": \"AA\", \"name\": \"Betastan\""));
    }

    @Test
    void aReferenceToAnUnknownIdIsReported() {
        String text = replaceOnce(miniText(), "\"countries\": [\"AA\"]", "\"countries\": [\"ZZ\"]");
        Problem p = onlyErrorAt(text, "\"ZZ\"");
        assertThat(p.message()).isEqualTo("unknown country 'ZZ'");
        assertThat(p.pointer()).isEqualTo("/documents/0/countries/0");
    }

    @Test
    void anUnknownSourceIsReported() {
        String text = replaceOnce(miniText(), "\"source\": \"SRC2\" },\n      \"gdpUsd\"", "\"source\": \"NOPE\" },\n      \"gdpUsd\"");
        Problem p = onlyErrorAt(text, "\"source\": \"NOPE\"");
        assertThat(p.message()).isEqualTo("unknown source 'NOPE'");
    }

    @Test
    void aLegThatStartsWhereItEndsIsReported() {
        String text = replaceOnce(miniText(), "\"from\": \"charlie\", \"to\": \"echo\"", "\"from\": \"echo\", \"to\": \"echo\"");
        LoadResult r = load(text);
        assertThat(r.errors()).extracting(Problem::message)
                .contains("the leg starts and ends at the same place 'echo'");
    }

    @Test
    void aGapInACorridorRouteIsReported() {
        String text = replaceOnce(miniText(), "\"route\": [\"alpha\", \"bravo\", \"charlie\"]",
                "\"route\": [\"alpha\", \"bravo\", \"echo\"]");
        Problem p = onlyErrorAt(text, "\"echo\"]");
        assertThat(p.message()).isEqualTo("gap in the route: no leg of corridor 'north' joins 'bravo' and 'echo'");
    }

    @Test
    void aNewerFormatVersionSaysSo() {
        String text = replaceOnce(miniText(), "\"formatVersion\": 1", "\"formatVersion\": 7");
        Problem p = onlyErrorAt(text, "\"formatVersion\"");
        assertThat(p.message()).contains("newer version of SCO Explorer").contains("format 7");
    }

    @Test
    void deepNestingHitsTheSafetyLimitAtTheFirstBracketTooDeep() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThat(load(deep).errors()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Problem.Kind.LIMIT);
            assertThat(p.format()).isEqualTo(
                    "test.json:1:65: the file exceeds a safety limit: the data is nested more than 64 levels deep");
        });
    }

    @Test
    void aNumberTooLargeToHoldIsAnErrorNotACrash() {
        // 1e400 overflows to infinity, which the schema validator could not compare (it threw)
        String text = replaceOnce(miniText(), "\"value\": 2500000000,", "\"value\": 1e400,");
        Problem p = onlyErrorAt(text, "\"value\": 1e400");
        assertThat(p.kind()).isEqualTo(Problem.Kind.SCHEMA_RANGE);
        assertThat(p.message()).isEqualTo("'value' is too large a number to hold");
        assertThat(p.pointer()).isEqualTo("/countries/0/gdpUsd/value");
    }

    @Test
    void contentAfterTheDatasetIsTrailingContentEvenWhenItIsNotJson() {
        String text = miniText().stripTrailing() + "\n\n  garbage\n";
        Problem p = onlyErrorAt(text, "garbage");
        assertThat(p.kind()).isEqualTo(Problem.Kind.TRAILING_CONTENT);
    }

    @Test
    void aTopLevelValueIsLocatedAfterLeadingBlankLines() {
        Problem p = onlyErrorAt("\n\n   [1, 2]\n", "[1, 2]");
        assertThat(p.kind()).isEqualTo(Problem.Kind.NOT_AN_OBJECT);
    }

    @Test
    void everyDateFieldIsCheckedAgainstTheCalendar() {
        String text = replaceOnce(miniText(), "\"compiled\": \"2026-11-29\"", "\"compiled\": \"2026-02-30\"");
        Problem p = onlyErrorAt(text, "\"compiled\"");
        assertThat(p.kind()).isEqualTo(Problem.Kind.DATE);
        assertThat(p.message()).isEqualTo("'2026-02-30' is not a calendar date (YYYY-MM-DD)");
    }

    @Test
    void aFileOverTheSizeLimitIsNotRead(@TempDir Path dir) throws Exception {
        DatasetLoader small = new DatasetLoader(new DatasetLimits(1024, 64, 1000, 100));
        Path file = dir.resolve("big.json");
        Files.writeString(file, miniText());
        assertThat(small.load(file).errors()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("at most"));
    }

    @Test
    void aMissingFileAndAFolderAreClearErrors(@TempDir Path dir) {
        assertThat(loader.load(dir.resolve("nope.json")).errors()).singleElement()
                .satisfies(p -> assertThat(p.format()).endsWith("nope.json:1:1: no such file"));
        assertThat(loader.load(dir).errors()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("folder"));
    }

    @Test
    void everyProblemIsCollectedNotJustTheFirst() {
        String text = replaceOnce(miniText(), "\"countries\": [\"AA\"]", "\"countries\": [\"ZZ\"]");
        text = replaceOnce(text, "\"person\": \"ann-example\",\n      \"summary\"", "\"person\": \"nobody\",\n      \"summary\"");
        assertThat(load(text).errors()).extracting(Problem::message)
                .containsExactly("unknown country 'ZZ'", "unknown person 'nobody'");
    }
}
