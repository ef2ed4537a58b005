package org.scoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scoexplorer.TestData;

/**
 * File > Reload (not the file watcher, which MainViewModelTest covers) of a file that has become
 * broken or gone: the dataset on show stays, and so does the file, so the next reload reads it again.
 */
class ReloadKeepsTheShownDatasetTest {
    private final Executor direct = Runnable::run;
    private final MainViewModel model = new MainViewModel(direct, direct);

    @TempDir
    Path dir;
    private Path file;

    @BeforeEach
    void openAGoodFile() throws Exception {
        model.setWatchFiles(false); // only the explicit reload below reads the file
        file = Files.writeString(dir.resolve("mine.json"), TestData.miniText());
        model.openFile(file).join();
        assertThat(model.getData()).isNotNull();
    }

    @Test
    void reloadingAFileThatWasBrokenMeanwhileKeepsTheDatasetAndTheFile() throws Exception {
        var shown = model.getData();
        Files.writeString(file, "{ \"formatVersion\": 1, ");
        model.reload().join();

        assertThat(model.getData()).isSameAs(shown);
        assertThat(model.fileProperty().get()).isEqualTo(file.toAbsolutePath());
        assertThat(model.failureProperty().get().errors()).isNotEmpty();
        assertThat(model.getProblems()).isNotEmpty();
        assertThat(model.statusProperty().get()).endsWith("still showing mine.json");
        assertThat(model.noticeProperty().get().problem()).isTrue();
        assertThat(model.noticeProperty().get().title()).isEqualTo("Reload failed");

        // mended: the next reload reads the same file again and shows it
        Files.writeString(file, TestData.replaceOnce(TestData.miniText(), "\"Alphaland\"", "\"Alphania\""));
        model.reload().join();
        assertThat(model.failureProperty().get()).isNull();
        assertThat(model.getData().index().countryName("AA")).isEqualTo("Alphania");
    }

    @Test
    void reloadingAFileThatWasDeletedKeepsTheDataset() throws Exception {
        var shown = model.getData();
        Files.delete(file);
        model.reload().join();

        assertThat(model.getData()).isSameAs(shown);
        assertThat(model.fileProperty().get()).isEqualTo(file.toAbsolutePath());
        assertThat(model.failureProperty().get().errors()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("no such file"));
        assertThat(model.statusProperty().get()).endsWith("still showing mine.json");
    }
}
