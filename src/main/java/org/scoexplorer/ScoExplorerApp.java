package org.scoexplorer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.scoexplorer.data.DatasetLoader;
import org.scoexplorer.data.Settings;
import org.scoexplorer.data.SettingsStore;
import org.scoexplorer.service.AppInfo;
import org.scoexplorer.ui.I18n;
import org.scoexplorer.ui.MainView;
import org.scoexplorer.ui.MainViewModel;
import org.scoexplorer.ui.corridors.CorridorsViewModel;

/**
 * The composition root: builds the services, the view model and the window, restores the settings,
 * shows the window, then loads the dataset in the background so the first frame never waits for the
 * data. Unexpected errors are logged and shown; the app goes on.
 */
public final class ScoExplorerApp extends Application {
    /**
     * JavaFX warns on every start that it runs from the classpath ("unnamed module"), which is how
     * this app is built on purpose (see the README); keep the terminal quiet. Held in a field so the
     * logger and its level are not garbage-collected.
     */
    private static final Logger FX_PLATFORM_LOG = Logger.getLogger("javafx");
    private static final Logger LOG = Logger.getLogger("org.scoexplorer");

    static final String SELF_TEST = "--self-test";

    private ExecutorService background;
    private boolean selfTest;
    private boolean measuring;
    private MainView view;
    private MainViewModel model;
    private SettingsStore store;
    private Settings settings;
    private Stage stage;
    private Path logFile;

    static void launchWith(String[] args) {
        FX_PLATFORM_LOG.setLevel(Level.SEVERE);
        Application.launch(ScoExplorerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        selfTest = getParameters().getRaw().contains(SELF_TEST);
        measuring = getParameters().getRaw().contains(StartupProbe.FLAG);
        // the self-test and the start-up probe neither read nor change the user's settings and log
        store = new SettingsStore(selfTest || measuring ? tempFolder() : SettingsStore.defaultFolder());
        logFile = AppLog.start(store.folder().resolve("logs"));
        SettingsStore.Loaded loaded = store.load();
        settings = loaded.settings();
        background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "dataset-loader");
            t.setDaemon(true);
            return t;
        });
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.log(Level.SEVERE, "uncaught on " + thread.getName(), error);
            if (selfTest && !SelfTest.finished) {
                System.err.println("self-test: FAILED: uncaught " + error);
                Runtime.getRuntime().halt(1);
            }
            Platform.runLater(() -> {
                if (view != null) {
                    view.showUnexpected(error, logFile);
                }
            });
        });
        store.setWarningListener(message -> Platform.runLater(() -> {
            if (model != null) {
                model.announce(I18n.t("settings.title"), message, true);
            }
        }));
        stage.setTitle(AppInfo.NAME);
        stage.getIcons().addAll(icons());
        stage.setOnCloseRequest(e -> saveNow());

        List<String> files = getParameters().getUnnamed().stream()
                .filter(a -> !a.equals(SELF_TEST) && !a.equals(StartupProbe.FLAG)).toList();
        buildWindow(files.isEmpty() ? null : Path.of(files.get(0)));
        WindowPlacement.apply(stage, settings);
        if (measuring) {
            new StartupProbe().watch(stage.getScene(), model);
        }
        stage.show();
        // start with the tabs focused, so the search field shows its hint until Ctrl+K
        view.focusContent();
        // said once, after the window is up, so the user sees it
        if (selfTest) {
            new SelfTest(view, model).run();
        } else {
            loaded.warning().ifPresent(w -> Platform.runLater(() -> model.announce(I18n.t("settings.title"), w, true)));
        }
    }

    /**
     * Builds the view model and the window content in the current language and opens a dataset
     * (the bundled one when {@code file} is null). Called again to switch the language without a
     * restart: the old view is closed (graph viewer, file watcher) and replaced.
     */
    private void buildWindow(Path file) {
        MainView old = view;
        I18n.setLanguage(settings.language());
        model = new MainViewModel(background, Platform::runLater, new DatasetLoader());
        view = new MainView(model, url -> getHostServices().showDocument(url));
        Scene scene = new Scene(view.root(), stage.getScene() == null ? 1280 : stage.getScene().getWidth(),
                stage.getScene() == null ? 800 : stage.getScene().getHeight());
        view.installAccelerators(scene);
        restore(settings);
        stage.setScene(scene);
        if (old != null) {
            // closed once it is off screen: a closed graph viewer must not be painted again
            old.close();
        }
        watchForChanges();
        view.setOnQuit(() -> {
            saveNow(); // stage.close() does not raise a close request
            stage.close();
        });
        view.setOnLanguage(this::switchLanguage);
        restoreLastRecordOnFirstLoad();
        if (file == null) {
            model.openBundled();
        } else {
            model.openFile(file);
        }
    }

    private void switchLanguage(String language) {
        settings = snapshot().withLanguage(language);
        store.save(settings);
        buildWindow(model.fileProperty().get());
    }

    private void restore(Settings s) {
        view.darkProperty().set("dark".equals(s.theme()));
        view.fontScaleProperty().set(s.fontScale());
        view.recentFiles().setAll(s.recentFiles().stream().filter(f -> Files.exists(Path.of(f))).toList());
        view.graphLayoutProperty().set("force".equals(s.graphLayout()) ? CorridorsViewModel.Layout.FORCE
                : CorridorsViewModel.Layout.GEOGRAPHIC);
        if (s.lastTab() != null) {
            view.selectTab(s.lastTab());
        }
    }

    /** Once the first dataset is on show, reopen the record the user was looking at last time. */
    private void restoreLastRecordOnFirstLoad() {
        String last = settings.lastRecord();
        String tab = settings.lastTab();
        if (last == null || !last.contains(":")) {
            return;
        }
        model.dataProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends org.scoexplorer.ui.ExplorerData> o,
                                org.scoexplorer.ui.ExplorerData old, org.scoexplorer.ui.ExplorerData data) {
                model.dataProperty().removeListener(this);
                if (data == null) {
                    return;
                }
                try {
                    var kind = org.scoexplorer.service.RecordKind.valueOf(last.substring(0, last.indexOf(':')));
                    view.open(new org.scoexplorer.service.RecordRef(kind, last.substring(last.indexOf(':') + 1)));
                } catch (IllegalArgumentException e) {
                    return; // a setting from another version: ignore it
                }
                if (tab != null) {
                    view.selectTab(tab);
                }
            }
        });
    }

    /** Every setting the user changes is saved a moment later (debounced, atomic). */
    private void watchForChanges() {
        Runnable save = () -> store.saveLater(snapshot());
        view.darkProperty().addListener((o, a, b) -> save.run());
        view.fontScaleProperty().addListener((o, a, b) -> save.run());
        view.graphLayoutProperty().addListener((o, a, b) -> save.run());
        view.recentFiles().addListener((javafx.collections.ListChangeListener<String>) c -> save.run());
        view.navigation().currentProperty().addListener((o, a, b) -> save.run());
        if (!stageWatched) {
            // the stage outlives a language switch: watch it once
            stageWatched = true;
            stage.xProperty().addListener((o, a, b) -> save.run());
            stage.yProperty().addListener((o, a, b) -> save.run());
            stage.widthProperty().addListener((o, a, b) -> save.run());
            stage.heightProperty().addListener((o, a, b) -> save.run());
            stage.maximizedProperty().addListener((o, a, b) -> save.run());
        }
    }

    private boolean stageWatched;

    private Settings snapshot() {
        Settings s = settings.withTheme(view.darkProperty().get() ? "dark" : "light")
                .withFontScale(view.fontScaleProperty().get())
                .withRecentFiles(List.copyOf(view.recentFiles()))
                .withGraphLayout(view.graphLayoutProperty().get().name().toLowerCase(Locale.ROOT))
                .withLastTab(view.selectedTabName())
                .withMaximized(stage.isMaximized());
        var current = view.navigation().getCurrent();
        if (current != null) {
            s = s.withLastRecord(current.kind() + ":" + current.id());
        }
        if (!stage.isMaximized() && !stage.isIconified()) {
            s = s.withWindowX(stage.getX()).withWindowY(stage.getY()).withWindowWidth(stage.getWidth())
                    .withWindowHeight(stage.getHeight());
        }
        settings = s;
        return s;
    }

    private void saveNow() {
        store.saveLater(snapshot());
        store.flush();
    }

    private static Path tempFolder() {
        try {
            return java.nio.file.Files.createTempDirectory("sco-explorer-self-test");
        } catch (java.io.IOException e) {
            return Path.of(System.getProperty("java.io.tmpdir"), "sco-explorer-self-test");
        }
    }

    private static List<Image> icons() {
        return java.util.stream.IntStream.of(16, 32, 48, 64, 128, 256, 512)
                .mapToObj(n -> ScoExplorerApp.class.getResourceAsStream("icons/app-" + n + ".png"))
                .filter(java.util.Objects::nonNull).map(Image::new).toList();
    }

    @Override
    public void stop() {
        if (view != null) {
            view.close();
        }
        if (store != null) {
            store.flush();
            store.close();
        }
        if (background != null) {
            background.shutdownNow();
        }
    }
}
