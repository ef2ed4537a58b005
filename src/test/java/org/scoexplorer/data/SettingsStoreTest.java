package org.scoexplorer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsStoreTest {
    private static final Clock FIXED = Clock.fixed(Instant.parse("2024-07-03T10:15:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static Settings everyFieldSet() {
        return Settings.defaults()
                .withWindowX(-1200.5).withWindowY(40.0).withWindowWidth(1280.0).withWindowHeight(800.25)
                .withMaximized(true).withLastTab("corridors").withLastRecord("COUNTRY:IN")
                .withTheme("dark").withLanguage("zh").withFontScale(1.25)
                .withRecentFiles(List.of("/data/b.json", "C:\\data\\a.json"))
                .withGraphLayout("force").withLastDirectory("/home/user/datasets");
    }

    // ---------------------------------------------------------------- round trip and defaults

    @Test
    void everyFieldRoundTrips() throws IOException {
        Settings s = everyFieldSet();
        assertThat(s).isNotEqualTo(Settings.defaults());
        try (SettingsStore store = new SettingsStore(dir.resolve("new").resolve("folder"))) {
            assertThat(store.save(s)).isEmpty();
            SettingsStore.Loaded loaded = store.load();
            assertThat(loaded.warning()).isEmpty();
            assertThat(loaded.settings()).isEqualTo(s);
            String json = Files.readString(store.file());
            assertThat(json).startsWith("{").contains("\n  \"version\" : 1,").contains("\"lastRecord\" : \"COUNTRY:IN\"");
        }
    }

    @Test
    void unknownValuesRoundTripAsUnknown() {
        try (SettingsStore store = new SettingsStore(dir)) {
            store.save(Settings.defaults());
            assertThat(store.load()).isEqualTo(new SettingsStore.Loaded(Settings.defaults(), Optional.empty()));
        }
    }

    @Test
    void missingFileOrFolderGivesDefaultsWithoutWarning() {
        try (SettingsStore store = new SettingsStore(dir.resolve("absent"))) {
            SettingsStore.Loaded loaded = store.load();
            assertThat(loaded.settings()).isEqualTo(Settings.defaults());
            assertThat(loaded.warning()).isEmpty();
            assertThat(dir.resolve("absent")).doesNotExist();
        }
        try (SettingsStore store = new SettingsStore(dir)) {
            assertThat(store.load().warning()).isEmpty();
        }
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        Settings d = Settings.defaults();
        assertThat(d.version()).isEqualTo(1);
        assertThat(d.windowX()).isNull();
        assertThat(d.windowWidth()).isNull();
        assertThat(d.maximized()).isFalse();
        assertThat(d.theme()).isEqualTo("light");
        assertThat(d.language()).isEqualTo("en");
        assertThat(d.fontScale()).isEqualTo(1.0);
        assertThat(d.recentFiles()).isEmpty();
        assertThat(d.graphLayout()).isEqualTo("geographic");
    }

    // ---------------------------------------------------------------- broken files

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "", "  \n\t ", "[1, 2, 3]", "[]", "42", "\"dark\"", "null", "true",
            "{\"theme\": \"dark\"", "{\"theme\": \"dark\"} trailing", "{\"theme\": \"dark\", \"theme\": \"light\"}",
            "{'theme': 'dark'}"})
    void brokenFileGivesDefaultsKeepsABackupAndWarnsOnce(String content) throws IOException {
        byte[] old = content.getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("settings.json"), old);
        try (SettingsStore store = new SettingsStore(dir, Duration.ofMillis(50), FIXED)) {
            SettingsStore.Loaded loaded = store.load();
            assertThat(loaded.settings()).isEqualTo(Settings.defaults());
            Path backup = dir.resolve("settings.json.bad-20240703-101500");
            assertThat(backup).exists().hasBinaryContent(old);
            assertThat(loaded.warning()).hasValueSatisfying(w -> assertThat(w)
                    .startsWith("Your settings file could not be read (")
                    .contains("SCO Explorer started with default settings and kept the old file as " + backup)
                    .doesNotContain("\n"));
            // the broken file is out of the way: the next start is quiet, and saving works
            assertThat(store.load().warning()).isEmpty();
            assertThat(store.save(Settings.defaults().withTheme("dark"))).isEmpty();
            assertThat(store.load().settings().theme()).isEqualTo("dark");
            assertThat(backup).hasBinaryContent(old);
        }
    }

    @Test
    void warningsSayWhatIsWrong() throws IOException {
        assertThat(warningFor("[1]")).contains("(it holds an array instead of settings)");
        assertThat(warningFor("")).contains("(it is empty)");
        assertThat(warningFor("{\n  \"theme\": nope\n}")).contains("(it is not valid JSON at line 2, column");
        assertThat(warningFor("{\"theme\": \"dark\"")).contains("(it is not valid JSON: the file ends too early");
    }

    private String warningFor(String content) throws IOException {
        Path folder = Files.createTempDirectory(dir, "w");
        Files.writeString(folder.resolve("settings.json"), content);
        try (SettingsStore store = new SettingsStore(folder)) {
            return store.load().warning().orElseThrow();
        }
    }

    @Test
    void invalidUtf8AndOversizedFilesAreBroken() throws IOException {
        Files.write(dir.resolve("settings.json"), new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'});
        try (SettingsStore store = new SettingsStore(dir)) {
            assertThat(store.load().warning()).isPresent();
        }
        byte[] huge = new byte[SettingsStore.MAX_FILE_BYTES + 10];
        java.util.Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        huge[huge.length - 1] = '}';
        Files.write(dir.resolve("settings.json"), huge);
        try (SettingsStore store = new SettingsStore(dir)) {
            SettingsStore.Loaded loaded = store.load();
            assertThat(loaded.settings()).isEqualTo(Settings.defaults());
            assertThat(loaded.warning()).hasValueSatisfying(w -> assertThat(w).contains("larger than 1 MB"));
        }
    }

    @Test
    void twoBrokenLoadsKeepTwoDistinctBackups() throws IOException {
        try (SettingsStore store = new SettingsStore(dir, Duration.ofMillis(50), FIXED)) {
            Files.writeString(dir.resolve("settings.json"), "first garbage");
            String first = store.load().warning().orElseThrow();
            Files.writeString(dir.resolve("settings.json"), "[\"second\"]");
            String second = store.load().warning().orElseThrow();

            Path one = dir.resolve("settings.json.bad-20240703-101500");
            Path two = dir.resolve("settings.json.bad-20240703-101500-2");
            assertThat(one).hasContent("first garbage");
            assertThat(two).hasContent("[\"second\"]");
            assertThat(first).endsWith("kept the old file as " + one + ".");
            assertThat(second).endsWith("kept the old file as " + two + ".");
        }
        // with the real clock the names carry the time
        try (SettingsStore store = new SettingsStore(dir)) {
            Files.writeString(dir.resolve("settings.json"), "third");
            store.load();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .hasSize(3).allMatch(n -> n.matches("settings\\.json\\.bad-\\d{8}-\\d{6}(-\\d+)?"));
        }
    }

    @Test
    void unreadableFileGivesDefaultsAndAWarning() throws IOException {
        Files.createDirectory(dir.resolve("settings.json")); // reading a folder fails
        try (SettingsStore store = new SettingsStore(dir, Duration.ofMillis(50), FIXED)) {
            SettingsStore.Loaded loaded = store.load();
            assertThat(loaded.settings()).isEqualTo(Settings.defaults());
            assertThat(loaded.warning()).hasValueSatisfying(w -> assertThat(w).startsWith("Your settings file could not be read"));
        }
    }

    @Test
    void aFolderWhereTheSettingsFileBelongsIsMovedAsideWithItsContentAndSavingWorksAgain() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("settings.json"));
        Files.writeString(folder.resolve("keep.txt"), "someone's file");
        try (SettingsStore store = new SettingsStore(dir, Duration.ofMillis(50), FIXED)) {
            assertThat(store.load().warning()).isPresent();
            Path backup = dir.resolve("settings.json.bad-20240703-101500");
            assertThat(backup.resolve("keep.txt")).hasContent("someone's file");
            assertThat(store.save(Settings.defaults().withTheme("dark"))).isEmpty();
            assertThat(store.load()).isEqualTo(new SettingsStore.Loaded(Settings.defaults().withTheme("dark"),
                    Optional.empty()));
        }
    }

    // ---------------------------------------------------------------- lenient reading

    @Test
    void readingIsLenient() throws IOException {
        Files.writeString(dir.resolve("settings.json"), """
                {
                  "version": 1,
                  "somethingNew": {"nested": [1, 2]},
                  "theme": "DARK",
                  "language": "fr",
                  "graphLayout": 3,
                  "fontScale": "big",
                  "maximized": "yes",
                  "windowX": "left",
                  "windowWidth": -5,
                  "windowHeight": 1e400,
                  "lastTab": "   ",
                  "lastRecord": "ORG:SCO",
                  "recentFiles": ["/a.json", 7, null, "/b.json", "/a.json"]
                }
                """);
        try (SettingsStore store = new SettingsStore(dir)) {
            SettingsStore.Loaded loaded = store.load();
            assertThat(loaded.warning()).isEmpty();
            Settings s = loaded.settings();
            assertThat(s.theme()).isEqualTo("dark");
            assertThat(s.language()).isEqualTo("en");
            assertThat(s.graphLayout()).isEqualTo("geographic");
            assertThat(s.fontScale()).isEqualTo(1.0);
            assertThat(s.maximized()).isFalse();
            assertThat(s.windowX()).isNull();
            assertThat(s.windowWidth()).isNull();
            assertThat(s.windowHeight()).isNull();
            assertThat(s.lastTab()).isNull();
            assertThat(s.lastRecord()).isEqualTo("ORG:SCO");
            assertThat(s.recentFiles()).containsExactly("/a.json", "/b.json");
        }
    }

    @Test
    void missingFieldsTakeDefaults() throws IOException {
        Files.writeString(dir.resolve("settings.json"), "{\"language\": \"ru\"}");
        try (SettingsStore store = new SettingsStore(dir)) {
            assertThat(store.load()).isEqualTo(
                    new SettingsStore.Loaded(Settings.defaults().withLanguage("ru"), Optional.empty()));
        }
    }

    @Test
    void aNewerVersionIsReadLenientlyAndSavedAsTheCurrentOne() throws IOException {
        Files.writeString(dir.resolve("settings.json"),
                "{\"version\": 7, \"theme\": \"dark\", \"panels\": {\"left\": 300}, \"fontScale\": 1.1}");
        try (SettingsStore store = new SettingsStore(dir)) {
            Settings s = store.load().settings();
            assertThat(s.theme()).isEqualTo("dark");
            assertThat(s.fontScale()).isEqualTo(1.1);
            assertThat(s.version()).isEqualTo(Settings.CURRENT_VERSION);
            store.save(s);
            assertThat(Files.readString(store.file())).contains("\"version\" : 1,");
        }
    }

    @Test
    void fontScaleIsClamped() throws IOException {
        assertThat(Settings.defaults().withFontScale(9).fontScale()).isEqualTo(1.5);
        assertThat(Settings.defaults().withFontScale(0.1).fontScale()).isEqualTo(0.8);
        assertThat(Settings.defaults().withFontScale(Double.NaN).fontScale()).isEqualTo(1.0);
        assertThat(Settings.defaults().withFontScale(1.2).fontScale()).isEqualTo(1.2);
        try (SettingsStore store = new SettingsStore(dir)) {
            Files.writeString(store.file(), "{\"fontScale\": 4}");
            assertThat(store.load().settings().fontScale()).isEqualTo(1.5);
            Files.writeString(store.file(), "{\"fontScale\": -1}");
            assertThat(store.load().settings().fontScale()).isEqualTo(0.8);
        }
    }

    @Test
    void recentFilesAreMostRecentFirstDistinctAndCapped() throws IOException {
        Settings s = Settings.defaults();
        for (int i = 0; i < 15; i++) {
            s = s.withRecentFile("/f" + i);
        }
        assertThat(s.recentFiles()).hasSize(10).first().isEqualTo("/f14");
        assertThat(s.recentFiles()).last().isEqualTo("/f5");

        s = s.withRecentFile("/f9");
        assertThat(s.recentFiles()).hasSize(10).startsWith("/f9", "/f14", "/f13", "/f12", "/f11", "/f10", "/f8")
                .doesNotHaveDuplicates();
        assertThat(s.withRecentFile(" ").recentFiles()).isEqualTo(s.recentFiles());
        assertThatThrownBy(() -> Settings.defaults().withRecentFile("/x").recentFiles().add("/y"))
                .isInstanceOf(UnsupportedOperationException.class);

        List<String> many = new ArrayList<>();
        IntStream.range(0, 30).forEach(i -> many.add("/g" + (i % 12)));
        try (SettingsStore store = new SettingsStore(dir)) {
            Files.writeString(store.file(), "{\"recentFiles\": " + Json.mapper(DatasetLimits.DEFAULT).writeValueAsString(many) + "}");
            assertThat(store.load().settings().recentFiles())
                    .containsExactly("/g0", "/g1", "/g2", "/g3", "/g4", "/g5", "/g6", "/g7", "/g8", "/g9");
        }
    }

    // ---------------------------------------------------------------- failed writes

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("settings.json");
        Files.writeString(target, "{\"theme\": \"dark\"}");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("{\"theme\": \"li".getBytes(StandardCharsets.UTF_8));
            out.flush();
            throw new IllegalStateException("disk full");
        })).isInstanceOf(IOException.class).hasMessageContaining("disk full");
        assertThat(target).hasContent("{\"theme\": \"dark\"}");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void savingOntoAFolderNamedLikeTheSettingsFileFailsAndLeavesTheFolderAndNoTemporaryFile() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("settings.json"));
        List<String> told = new CopyOnWriteArrayList<>();
        try (SettingsStore store = new SettingsStore(dir)) {
            store.setWarningListener(told::add);
            Optional<String> warning = store.save(Settings.defaults().withTheme("dark"));
            assertThat(warning).hasValueSatisfying(w -> assertThat(w).startsWith("Your settings could not be saved ("));
            assertThat(told).containsExactly(warning.get());
        }
        assertThat(folder).isDirectory();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(folder);
        }
    }

    @Test
    void saveIntoAReadOnlyFolderKeepsTheOldFileAndTellsTheUserOnce() throws IOException {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX only");
        Path folder = Files.createDirectory(dir.resolve("ro"));
        List<String> told = new CopyOnWriteArrayList<>();
        try (SettingsStore store = new SettingsStore(folder, Duration.ofMillis(20))) {
            store.setWarningListener(told::add);
            assertThat(store.save(Settings.defaults().withTheme("dark"))).isEmpty();
            String before = Files.readString(store.file());

            Set<PosixFilePermission> original = Files.getPosixFilePermissions(folder);
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
            try {
                Assumptions.assumeFalse(canWriteIn(folder), "permissions are not enforced (running as root?)");

                Optional<String> warning = store.save(Settings.defaults().withTheme("light"));
                assertThat(warning).hasValueSatisfying(w -> assertThat(w)
                        .startsWith("Your settings could not be saved (").doesNotContain("\n"));
                store.save(Settings.defaults().withLanguage("ru"));
                store.saveLater(Settings.defaults().withLanguage("zh"));
                store.flush();

                assertThat(store.file()).hasContent(before);
                assertThat(told).containsExactly(warning.get());
                try (Stream<Path> files = Files.list(folder)) {
                    assertThat(files).containsExactly(store.file());
                }
            } finally {
                Files.setPosixFilePermissions(folder, original);
            }
        }
    }

    private static boolean canWriteIn(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void saveWhereNoFolderCanBeMadeReturnsAWarningAndTellsTheListenerOnce() throws IOException {
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a folder");
        List<String> told = new CopyOnWriteArrayList<>();
        try (SettingsStore store = new SettingsStore(blocker.resolve("sub"), Duration.ofMillis(10))) {
            store.setWarningListener(told::add);
            Optional<String> first = store.save(Settings.defaults());
            Optional<String> second = store.save(Settings.defaults().withTheme("dark"));
            store.saveLater(Settings.defaults().withTheme("light"));
            store.flush();
            assertThat(first).isPresent().isEqualTo(second);
            assertThat(told).containsExactly(first.get());
            assertThat(store.load().settings()).isEqualTo(Settings.defaults());
        }
        assertThat(blocker).hasContent("a file, not a folder");
    }

    @Test
    void aThrowingListenerDoesNotBreakSaving() throws IOException {
        Path blocker = Files.writeString(dir.resolve("blocker"), "x");
        try (SettingsStore store = new SettingsStore(blocker.resolve("sub"))) {
            store.setWarningListener(m -> {
                throw new IllegalStateException("boom");
            });
            assertThat(store.save(Settings.defaults())).isPresent();
        }
    }

    // ---------------------------------------------------------------- debounced saving

    @Test
    void quickSaveLaterCallsCoalesceIntoTheLastValue() {
        try (SettingsStore store = new SettingsStore(dir, Duration.ofMillis(50))) {
            for (int i = 0; i < 10; i++) {
                store.saveLater(Settings.defaults().withLastTab("tab" + i));
            }
            waitFor(() -> "tab9".equals(store.load().settings().lastTab()));
            assertThat(store.load().settings().lastTab()).isEqualTo("tab9");
        }
    }

    @Test
    void flushWritesPendingSettingsAtOnce() {
        try (SettingsStore store = new SettingsStore(dir, Duration.ofMinutes(10))) {
            store.saveLater(Settings.defaults().withLastTab("members"));
            store.saveLater(Settings.defaults().withLastTab("documents"));
            assertThat(store.file()).doesNotExist();
            store.flush();
            assertThat(store.load().settings().lastTab()).isEqualTo("documents");
            store.flush(); // nothing pending: nothing changes
            assertThat(store.load().settings().lastTab()).isEqualTo("documents");
        }
    }

    @Test
    void anImmediateSaveSupersedesAnOlderPendingOne() {
        try (SettingsStore store = new SettingsStore(dir, Duration.ofMinutes(10))) {
            store.saveLater(Settings.defaults().withTheme("dark"));
            store.save(Settings.defaults().withLanguage("ru"));
            store.flush();
            assertThat(store.load().settings()).isEqualTo(Settings.defaults().withLanguage("ru"));
        }
    }

    @Test
    void closeFlushesAndLaterSavesWriteAtOnce() {
        SettingsStore store = new SettingsStore(dir, Duration.ofMinutes(10));
        store.saveLater(Settings.defaults().withGraphLayout("force"));
        store.close();
        assertThat(store.load().settings().graphLayout()).isEqualTo("force");
        store.saveLater(Settings.defaults().withTheme("dark"));
        assertThat(store.load().settings().theme()).isEqualTo("dark");
    }

    private static void waitFor(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited too long").isLessThan(deadline);
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    // ---------------------------------------------------------------- where the file lives

    @Test
    void linuxUsesXdgConfigHomeOrDotConfig() {
        Path home = dir.resolve("home");
        Path xdg = dir.resolve("xdg");
        assertThat(SettingsStore.defaultFolder("Linux", Map.of("XDG_CONFIG_HOME", xdg.toString()), home))
                .isEqualTo(xdg.resolve("sco-explorer"));
        assertThat(SettingsStore.defaultFolder("Linux", Map.of(), home))
                .isEqualTo(home.resolve(".config").resolve("sco-explorer"));
        assertThat(SettingsStore.defaultFolder("Linux", Map.of("XDG_CONFIG_HOME", " "), home))
                .isEqualTo(home.resolve(".config").resolve("sco-explorer"));
        assertThat(SettingsStore.defaultFolder("Linux", Map.of("XDG_CONFIG_HOME", "relative/conf"), home))
                .isEqualTo(home.resolve(".config").resolve("sco-explorer"));
        assertThat(SettingsStore.defaultFolder("FreeBSD", Map.of(), home))
                .isEqualTo(home.resolve(".config").resolve("sco-explorer"));
    }

    @Test
    void windowsUsesAppData() {
        Path home = dir.resolve("home");
        String appData = dir.resolve("Roaming").toString();
        assertThat(SettingsStore.defaultFolder("Windows 11", Map.of("APPDATA", appData), home))
                .isEqualTo(Path.of(appData).resolve("SCO Explorer"));
        assertThat(SettingsStore.defaultFolder("Windows 10", Map.of(), home))
                .isEqualTo(home.resolve("AppData").resolve("Roaming").resolve("SCO Explorer"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        Path home = dir.resolve("home");
        assertThat(SettingsStore.defaultFolder("Mac OS X", Map.of("XDG_CONFIG_HOME", "/x"), home))
                .isEqualTo(home.resolve("Library").resolve("Application Support").resolve("SCO Explorer"));
    }

    @Test
    void theRealDefaultFolderIsNamedForTheApp() {
        Path folder = SettingsStore.defaultFolder();
        assertThat(folder.getFileName().toString()).isIn("sco-explorer", "SCO Explorer");
    }
}
