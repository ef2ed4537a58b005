package org.scoexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scoexplorer.BadDatasets;
import org.scoexplorer.TestData;
import org.scoexplorer.data.DatasetLoader;
import org.scoexplorer.service.AppInfo;

class CliTest {
    @TempDir
    static Path dir;
    static Path mini;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void writeMini() throws Exception {
        mini = dir.resolve("mini.json");
        Files.writeString(mini, TestData.miniText());
    }

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new DatasetLoader()).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void versionPrintsNameAndVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out()).isEqualTo("SCO Explorer " + AppInfo.version() + " (dataset format 1)" + System.lineSeparator());
    }

    @Test
    void validateSummarisesAGoodFile() {
        assertThat(run("--validate", mini.toString())).isZero();
        assertThat(out()).startsWith(mini + ": valid, format 1: 3 countries, 1 document, 1 person,");
        assertThat(err()).isEmpty();
    }

    @Test
    void validateListsEveryProblemAsFileLineColumn() throws Exception {
        String text = TestData.replaceOnce(TestData.miniText(), "\"lat\": 40.5,", "\"lat\": 91,");
        text = TestData.replaceOnce(text, "\"countries\": [\"AA\"]", "\"countries\": [\"ZZ\"]");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, text);
        assertThat(run("--validate", bad.toString())).isEqualTo(Cli.INVALID_DATA);
        int[] lat = TestData.lineColumnOf(text, "\"lat\": 91");
        assertThat(err()).contains(bad + ":" + lat[0] + ":" + lat[1] + ": 'lat' must have a maximum value of 90")
                .contains(bad + ": 1 error, 0 warnings");
        assertThat(out()).isEmpty();
        assertThat(err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void validateStopsAtSchemaErrorsBeforeCrossChecks() throws Exception {
        String text = TestData.replaceOnce(TestData.miniText(), "\"countries\": [\"AA\"]", "\"countries\": [\"ZZ\"]");
        Path bad = dir.resolve("ref.json");
        Files.writeString(bad, text);
        assertThat(run("--validate", bad.toString())).isEqualTo(Cli.INVALID_DATA);
        assertThat(err()).contains("unknown country 'ZZ' (at /documents/0/countries/0)");
    }

    /** Corpus files of every stage: bytes, syntax, limits, schema, the crash that was, cross-checks. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"utf16le-with-bom.json", "invalid-utf8-lone-byte.json", "trailing-comma-in-array.json",
            "top-level-array.json", "nesting-70-levels.json", "huge-exponent-gdp.json", "several-schema-errors.json",
            "leg-from-equals-to.json"})
    void validateOfABadFilePrintsEachProblemAsFileLineColumnAndExitsOne(String name) throws Exception {
        Path bad = dir.resolve(name);
        Files.write(bad, BadDatasets.bytes(name));
        List<BadDatasets.Expected> expected = BadDatasets.manifest().get(name);

        assertThat(run("--validate", bad.toString())).isEqualTo(Cli.INVALID_DATA);

        List<String> lines = err().lines().toList();
        assertThat(lines).hasSize(expected.size() + 1);
        for (int i = 0; i < expected.size(); i++) {
            BadDatasets.Expected e = expected.get(i);
            assertThat(lines.get(i)).startsWith(bad + ":" + e.line() + ":" + e.column() + ": ")
                    .contains(e.fragment());
        }
        assertThat(lines.get(expected.size())).isEqualTo(bad + ": " + (expected.size() == 1 ? "1 error"
                : expected.size() + " errors") + ", 0 warnings");
        assertThat(out()).isEmpty();
        assertThat(out() + err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void validateOfAMissingFileExitsOne() {
        assertThat(run("--validate", dir.resolve("missing.json").toString())).isEqualTo(Cli.INVALID_DATA);
        assertThat(err()).contains("missing.json:1:1: no such file");
    }

    @Test
    void exportWritesCsvWithAHeaderToStdout() {
        assertThat(run("--export", "legs", "--data", mini.toString())).isZero();
        assertThat(out()).startsWith("corridor,from,to,mode,length_km,status,length_estimated,id\r\n"
                + "north,alpha,bravo,rail,100,operational,false,n1\r\n");
    }

    @Test
    void exportAsJson() {
        assertThat(run("--export", "places", "--format", "json", "--data", mini.toString())).isZero();
        assertThat(out()).startsWith("[ {").contains("\"id\" : \"alpha\"").contains("\"lat\" : 40");
    }

    @Test
    void exportUsesTheBundledDatasetByDefault() {
        assertThat(run("--export", "countries")).isZero();
        assertThat(out().lines().count()).isGreaterThan(26);
        assertThat(out()).contains("\nBY,Belarus,member,2024,Minsk,BLR,");
    }

    @Test
    void exportOfAnUnknownKindIsAUsageError() {
        assertThat(run("--export", "planets")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("unknown KIND 'planets'").contains("Usage:");
        assertThat(run("--export", "legs", "--format", "xml")).isEqualTo(Cli.USAGE);
    }

    @Test
    void routePrintsEachLegAndTheTotal() {
        assertThat(run("--route", "Alpha", "charlie port", "--data", mini.toString())).isZero();
        assertThat(out()).isEqualTo(String.join(System.lineSeparator(),
                "alpha,delta,road,50", "delta,charlie,road,120", "total_km=170", ""));
    }

    @Test
    void routeHonoursModes() {
        assertThat(run("--route", "alpha", "charlie", "--modes", "rail", "--data", mini.toString())).isZero();
        assertThat(out()).endsWith("total_km=200" + System.lineSeparator());
    }

    @Test
    void noRouteExitsThree() {
        assertThat(run("--route", "alpha", "echo", "--data", mini.toString())).isEqualTo(Cli.NO_ROUTE);
        assertThat(err()).contains("no route from Alpha to Echo Field by rail, road, sea");
    }

    @Test
    void routeOverTheBundledCorridors() {
        assertThat(run("--route", "Kashgar", "Istanbul")).isZero();
        assertThat(out()).startsWith("kashgar,").contains("total_km=");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run()).isEqualTo(Cli.USAGE);
        assertThat(run("--frobnicate")).isEqualTo(Cli.USAGE);
        assertThat(run("--validate")).isEqualTo(Cli.USAGE);
        assertThat(run("--route", "alpha")).isEqualTo(Cli.USAGE);
        assertThat(run("--route", "alpha", "nowhere", "--data", mini.toString())).isEqualTo(Cli.USAGE);
        assertThat(run("--route", "alpha", "charlie", "--modes", "teleport")).isEqualTo(Cli.USAGE);
        assertThat(run("--version", "extra")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("unknown option '--frobnicate'").contains("missing FILE")
                .contains("unknown place 'nowhere'").contains("unknown mode 'teleport'");
    }

    @Test
    void exportGraphWritesGexfOrGraphmlByExtension() throws Exception {
        Path gexf = dir.resolve("net.gexf");
        assertThat(run("--export-graph", gexf.toString(), "--data", mini.toString())).isZero();
        assertThat(out()).contains("net.gexf: 5 places, 5 legs (GEXF)");
        assertThat(Files.readString(gexf)).contains("<gexf").contains("id=\"charlie\"");
        Path graphml = dir.resolve("net.graphml");
        assertThat(run("--export-graph", graphml.toString())).isZero();
        assertThat(Files.readString(graphml)).contains("<graphml").contains("attr.name=\"lat\"");
    }

    @Test
    void exportGraphRefusesAnUnknownExtensionAndAMissingFolder() {
        assertThat(run("--export-graph", dir.resolve("net.png").toString())).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("must end in .gexf or .graphml");
        assertThat(run("--export-graph", dir.resolve("no/such/dir/net.gexf").toString())).isEqualTo(Cli.INVALID_DATA);
        assertThat(err()).contains("could not write").doesNotContain("Exception");
        assertThat(dir.resolve("no")).doesNotExist();
    }

    @Test
    void scaleWritesAValidSyntheticDataset() throws Exception {
        Path x4 = dir.resolve("x4.json");
        assertThat(run("--scale", "4", x4.toString(), "--data", mini.toString())).isZero();
        assertThat(out()).contains("x4.json: x4, 20 places, 20 legs");
        assertThat(new DatasetLoader().load(x4).problems()).isEmpty();
        assertThat(run("--scale", "zero", x4.toString())).isEqualTo(Cli.USAGE);
        assertThat(run("--scale", "0", x4.toString())).isEqualTo(Cli.USAGE);
    }

    @Test
    void onlyDashArgumentsAreCommands() {
        assertThat(Cli.isCommand(new String[] {"--version"})).isTrue();
        assertThat(Cli.isCommand(new String[] {"my-data.json"})).isFalse();
        assertThat(Cli.isCommand(new String[0])).isFalse();
    }
}
