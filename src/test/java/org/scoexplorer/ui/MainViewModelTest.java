package org.scoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.scoexplorer.TestData;
import org.scoexplorer.data.DatasetLoader;
import org.scoexplorer.data.LoadResult;

/** The window state, without a JavaFX toolkit: both executors run tasks on the calling thread. */
class MainViewModelTest {
    private final Executor direct = Runnable::run;
    private final MainViewModel model = new MainViewModel(direct, direct);
    private final DatasetLoader loader = new DatasetLoader();

    private LoadResult mini() {
        return loader.load(TestData.miniText().getBytes(StandardCharsets.UTF_8), "mini.json");
    }

    private LoadResult broken() {
        return loader.load("{ \"formatVersion\": 1, ".getBytes(StandardCharsets.UTF_8), "broken.json");
    }

    @Test
    void aGoodLoadShowsTheDataAndSummarisesIt() {
        model.load("mini.json", this::mini).join();
        assertThat(model.getData()).isNotNull();
        assertThat(model.getData().index().dataset().countries()).hasSize(3);
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).startsWith("mini.json · 3 countries · 1 document · 3 corridors · 5 legs · loaded in ");
        assertThat(model.datasetNameProperty().get()).isEqualTo("mini.json");
        assertThat(model.getProblems()).isEmpty();
    }

    @Test
    void aFailedLoadKeepsTheDatasetAlreadyShownAndListsTheProblems() {
        model.load("mini.json", this::mini).join();
        var shown = model.getData();
        model.load("broken.json", this::broken).join();
        assertThat(model.getData()).isSameAs(shown);
        assertThat(model.getProblems()).singleElement()
                .satisfies(p -> assertThat(p.format()).startsWith("broken.json:1:"));
        assertThat(model.statusProperty().get()).isEqualTo("broken.json: 1 problem found; still showing mini.json");
    }

    @Test
    void anExceptionInTheReaderBecomesAProblemNotACrash() {
        model.load("weird.json", () -> {
            throw new IllegalStateException("disk on fire");
        }).join();
        assertThat(model.getData()).isNull();
        assertThat(model.getProblems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("disk on fire"));
        assertThat(model.statusProperty().get()).isEqualTo("weird.json: 1 problem found");
    }

    @Test
    void theStatusSaysLoadingWhileTheReaderRuns() {
        java.util.List<Runnable> queued = new java.util.ArrayList<>();
        MainViewModel slow = new MainViewModel(queued::add, direct);
        slow.load("mini.json", this::mini);
        assertThat(slow.loadingProperty().get()).isTrue();
        assertThat(slow.statusProperty().get()).isEqualTo("Loading mini.json …");
        queued.forEach(Runnable::run);
        assertThat(slow.loadingProperty().get()).isFalse();
        assertThat(slow.getData()).isNotNull();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).as("condition reached in time").isTrue();
    }

    @Test
    void anOpenedFileIsReloadedWhenItChangesAndABrokenSaveKeepsTheLastGoodData(@org.junit.jupiter.api.io.TempDir
                                                                                   java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("mine.json");
        java.nio.file.Files.writeString(file, TestData.miniText());
        model.openFile(file).join();
        assertThat(model.fileProperty().get()).isEqualTo(file.toAbsolutePath());
        assertThat(model.getData().index().countryName("AA")).isEqualTo("Alphaland");

        java.nio.file.Files.writeString(file, TestData.replaceOnce(TestData.miniText(), "\"Alphaland\"", "\"Alphania\""));
        // the reload runs on the watcher's thread here: wait for its last step, the notice
        waitUntil(() -> model.noticeProperty().get() != null && !model.noticeProperty().get().problem());
        assertThat(model.noticeProperty().get().title()).isEqualTo("Dataset reloaded");
        assertThat(model.getData().index().countryName("AA")).isEqualTo("Alphania");

        java.nio.file.Files.writeString(file, "{ \"formatVersion\": 1, ");
        waitUntil(() -> model.noticeProperty().get().problem());
        assertThat(model.failureProperty().get()).isNotNull();
        assertThat(model.getData().index().countryName("AA")).isEqualTo("Alphania");
        assertThat(model.statusProperty().get()).contains("still showing mine.json");
        model.close();
    }

    @Test
    void openingABadFileKeepsTheBundledDataset(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        model.openBundled().join();
        var shown = model.getData();
        java.nio.file.Path bad = dir.resolve("bad.json");
        java.nio.file.Files.writeString(bad, "[1, 2]");
        model.openFile(bad).join();
        assertThat(model.getData()).isSameAs(shown);
        assertThat(model.fileProperty().get()).isNull();
        assertThat(model.failureProperty().get().errors()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("top level"));
        model.reload().join();
        assertThat(model.failureProperty().get()).isNull();
        assertThat(model.datasetNameProperty().get()).isEqualTo("sco-astana-2024.json");
    }
}
