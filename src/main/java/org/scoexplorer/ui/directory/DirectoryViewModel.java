package org.scoexplorer.ui.directory;

import org.scoexplorer.ui.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.scoexplorer.model.Organization;
import org.scoexplorer.model.Person;
import org.scoexplorer.model.Place;
import org.scoexplorer.model.Theme;
import org.scoexplorer.service.CrossReferences;
import org.scoexplorer.service.DatasetIndex;
import org.scoexplorer.service.RecordKind;
import org.scoexplorer.service.RecordRef;
import org.scoexplorer.ui.common.FilteredRecords;
import org.scoexplorer.ui.overview.OverviewModel;

/** State of the Directory view: people, organisations, places and themes in one filterable list. */
public final class DirectoryViewModel {
    public static final List<RecordKind> KINDS = List.of(RecordKind.PERSON, RecordKind.ORGANIZATION, RecordKind.PLACE,
            RecordKind.THEME);

    private final FilteredRecords<DirectoryEntry> records = new FilteredRecords<>("entries", DirectoryEntry::searchText);
    private final ObjectProperty<RecordKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<DirectoryEntry> selected = new SimpleObjectProperty<>(this, "selected");
    private DatasetIndex index;

    public DirectoryViewModel() {
        kind.addListener((obs, old, k) -> records.scopeProperty().set(k == null ? null : e -> e.ref().kind() == k));
    }

    public void setData(DatasetIndex index, CrossReferences references) {
        this.index = index;
        selected.set(null);
        showAll();
        List<DirectoryEntry> entries = new ArrayList<>();
        for (Person p : index.dataset().people()) {
            String where = p.country() != null ? index.countryName(p.country())
                    : p.organization() != null ? index.organization(p.organization()).map(o -> o.name()).orElse("") : "";
            entries.add(new DirectoryEntry(RecordRef.person(p.id()), p.name(), I18n.t("kind.person"),
                    p.role() + (where.isEmpty() ? "" : " · " + where),
                    String.join(" ", p.name(), String.join(" ", p.aliases()), p.role(), where, Objects.toString(p.summary(), ""))));
        }
        for (Organization o : index.dataset().organizations()) {
            String at = o.location() == null ? "" : index.placeName(o.location());
            String kindLabel = I18n.label(o.kind().label());
            entries.add(new DirectoryEntry(RecordRef.organization(o.id()), o.name(), I18n.t("kind.organization"),
                    kindLabel + (at.isEmpty() ? "" : " · " + at),
                    String.join(" ", o.name(), Objects.toString(o.acronym(), ""), String.join(" ", o.aliases()), kindLabel,
                            at, Objects.toString(o.summary(), ""))));
        }
        for (Place p : index.dataset().places()) {
            String kindLabel = p.kind().code().replace('_', ' ');
            entries.add(new DirectoryEntry(RecordRef.place(p.id()), p.name(), I18n.t("kind.place"),
                    capitalised(kindLabel) + " · " + index.countryName(p.country()),
                    String.join(" ", p.id(), p.name(), String.join(" ", p.aliases()), kindLabel, index.countryName(p.country()),
                            Objects.toString(p.summary(), ""))));
        }
        for (Theme t : index.dataset().themes()) {
            int docs = references.documentsWithTheme(t.id()).size();
            int statements = references.statementsWithTheme(t.id()).size();
            entries.add(new DirectoryEntry(RecordRef.theme(t.id()), t.name(), I18n.t("kind.theme"),
                    OverviewModel.count(docs, "document") + " · " + OverviewModel.count(statements, "statement"),
                    String.join(" ", t.name(), Objects.toString(t.description(), ""))));
        }
        records.setAll(entries);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public DirectoryEntry entryFor(RecordRef ref) {
        for (DirectoryEntry e : records.all()) {
            if (e.ref().equals(ref)) {
                return e;
            }
        }
        return null;
    }

    public void showAll() {
        records.clearFilters();
        kind.set(null);
    }

    public FilteredRecords<DirectoryEntry> records() {
        return records;
    }

    public ObjectProperty<RecordKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<DirectoryEntry> selectedProperty() {
        return selected;
    }

    public DatasetIndex index() {
        return index;
    }
}
