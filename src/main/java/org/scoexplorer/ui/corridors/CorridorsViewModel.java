package org.scoexplorer.ui.corridors;

import java.util.Objects;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.scoexplorer.model.Corridor;
import org.scoexplorer.model.Leg;
import org.scoexplorer.model.Mode;
import org.scoexplorer.service.DatasetIndex;
import org.scoexplorer.ui.common.FilteredRecords;

/** State of the Corridors view: corridors and legs, the selected corridor narrowing the legs to its own. */
public final class CorridorsViewModel {
    private final FilteredRecords<Corridor> corridors;
    private final FilteredRecords<Leg> legs;
    private final ObjectProperty<Corridor> selected = new SimpleObjectProperty<>(this, "selected");
    private DatasetIndex index;

    public CorridorsViewModel() {
        corridors = new FilteredRecords<>("corridors", c -> String.join(" ", c.id(), c.name(),
                String.join(" ", c.aliases()), c.status().label(), route(c), c.summary()));
        legs = new FilteredRecords<>("legs", l -> String.join(" ", l.corridor(), corridorName(l.corridor()),
                placeName(l.from()), placeName(l.to()), l.mode().code(), l.status().label()));
        selected.addListener((obs, old, c) -> legs.scopeProperty().set(c == null ? null : l -> l.corridor().equals(c.id())));
    }

    public void setData(DatasetIndex index) {
        this.index = index;
        selected.set(null);
        corridors.setAll(index.dataset().corridors());
        legs.setAll(index.dataset().legs());
    }

    public String corridorName(String id) {
        return index == null ? id : index.corridor(id).map(Corridor::name).orElse(id);
    }

    public String placeName(String id) {
        return index == null ? id : index.placeName(id);
    }

    public String modes(Corridor c) {
        return index == null ? "" : index.modesOf(c.id()).stream().map(Mode::code).collect(Collectors.joining(", "));
    }

    public String route(Corridor c) {
        return c.route().stream().map(this::placeName).collect(Collectors.joining(" → "));
    }

    public String parentName(Corridor c) {
        return c.parent() == null ? null : corridorName(c.parent());
    }

    public void showAll() {
        corridors.clearFilters();
        legs.textProperty().set("");
    }

    public FilteredRecords<Corridor> corridors() {
        return corridors;
    }

    public FilteredRecords<Leg> legs() {
        return legs;
    }

    public ObjectProperty<Corridor> selectedProperty() {
        return selected;
    }

    public DatasetIndex index() {
        return index;
    }

    static String lengthSource(Leg l) {
        return l.lengthEstimated() ? "great-circle estimate" : "source";
    }

    static boolean same(Corridor a, Corridor b) {
        return Objects.equals(a == null ? null : a.id(), b == null ? null : b.id());
    }
}
