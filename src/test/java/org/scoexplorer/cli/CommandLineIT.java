package org.scoexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a user runs it: {@code java -jar target/sco-explorer.jar ...}. */
class CommandLineIT {
    record Run(int code, String out, String err) {}

    private static Run run(String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("app.jar", "target/sco-explorer.jar");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void version() throws Exception {
        Run r = run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("SCO Explorer ");
    }

    @Test
    void validateTheBundledDatasetFile() throws Exception {
        Run r = run("--validate", "resources/dataset/sco-astana-2024.json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("valid, format 1: 29 countries, 24 documents");
    }

    @Test
    void aBrokenFileGivesFileLineColumnAndNoStackTrace(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("broken.json");
        Files.writeString(bad, "{\n  \"formatVersion\": 1,\n  \"summit\": {\n");
        Run r = run("--validate", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith(bad + ":4:1: invalid JSON: the file ends too early");
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void exportAndRouteExitCodes() throws Exception {
        Run export = run("--export", "sources");
        assertThat(export.code()).isZero();
        assertThat(export.out()).startsWith("id,name,url");
        assertThat(run("--route", "kashgar", "west-siberian-gas-fields").code()).isEqualTo(3);
        assertThat(run("--route", "kashgar", "atlantis").code()).isEqualTo(2);
    }
}
