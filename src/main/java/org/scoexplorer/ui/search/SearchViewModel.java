package org.scoexplorer.ui.search;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scoexplorer.service.RecordRef;
import org.scoexplorer.service.SearchHit;
import org.scoexplorer.service.SearchService;

/**
 * State of the one search: the query, the hits (best first, updated as the user types) and which hit
 * is highlighted. Up/Down move the highlight; Enter opens it.
 */
public final class SearchViewModel {
    static final int LIMIT = 12;

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final IntegerProperty highlighted = new SimpleIntegerProperty(this, "highlighted", -1);
    private SearchService service;

    public SearchViewModel() {
        query.addListener((obs, old, q) -> refresh());
    }

    public void setService(SearchService service) {
        this.service = service;
        refresh();
    }

    private void refresh() {
        List<SearchHit> found = service == null ? List.of() : service.search(query.get(), LIMIT);
        hits.setAll(found);
        highlighted.set(found.isEmpty() ? -1 : 0);
    }

    public void highlightNext() {
        if (!hits.isEmpty()) {
            highlighted.set(Math.min(hits.size() - 1, highlighted.get() + 1));
        }
    }

    public void highlightPrevious() {
        if (!hits.isEmpty()) {
            highlighted.set(Math.max(0, highlighted.get() - 1));
        }
    }

    /** The highlighted hit, or the first one. */
    public Optional<RecordRef> chosen() {
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        int i = highlighted.get();
        return Optional.of(hits.get(i >= 0 && i < hits.size() ? i : 0).ref());
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    public IntegerProperty highlightedProperty() {
        return highlighted;
    }
}
