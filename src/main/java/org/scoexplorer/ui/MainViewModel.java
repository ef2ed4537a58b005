package org.scoexplorer.ui;

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
import org.scoexplorer.data.LoadResult;
import org.scoexplorer.data.Problem;
import org.scoexplorer.model.Dataset;
import org.scoexplorer.service.DatasetIndex;

/**
 * The window's state: the dataset on show, whether a load is running, the problems of the last load
 * and the status line. Loads run on the background executor and land on the UI executor; a failed load
 * keeps the dataset already shown. Uses javafx.base only, so it is tested without a toolkit.
 */
public final class MainViewModel {
    private final Executor background;
    private final Executor ui;
    private final ReadOnlyObjectWrapper<ExplorerData> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper datasetName = new ReadOnlyStringWrapper(this, "datasetName", "");
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObservableList<Problem> problemsView = FXCollections.unmodifiableObservableList(problems);

    public MainViewModel(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    private record Loaded(LoadResult result, ExplorerData data) {}

    /** Starts a load; the returned future completes after the state was updated on the UI executor. */
    public CompletableFuture<Void> load(String name, Supplier<LoadResult> reader) {
        loading.set(true);
        status.set("Loading " + name + " …");
        return CompletableFuture
                .supplyAsync(() -> {
                    LoadResult r = reader.get();
                    // the index, cross-references, statistics and search index are built here too,
                    // so the UI thread only swaps references
                    return new Loaded(r, r.ok() ? ExplorerData.of(new DatasetIndex(r.dataset())) : null);
                }, background)
                .handleAsync((loaded, failure) -> {
                    apply(name, loaded, failure);
                    return null;
                }, ui);
    }

    private void apply(String name, Loaded loaded, Throwable failure) {
        loading.set(false);
        if (failure != null) {
            Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
            problems.setAll(new Problem(Problem.Severity.ERROR, name, 1, 1, "",
                    "unexpected failure while loading: " + cause));
            status.set(keptMessage(name + " could not be loaded"));
            return;
        }
        LoadResult r = loaded.result();
        problems.setAll(r.problems());
        if (!r.ok()) {
            status.set(keptMessage(name + ": " + plural(r.errors().size(), "problem") + " found"));
            return;
        }
        data.set(loaded.data());
        datasetName.set(name);
        status.set(summary(name, r));
    }

    private String keptMessage(String what) {
        return data.get() == null ? what : what + "; still showing " + datasetName.get();
    }

    static String summary(String name, LoadResult r) {
        Dataset d = r.dataset();
        String warnings = r.warnings().isEmpty() ? "" : " · " + plural(r.warnings().size(), "warning");
        return name + " · " + plural(d.countries().size(), "country", "countries") + " · "
                + plural(d.documents().size(), "document") + " · " + plural(d.corridors().size(), "corridor")
                + " · " + plural(d.legs().size(), "leg") + warnings + " · loaded in " + r.millis() + " ms";
    }

    private static String plural(int n, String one) {
        return plural(n, one, one + "s");
    }

    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
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

    public ObservableList<Problem> getProblems() {
        return problemsView;
    }
}
