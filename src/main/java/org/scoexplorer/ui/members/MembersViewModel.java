package org.scoexplorer.ui.members;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.scoexplorer.model.Country;
import org.scoexplorer.model.Status;
import org.scoexplorer.service.CrossReferences;
import org.scoexplorer.service.DatasetIndex;
import org.scoexplorer.ui.common.FilteredRecords;

/**
 * State of the Members view: the countries shown (filtered by text, status and theme) and the one
 * selected. A theme keeps the countries that made a statement or are named in a document on it.
 */
public final class MembersViewModel {
    private final FilteredRecords<Country> records;
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>(this, "status");
    private final ObjectProperty<String> theme;
    private final ObjectProperty<Country> selected = new SimpleObjectProperty<>(this, "selected");
    private DatasetIndex index;
    private CrossReferences references;

    public MembersViewModel(ObjectProperty<String> sharedTheme) {
        this.theme = sharedTheme;
        records = new FilteredRecords<>("countries", this::searchText);
        status.addListener((obs, old, now) -> rescope());
        theme.addListener((obs, old, now) -> rescope());
    }

    public void setData(DatasetIndex index, CrossReferences references) {
        this.index = index;
        this.references = references;
        selected.set(null);
        records.clearFilters();
        status.set(null);
        records.setAll(index.dataset().countries());
        rescope();
    }

    private void rescope() {
        Status s = status.get();
        String t = theme.get();
        if (s == null && t == null) {
            records.scopeProperty().set(null);
            return;
        }
        Set<String> onTheme = t == null || references == null ? Set.of() : countriesOnTheme(t);
        records.scopeProperty().set(c -> (s == null || c.status() == s) && (t == null || onTheme.contains(c.id())));
    }

    private Set<String> countriesOnTheme(String themeId) {
        return Stream.concat(
                references.documentsWithTheme(themeId).stream().flatMap(d -> d.countries().stream()),
                references.statementsWithTheme(themeId).stream().map(st -> st.country()).filter(Objects::nonNull))
                .collect(Collectors.toSet());
    }

    private String searchText(Country c) {
        return String.join(" ", c.id(), c.iso3(), c.name(), Objects.toString(c.officialName(), ""),
                String.join(" ", c.aliases()), String.join(" ", c.names().values()), c.status().label(),
                c.capital().name(), Objects.toString(representativeName(c), ""));
    }

    public String representativeName(Country c) {
        if (c.representative() == null) {
            return null;
        }
        return index == null ? c.representative().person() : index.personName(c.representative().person());
    }

    /** Clears text, status and theme so that every country is listed. */
    public void showAll() {
        records.clearFilters();
        status.set(null);
        theme.set(null);
    }

    public FilteredRecords<Country> records() {
        return records;
    }

    public ObjectProperty<Status> statusProperty() {
        return status;
    }

    public ObjectProperty<String> themeProperty() {
        return theme;
    }

    public ObjectProperty<Country> selectedProperty() {
        return selected;
    }

    public DatasetIndex index() {
        return index;
    }

    public CrossReferences references() {
        return references;
    }
}
