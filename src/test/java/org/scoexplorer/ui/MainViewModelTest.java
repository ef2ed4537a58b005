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
}
