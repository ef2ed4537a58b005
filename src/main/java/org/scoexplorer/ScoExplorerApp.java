package org.scoexplorer;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.scoexplorer.data.DatasetLoader;
import org.scoexplorer.service.AppInfo;
import org.scoexplorer.ui.MainView;
import org.scoexplorer.ui.MainViewModel;

/**
 * The composition root: builds the services, the view model and the window, shows the window, then
 * loads the dataset in the background so the first frame never waits for the data.
 */
public final class ScoExplorerApp extends Application {
    /**
     * JavaFX warns on every start that it runs from the classpath ("unnamed module"), which is how
     * this app is built on purpose (see the README); keep the terminal quiet. Held in a field so the
     * logger and its level are not garbage-collected.
     */
    private static final Logger FX_PLATFORM_LOG = Logger.getLogger("javafx");

    private ExecutorService background;
    private MainView view;

    static void launchWith(String[] args) {
        FX_PLATFORM_LOG.setLevel(Level.SEVERE);
        Application.launch(ScoExplorerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "dataset-loader");
            t.setDaemon(true);
            return t;
        });
        DatasetLoader loader = new DatasetLoader();
        MainViewModel model = new MainViewModel(background, Platform::runLater);
        view = new MainView(model, url -> getHostServices().showDocument(url));

        Scene scene = new Scene(view.root(), 1280, 800);
        view.installAccelerators(scene);
        scene.getStylesheets().add(ScoExplorerApp.class.getResource("ui/app.css").toExternalForm());
        stage.setTitle(AppInfo.NAME);
        stage.setScene(scene);
        stage.show();
        // start with the tabs focused, so the search field shows its hint until Ctrl+K
        view.focusContent();

        List<String> files = getParameters().getUnnamed();
        if (files.isEmpty()) {
            model.load(DatasetLoader.BUNDLED_NAME, loader::loadBundled);
        } else {
            Path file = Path.of(files.get(0));
            model.load(file.getFileName().toString(), () -> loader.load(file));
        }
    }

    @Override
    public void stop() {
        if (view != null) {
            view.close();
        }
        if (background != null) {
            background.shutdownNow();
        }
    }
}
