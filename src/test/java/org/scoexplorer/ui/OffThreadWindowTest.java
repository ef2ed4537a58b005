package org.scoexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scoexplorer.data.DatasetLoader;
import org.scoexplorer.data.LoadResult;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window as the app starts it: built, filled and laid out on a background thread while an
 * outline is on screen, then attached on the FX thread (ScoExplorerApp.prepare/attach). Guards the
 * rule that nothing in the window's construction insists on the FX thread, apart from the menu bar.
 */
@ExtendWith(ApplicationExtension.class)
class OffThreadWindowTest {
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private Stage stage;
    private MainView view;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        StartupShell shell = new StartupShell(false);
        shell.showOpening("Loading sco-astana-2024.json …");
        stage.setScene(new Scene(shell.root(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void stopLoader() {
        background.shutdownNow();
    }

    @Test
    void theWindowBuiltOffTheFxThreadWorksOnceAttached(FxRobot robot) throws Exception {
        LoadResult bundled = new DatasetLoader().loadBundled();
        CompletableFuture<Scene> built = CompletableFuture.supplyAsync(() -> {
            assertThat(Platform.isFxApplicationThread()).isFalse();
            MainViewModel model = new MainViewModel(background, Platform::runLater);
            view = new MainView(model, url -> { });
            Scene scene = new Scene(view.root(), 1280, 800);
            view.installAccelerators(scene);
            model.showLoaded(null, bundled);
            Runnable menuBar = view.holdBackMenuBar();
            view.root().applyCss();
            view.root().layout();
            scene.setUserData(menuBar);
            return scene;
        }, background);
        Scene scene = built.get(30, TimeUnit.SECONDS); // an exception here names what insisted on the FX thread
        robot.interact(() -> {
            ((Runnable) scene.getUserData()).run();
            stage.setScene(scene);
        });
        assertThat(robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus()).hasSize(4);
        TabPane tabs = robot.lookup("#main-tabs").queryAs(TabPane.class);
        for (KeyCode digit : new KeyCode[] {KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT5, KeyCode.DIGIT1}) {
            robot.press(KeyCode.CONTROL, digit).release(digit, KeyCode.CONTROL);
        }
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isZero();
        TableView<?> members = robot.lookup("#countries-table").queryTableView();
        waitFor(5, TimeUnit.SECONDS, () -> members.getItems().size() == 29);
        TableView<?> documents = robot.lookup("#documents-table").queryTableView();
        assertThat(documents.getItems()).hasSize(24);
    }
}
