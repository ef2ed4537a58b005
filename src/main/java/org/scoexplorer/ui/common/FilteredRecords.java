package org.scoexplorer.ui.common;

import org.scoexplorer.ui.I18n;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.scoexplorer.service.Text;

/**
 * The state of a filtered list of records: all of them, the ones shown, the filter text, an extra
 * scope (status, theme, ...) and the "shown of total" count. javafx.base only, so view models built on
 * it are tested without a toolkit. Text matching folds case and accents ("turkiye" finds Türkiye).
 */
public final class FilteredRecords<T> {
    private final ObservableList<T> all = FXCollections.observableArrayList();
    private final FilteredList<T> shown = new FilteredList<>(all);
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<Predicate<T>> scope = new SimpleObjectProperty<>(this, "scope");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private final Function<T, String> searchText;
    private final String noun;
    private Map<T, String> folded = new IdentityHashMap<>();

    public FilteredRecords(String noun, Function<T, String> searchText) {
        this.noun = noun;
        this.searchText = searchText;
        text.addListener((obs, old, now) -> refilter());
        scope.addListener((obs, old, now) -> refilter());
        shown.addListener((ListChangeListener<T>) c -> updateCount());
        updateCount();
    }

    public void setAll(List<T> records) {
        Map<T, String> index = new IdentityHashMap<>(records.size() * 2);
        for (T r : records) {
            index.put(r, Text.fold(searchText.apply(r)));
        }
        folded = index;
        all.setAll(records);
        refilter();
    }

    private void refilter() {
        String q = Text.fold(text.get());
        Predicate<T> within = scope.get();
        if (q.isEmpty() && within == null) {
            shown.setPredicate(null);
        } else {
            String[] words = q.isEmpty() ? new String[0] : q.split("\\s+");
            shown.setPredicate(r -> (within == null || within.test(r)) && matches(r, words));
        }
        updateCount();
    }

    private boolean matches(T r, String[] words) {
        String haystack = folded.get(r);
        if (haystack == null) {
            haystack = Text.fold(searchText.apply(r));
        }
        for (String w : words) {
            if (!haystack.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private void updateCount() {
        int n = shown.size();
        int total = all.size();
        count.set(n == total ? I18n.t("count.all." + noun, total) : I18n.t("count.some." + noun, n, total));
    }

    /** Clears the text and the scope, so every record shows (used before navigating to a hidden one). */
    public void clearFilters() {
        text.set("");
        scope.set(null);
    }

    public ObservableList<T> all() {
        return all;
    }

    public FilteredList<T> shown() {
        return shown;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<Predicate<T>> scopeProperty() {
        return scope;
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public String noun() {
        return noun;
    }
}
