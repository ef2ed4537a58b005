package org.scoexplorer.ui.documents;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.scoexplorer.model.Document;
import org.scoexplorer.model.DocumentType;
import org.scoexplorer.service.DatasetIndex;
import org.scoexplorer.ui.common.FilteredRecords;

/** State of the Documents view: filters by type, subject area, theme and text, and the selection. */
public final class DocumentsViewModel {
    private final FilteredRecords<Document> records;
    private final ObjectProperty<DocumentType> type = new SimpleObjectProperty<>(this, "type");
    private final ObjectProperty<String> area = new SimpleObjectProperty<>(this, "area");
    private final ObjectProperty<String> theme;
    private final ObjectProperty<Document> selected = new SimpleObjectProperty<>(this, "selected");
    private DatasetIndex index;

    public DocumentsViewModel(ObjectProperty<String> sharedTheme) {
        this.theme = sharedTheme;
        records = new FilteredRecords<>("documents", this::searchText);
        type.addListener((obs, old, now) -> rescope());
        area.addListener((obs, old, now) -> rescope());
        theme.addListener((obs, old, now) -> rescope());
    }

    public void setData(DatasetIndex index) {
        this.index = index;
        selected.set(null);
        records.clearFilters();
        type.set(null);
        area.set(null);
        records.setAll(index.dataset().documents());
        rescope();
    }

    private void rescope() {
        DocumentType t = type.get();
        String a = area.get();
        String th = theme.get();
        if (t == null && a == null && th == null) {
            records.scopeProperty().set(null);
            return;
        }
        records.scopeProperty().set(d -> (t == null || d.type() == t) && (a == null || a.equals(d.area()))
                && (th == null || d.themes().contains(th)));
    }

    /** The subject areas present in the data, sorted, for the area filter. */
    public List<String> areas() {
        return index == null ? List.of()
                : index.dataset().documents().stream().map(Document::area).filter(Objects::nonNull).distinct().sorted().toList();
    }

    public static String signing(Document d) {
        return d.signed() ? "Signed" : "Adopted without signing";
    }

    private String searchText(Document d) {
        return String.join(" ", d.id(), d.title(), Objects.toString(d.reportedTitle(), ""), d.type().label(),
                Objects.toString(d.form(), ""), signing(d), Objects.toString(d.area(), ""), d.summary(), themeNames(d));
    }

    public String themeNames(Document d) {
        return String.join(", ", d.themes().stream()
                .map(t -> index == null ? t : index.theme(t).map(th -> th.name()).orElse(t)).toList());
    }

    public void showAll() {
        records.clearFilters();
        type.set(null);
        area.set(null);
        theme.set(null);
    }

    public FilteredRecords<Document> records() {
        return records;
    }

    public ObjectProperty<DocumentType> typeProperty() {
        return type;
    }

    public ObjectProperty<String> areaProperty() {
        return area;
    }

    public ObjectProperty<String> themeProperty() {
        return theme;
    }

    public ObjectProperty<Document> selectedProperty() {
        return selected;
    }

    public DatasetIndex index() {
        return index;
    }
}
