package org.scoexplorer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.scoexplorer.data.DatasetLoader;
import org.scoexplorer.data.LoadResult;
import org.scoexplorer.data.SettingsStore;

/**
 * The start-up work that needs no JavaFX: the settings and the log, read on their own thread while
 * the toolkit starts (the first frame needs the theme and the window's place), then the first
 * dataset, once {@link #readDataset} is called. The app calls it after the window's first frame: on
 * two cores, reading the dataset during the toolkit's start delayed the first frame by 0.1-0.2 s.
 */
final class Preload {
    private static volatile Preload started;

    final boolean selfTest;
    final boolean measuring;
    /** The dataset file named on the command line, or null for the bundled one. */
    final Path file;
    final DatasetLoader loader = new DatasetLoader();
    final CompletableFuture<Prepared> prepared = new CompletableFuture<>();
    final CompletableFuture<LoadResult> dataset = new CompletableFuture<>();
    private final CountDownLatch datasetWanted = new CountDownLatch(1);

    record Prepared(SettingsStore store, SettingsStore.Loaded settings, Path logFile) {}

    private Preload(List<String> args) {
        selfTest = args.contains(ScoExplorerApp.SELF_TEST);
        measuring = args.contains(StartupProbe.FLAG);
        file = fileArgument(args);
    }

    /** The dataset named on the command line: the first argument that is not an option, or null. */
    static Path fileArgument(List<String> args) {
        return args.stream().filter(a -> !a.startsWith("--")).findFirst().map(Path::of).orElse(null);
    }

    /** Starts the work in the background; called by the Launcher before the toolkit starts. */
    static void begin(String[] args) {
        started = new Preload(List.of(args)).start();
    }

    /** The work begun by the Launcher, or (when the app was started another way) begun now. */
    static Preload take(List<String> args) {
        Preload p = started;
        started = null;
        return p != null ? p : new Preload(args).start();
    }

    private Preload start() {
        Thread t = new Thread(this::run, "preload");
        t.setDaemon(true);
        t.start();
        return this;
    }

    private void run() {
        try {
            // the self-test and the start-up probe neither read nor change the user's settings and log
            SettingsStore store = new SettingsStore(selfTest || measuring ? tempFolder() : SettingsStore.defaultFolder());
            Path log = AppLog.start(store.folder().resolve("logs"));
            prepared.complete(new Prepared(store, store.load(), log));
            StartupClock.trace("settings and log ready");
        } catch (RuntimeException | Error e) {
            prepared.completeExceptionally(e);
        }
        try {
            datasetWanted.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            dataset.completeExceptionally(e);
            return;
        }
        try {
            dataset.complete(file == null ? loader.loadBundled() : loader.load(file.toAbsolutePath().normalize()));
            StartupClock.trace("dataset read");
        } catch (RuntimeException | Error e) {
            dataset.completeExceptionally(e);
        }
    }

    /** Lets the dataset be read now. */
    void readDataset() {
        datasetWanted.countDown();
    }

    /** When even the settings folder cannot be worked out: defaults, kept in a temporary folder. */
    static Prepared withoutSettings(Throwable error) {
        java.util.logging.Logger.getLogger("org.scoexplorer").log(java.util.logging.Level.WARNING,
                "the settings could not be read; using defaults in a temporary folder", error);
        SettingsStore store = new SettingsStore(tempFolder());
        return new Prepared(store, store.load(), null);
    }

    private static Path tempFolder() {
        try {
            return Files.createTempDirectory("sco-explorer-self-test");
        } catch (java.io.IOException e) {
            return Path.of(System.getProperty("java.io.tmpdir"), "sco-explorer-self-test");
        }
    }
}
