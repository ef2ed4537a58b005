package org.scoexplorer.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scoexplorer.data.DatasetLoader;
import org.scoexplorer.data.FileWatcher;
import org.scoexplorer.data.LoadResult;
import org.scoexplorer.data.Problem;
import org.scoexplorer.model.Dataset;
import org.scoexplorer.service.DatasetIndex;

/**
 * The window's state: the dataset on show and the file it came from, whether a load is running, the
 * problems of the last load, the status line and short notices. Loads run on the background executor
 * and land on the UI executor; a failed load or reload keeps the dataset already shown. An opened
 * file is watched and reloaded when it changes on disk. Uses javafx.base only (no toolkit needed).
 */
public final class MainViewModel {
    static final Duration RELOAD_QUIET = Duration.ofMillis(400);

    private final Executor background;
    private final Executor ui;
    private final DatasetLoader loader;
    private final ReadOnlyObjectWrapper<ExplorerData> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper datasetName = new ReadOnlyStringWrapper(this, "datasetName", "");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<LoadResult> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObservableList<Problem> problemsView = FXCollections.unmodifiableObservableList(problems);
    private FileWatcher watcher;
    private boolean watchFiles = true;
    private boolean pendingReload;
    private boolean closed;

    /** A short message for a pop-up notification: what happened and whether it went wrong. */
    public record Notice(String title, String text, boolean problem) {}

    public MainViewModel(Executor background, Executor ui, DatasetLoader loader) {
        this.background = background;
        this.ui = ui;
        this.loader = loader;
    }

    public MainViewModel(Executor background, Executor ui) {
        this(background, ui, new DatasetLoader());
    }

    private record Loaded(LoadResult result, ExplorerData data) {}

    /** Opens the dataset that ships with the app. */
    public CompletableFuture<Void> openBundled() {
        return load(DatasetLoader.BUNDLED_NAME, null, loader::loadBundled, false);
    }

    /** Opens a dataset file; on success it replaces what is shown and is watched for changes. */
    public CompletableFuture<Void> openFile(Path path) {
        Path p = normalized(path);
        return load(nameOf(p), p, () -> loader.load(p), false);
    }

    /**
     * Opens a dataset read elsewhere (the start-up preload): {@code path} is the file it came from, or
     * null for the bundled one; {@code reader} may block until the read is done (it runs in the background).
     */
    public CompletableFuture<Void> open(Path path, Supplier<LoadResult> reader) {
        Path p = normalized(path);
        return load(nameOf(p), p, reader, false);
    }

    /**
     * Shows a dataset already read (the start-up preload) at once, on the calling thread: used while
     * the window is being built, before anything is on screen. {@code path} as for {@link #open}; the
     * file is watched only from {@link #startWatching}.
     */
    public void showLoaded(Path path, LoadResult result) {
        Path p = normalized(path);
        // not watched yet: a reload must not reach a model whose window is still being built
        apply(nameOf(p), p, indexed(result), null, false, false);
    }

    /** Starts watching the file on show for changes (after {@link #showLoaded}, once the window is up). */
    public void startWatching() {
        watch(file.get());
    }

    /** Reads the current dataset again (the file, or the bundled one). */
    public CompletableFuture<Void> reload() {
        Path p = file.get();
        if (p == null) {
            return load(DatasetLoader.BUNDLED_NAME, null, loader::loadBundled, true);
        }
        return load(p.getFileName().toString(), p, () -> loader.load(p), true);
    }

    /** Starts a load with any reader (tests use this); the file, if given, is what a success opens. */
    public CompletableFuture<Void> load(String name, Supplier<LoadResult> reader) {
        return load(name, null, reader, false);
    }

    private CompletableFuture<Void> load(String name, Path path, Supplier<LoadResult> reader, boolean reloading) {
        loading.set(true);
        status.set(reloading ? I18n.t("status.reloading", name) : I18n.t("status.loading", name));
        return CompletableFuture
                .supplyAsync(() -> indexed(reader.get()), background)
                .handleAsync((loaded, error) -> {
                    apply(name, path, loaded, error, reloading, true);
                    return null;
                }, ui);
    }

    private static Path normalized(Path path) {
        return path == null ? null : path.toAbsolutePath().normalize();
    }

    /** What problems and the status line call a dataset: its file name, or the bundled one's. */
    private static String nameOf(Path normalized) {
        return normalized == null ? DatasetLoader.BUNDLED_NAME : normalized.getFileName().toString();
    }

    /**
     * A load's result with the index, cross-references, statistics and search index built, off the UI
     * thread, so applying it only swaps references.
     */
    private static Loaded indexed(LoadResult r) {
        return new Loaded(r, r.ok() ? ExplorerData.of(new DatasetIndex(r.dataset())) : null);
    }

    private void apply(String name, Path path, Loaded loaded, Throwable error, boolean reloading, boolean watchNow) {
        loading.set(false);
        if (closed) {
            return;
        }
        if (error != null) {
            Throwable cause = error.getCause() != null ? error.getCause() : error;
            LoadResult r = new LoadResult(name, null, java.util.List.of(new Problem(Problem.Severity.ERROR,
                    Problem.Kind.INTERNAL, name, 1, 1, "", "unexpected failure while loading: " + cause)), 0);
            fail(name, r, reloading);
            return;
        }
        LoadResult r = loaded.result();
        problems.setAll(r.problems());
        if (!r.ok()) {
            fail(name, r, reloading);
            runPendingReload();
            return;
        }
        failure.set(null);
        data.set(loaded.data());
        datasetName.set(name);
        if (watchNow && (reloading || !java.util.Objects.equals(path, file.get()))) {
            watch(path);
        }
        file.set(path);
        status.set(summary(name, r));
        runPendingReload();
        if (reloading) {
            notice.set(null); // the same notice twice must still be shown twice
            notice.set(new Notice(I18n.t("notice.reloaded"), I18n.t("notice.reloaded.text", name, counts(r.dataset())), false));
        }
    }

    private void fail(String name, LoadResult r, boolean reloading) {
        problems.setAll(r.problems());
        failure.set(null); // a second failure equal to the first is still an event
        failure.set(r);
        status.set(keptMessage(I18n.t("status.problems", name, r.errors().size())));
        if (reloading) {
            notice.set(null);
            notice.set(new Notice(I18n.t("notice.reloadFailed"), I18n.t("notice.reloadFailed.text", name, r.errors().size()), true));
        }
    }

    private void watch(Path path) {
        if (watcher != null && (path == null || !watcher.file().equals(path))) {
            watcher.close();
            watcher = null;
        }
        if (path == null || !watchFiles || watcher != null) {
            return;
        }
        try {
            watcher = new FileWatcher(path, RELOAD_QUIET, () -> ui.execute(this::reloadIfIdle));
        } catch (IOException | RuntimeException e) {
            status.set(status.get() + " · " + I18n.t("status.notWatched", e.getMessage()));
        }
    }

    private void reloadIfIdle() {
        if (closed || file.get() == null) {
            return;
        }
        if (loading.get()) {
            pendingReload = true; // the file changed while it was being read: read it again after
        } else {
            reload();
        }
    }

    private void runPendingReload() {
        if (pendingReload && !closed) {
            pendingReload = false;
            reload();
        }
    }

    /** Whether opened files are watched for changes (on by default; tests may turn it off). */
    public void setWatchFiles(boolean on) {
        watchFiles = on;
        if (!on && watcher != null) {
            watcher.close();
            watcher = null;
        }
    }

    /** Stops watching and ignores loads still running; on exit or when the window is rebuilt. */
    public void close() {
        closed = true;
        setWatchFiles(false);
    }

    private String keptMessage(String what) {
        return data.get() == null ? what : what + "; " + I18n.t("status.stillShowing", datasetName.get());
    }

    static String summary(String name, LoadResult r) {
        String warnings = r.warnings().isEmpty() ? "" : " · " + I18n.t("status.warnings", r.warnings().size());
        return name + " · " + counts(r.dataset()) + warnings + " · " + I18n.t("status.loadedIn", r.millis());
    }

    private static String counts(Dataset d) {
        return I18n.t("status.counts", d.countries().size(), d.documents().size(), d.corridors().size(), d.legs().size());
    }

    /** Raises a pop-up notice (settings problems, reloads). */
    public void announce(String title, String text, boolean problem) {
        notice.set(null);
        notice.set(new Notice(title, text, problem));
    }

    /** Shows a short message in the status line (an export saved, a graph drawn). */
    public void showMessage(String message) {
        status.set(message);
    }

    /** Where views run their own heavy work (graph building, layouts): off the FX thread. */
    public Executor background() {
        return background;
    }

    public ReadOnlyObjectProperty<ExplorerData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ExplorerData getData() {
        return data.get();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty datasetNameProperty() {
        return datasetName.getReadOnlyProperty();
    }

    /** The file on show, or null for the bundled dataset. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The last load that failed, until one succeeds. */
    public ReadOnlyObjectProperty<LoadResult> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ObservableList<Problem> getProblems() {
        return problemsView;
    }
}
