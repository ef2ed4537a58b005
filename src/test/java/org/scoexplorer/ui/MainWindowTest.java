package org.scoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scoexplorer.data.DatasetLoader;
import org.scoexplorer.model.Corridor;
import org.scoexplorer.model.Country;
import org.scoexplorer.model.Leg;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The first window on the bundled dataset, driven like a user would (headless under Monocle). */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private MainViewModel model;

    @Start
    void start(Stage stage) {
        model = new MainViewModel(background, Platform::runLater);
        MainView view = new MainView(model);
        stage.setScene(new Scene(view.root(), 1200, 800));
        stage.show();
        stage.requestFocus();
        model.load(DatasetLoader.BUNDLED_NAME, new DatasetLoader()::loadBundled);
    }

    @AfterEach
    void stopLoader() {
        background.shutdownNow();
    }

    private void waitForData(FxRobot robot) throws Exception {
        waitFor(20, TimeUnit.SECONDS, () -> model.getData() != null);
        robot.interact(() -> { });
    }

    @Test
    void theWindowShowsTheTabsAndFillsTheMembersTable(FxRobot robot) throws Exception {
        waitForData(robot);
        TabPane tabs = robot.lookup("#main-tabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).extracting(t -> t.getText()).containsExactly("Members", "Documents", "Corridors");
        TableView<Country> table = robot.lookup("#countries-table").queryTableView();
        assertThat(table.getItems()).hasSize(29);
        assertThat(robot.lookup("#status-text").queryAs(Label.class).getText())
                .startsWith("sco-astana-2024.json · 29 countries · 24 documents");
    }

    @Test
    void typingInTheFilterNarrowsTheRowsAndTheCount(FxRobot robot) throws Exception {
        waitForData(robot);
        robot.clickOn("#countries-filter").write("turkiye");
        TableView<Country> table = robot.lookup("#countries-table").queryTableView();
        waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).id()).isEqualTo("TR");
        assertThat(robot.lookup("#countries-count").queryAs(Label.class).getText()).isEqualTo("1 of 29 countries");
    }

    @Test
    void columnsSortWhenTheHeaderIsClicked(FxRobot robot) throws Exception {
        waitForData(robot);
        TableView<Country> table = robot.lookup("#countries-table").queryTableView();
        robot.clickOn("Population (2023)");
        robot.clickOn("Population (2023)"); // second click: descending
        waitFor(5, TimeUnit.SECONDS, () -> !table.getSortOrder().isEmpty());
        assertThat(table.getItems().get(0).id()).isIn("IN", "CN");
        assertThat(table.getItems().get(1).id()).isIn("IN", "CN");
    }

    @Test
    void selectingACorridorShowsOnlyItsLegs(FxRobot robot) throws Exception {
        waitForData(robot);
        robot.clickOn("Corridors");
        TableView<Corridor> corridors = robot.lookup("#corridors-table").queryTableView();
        TableView<Leg> legs = robot.lookup("#legs-table").queryTableView();
        int allLegs = legs.getItems().size();
        robot.interact(() -> corridors.getSelectionModel().select(
                corridors.getItems().stream().filter(c -> c.id().equals("kti-railway")).findFirst().orElseThrow()));
        waitFor(5, TimeUnit.SECONDS, () -> legs.getItems().size() < allLegs);
        assertThat(legs.getItems()).isNotEmpty().allSatisfy(l -> assertThat(l.corridor()).isEqualTo("kti-railway"));
    }

    @Test
    void theDocumentsTabListsEveryDocument(FxRobot robot) throws Exception {
        waitForData(robot);
        robot.clickOn("Documents");
        TableView<?> docs = robot.lookup("#documents-table").queryTableView();
        assertThat(docs.getItems()).hasSize(24);
        robot.clickOn("#documents-filter").write("without signing");
        waitFor(5, TimeUnit.SECONDS, () -> docs.getItems().size() == 3);
    }
}
