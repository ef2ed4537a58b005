package org.scoexplorer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.scoexplorer.data.DatasetLoader;
import org.scoexplorer.data.LoadResult;
import org.scoexplorer.data.Settings;
import org.scoexplorer.data.SettingsStore;
import org.scoexplorer.service.AppInfo;
import org.scoexplorer.service.RecordKind;
import org.scoexplorer.service.RecordRef;
import org.scoexplorer.ui.ExplorerData;
import org.scoexplorer.ui.I18n;
import org.scoexplorer.ui.MainView;
import org.scoexplorer.ui.MainViewModel;
import org.scoexplorer.ui.StartupShell;
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
    private DatasetLoader loader;
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
        StartupClock.trace("Application.start");
        Preload preload = Preload.take(getParameters().getRaw());
        selfTest = preload.selfTest;
        loader = preload.loader;
        measuring = preload.measuring;
        Preload.Prepared prepared = preload.prepared.exceptionally(Preload::withoutSettings).join();
        store = prepared.store();
        logFile = prepared.logFile();
        SettingsStore.Loaded loaded = prepared.settings();
        StartupClock.trace("settings taken");
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
        stage.setOnCloseRequest(e -> saveNow());

        // the window appears at once with an outline of itself, in the theme and at the place the
        // settings say; the explorer is built after that first frame
        I18n.setLanguage(settings.language());
        String name = preload.file == null ? DatasetLoader.BUNDLED_NAME : preload.file.getFileName().toString();
        StartupShell shell = new StartupShell("dark".equals(settings.theme()));
        stage.setScene(new Scene(shell.root(), 1280, 800));
        WindowPlacement.apply(stage, settings);
        StartupProbe probe = measuring ? new StartupProbe(getParameters().getRaw()) : null;
        if (probe != null) {
            probe.watchFrames(stage);
        }
        // a slow build (a large dataset) gets a word on what is happening
        javafx.animation.PauseTransition slow = new javafx.animation.PauseTransition(javafx.util.Duration.millis(400));
        slow.setOnFinished(e -> {
            if (view == null) {
                shell.showOpening(I18n.t("status.loading", name));
            }
        });
        slow.play();
        // once the outline is on screen, the dataset is read (Preload) and the whole window is built,
        // filled and laid out on the loader thread; it is attached when ready
        afterFirstFrame(() -> {
            preload.readDataset();
            // the size the window has now (the saved one), so the layout done off the FX thread holds
            double w = stage.getScene().getWidth();
            double h = stage.getScene().getHeight();
            CompletableFuture.supplyAsync(() -> prepare(preload.file, preload.dataset, w, h, true), background)
                    .handleAsync((built, error) -> {
                        if (error != null) {
                            LOG.log(Level.WARNING, "building the window in the background failed; building it here", error);
                            if (selfTest) {
                                // the packaged self-test is how CI notices that the window no longer builds off the FX thread
                                System.err.println("self-test: FAILED: the window could not be built in the background: " + error);
                                Runtime.getRuntime().halt(1);
                            }
                            built = prepare(preload.file, null, w, h, false);
                        }
                        stage.getIcons().addAll(icons());
                        attach(built, preload.file, preload.dataset);
                        StartupClock.trace("window attached");
                        if (probe != null) {
                            probe.watchData(view, model);
                        }
                        if (selfTest) {
                            new SelfTest(view, model).run();
                        } else {
                            // said once, after the window is up, so the user sees it
                            loaded.warning().ifPresent(m -> Platform.runLater(() -> model.announce(I18n.t("settings.title"), m, true)));
                        }
                        return null;
                    }, Platform::runLater)
                    .exceptionally(error -> {
                        // never a window stuck on its outline without a word
                        Thread.getDefaultUncaughtExceptionHandler().uncaughtException(Thread.currentThread(), error);
                        return null;
                    });
        });
        stage.show();
        StartupClock.trace("shown");
    }

    /** Runs {@code then} once the window has drawn its first frame (the next pulse after that one). */
    private static void afterFirstFrame(Runnable then) {
        new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                Platform.runLater(then);
            }
        }.start();
    }

    /** A window's worth of view model, view and scene, made but not yet shown. */
    private record Built(MainViewModel model, MainView view, Scene scene, Runnable menuBar) {}

    /**
     * Makes the view model, the window content and its scene in the current language, then shows
     * the dataset {@code preloaded} gives (read from {@code file}, null for the bundled dataset) when it
     * loaded without errors. JavaFX allows building nodes on
     * any thread until they are in a showing window; {@code layOut} then also runs the CSS and layout
     * passes here (all but the menu bar's, see {@link MainView#holdBackMenuBar}), so attaching the
     * result on the FX thread costs little.
     */
    private Built prepare(Path file, CompletableFuture<LoadResult> preloaded, double width, double height,
                          boolean layOut) {
        I18n.setLanguage(settings.language());
        MainViewModel m = new MainViewModel(background, Platform::runLater, loader);
        MainView v = null;
        try {
            v = new MainView(m, url -> getHostServices().showDocument(url));
            Scene scene = new Scene(v.root(), width, height);
            v.installAccelerators(scene);
            restore(v, settings);
            StartupClock.trace("window made");
            // the preload usually has the data by now; the views fill themselves from the model. A read
            // that failed outright is left to attach, where the model reports it like any failed load.
            LoadResult data = preloaded == null ? null : preloaded.exceptionally(error -> null).join();
            if (data != null && data.ok()) {
                m.showLoaded(file, data);
                StartupClock.trace("data shown in the window");
            }
            Runnable menuBar = () -> { };
            if (layOut) {
                menuBar = v.holdBackMenuBar();
                v.root().applyCss();
                v.root().layout();
                StartupClock.trace("window laid out");
            }
            return new Built(m, v, scene, menuBar);
        } catch (RuntimeException | Error e) {
            // nothing of a half-built window may live on
            m.close();
            if (v != null) {
                v.close();
            }
            throw e;
        }
    }

    /**
     * Shows a prepared window in the stage (closing the one it replaces) and, when it has no data
     * yet, opens {@code file} (the bundled dataset when null), using {@code preloaded} if given.
     */
    private void attach(Built built, Path file, CompletableFuture<LoadResult> preloaded) {
        MainView old = view;
        model = built.model();
        view = built.view();
        built.menuBar().run();
        stage.setScene(built.scene());
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
        if (settings.lastTab() != null) {
            view.selectTab(settings.lastTab());
        }
        restoreLastRecordOnFirstLoad();
        if (model.getData() != null) {
            model.startWatching();
            // the file just opened joins the recent files: saved now, not only at the next change
            store.saveLater(snapshot());
        } else {
            if (preloaded != null) {
                // a file with problems, or a read that failed: the model reports it as any load
                model.open(file, preloaded::join);
            } else if (file == null) {
                model.openBundled();
            } else {
                model.openFile(file);
            }
        }
        // start with the tabs focused, so the search field shows its hint until Ctrl+K
        view.focusContent();
    }

    private void switchLanguage(String language) {
        settings = snapshot().withLanguage(language);
        store.save(settings);
        Path file = model.fileProperty().get();
        attach(prepare(null, null, stage.getScene().getWidth(), stage.getScene().getHeight(), false), file, null);
    }

    private static void restore(MainView v, Settings s) {
        v.darkProperty().set("dark".equals(s.theme()));
        v.fontScaleProperty().set(s.fontScale());
        v.recentFiles().setAll(s.recentFiles().stream().filter(f -> Files.exists(Path.of(f))).toList());
        v.graphLayoutProperty().set("force".equals(s.graphLayout()) ? CorridorsViewModel.Layout.FORCE
                : CorridorsViewModel.Layout.GEOGRAPHIC);
    }

    /** Once the first dataset is on show, reopen the record the user was looking at last time. */
    private void restoreLastRecordOnFirstLoad() {
        String last = settings.lastRecord();
        String tab = settings.lastTab();
        if (last == null || !last.contains(":")) {
            return;
        }
        Runnable reopen = () -> {
            try {
                RecordKind kind = RecordKind.valueOf(last.substring(0, last.indexOf(':')));
                view.open(new RecordRef(kind, last.substring(last.indexOf(':') + 1)));
            } catch (IllegalArgumentException e) {
                return; // a setting from another version: ignore it
            }
            if (tab != null) {
                view.selectTab(tab);
            }
        };
        if (model.getData() != null) {
            reopen.run();
            return;
        }
        model.dataProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends ExplorerData> o, ExplorerData old, ExplorerData data) {
                model.dataProperty().removeListener(this);
                if (data != null) {
                    reopen.run();
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
        if (view != null) { // null while the window is still being built: nothing has changed yet
            store.saveLater(snapshot());
        }
        store.flush();
    }

    /** The window icons, decoded by JavaFX's background image loader (not on the FX thread). */
    private static List<Image> icons() {
        return java.util.stream.IntStream.of(16, 32, 48, 64, 128, 256, 512)
                .mapToObj(n -> ScoExplorerApp.class.getResource("icons/app-" + n + ".png"))
                .filter(java.util.Objects::nonNull).map(url -> new Image(url.toExternalForm(), true)).toList();
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
