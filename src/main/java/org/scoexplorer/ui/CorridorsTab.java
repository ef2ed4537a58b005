package org.scoexplorer.ui;

import java.util.stream.Collectors;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import org.scoexplorer.model.Corridor;
import org.scoexplorer.model.Leg;
import org.scoexplorer.model.Mode;
import org.scoexplorer.service.DatasetIndex;

/**
 * The Corridors tab: the corridors and, below, their legs. Selecting a corridor narrows the legs to it.
 */
final class CorridorsTab {
    private final RecordTable<Corridor> corridors;
    private final RecordTable<Leg> legs;
    private final Tab tab;
    private DatasetIndex index;

    CorridorsTab() {
        corridors = new RecordTable<>("corridors", c -> String.join(" ", c.id(), c.name(), String.join(" ", c.aliases()),
                c.status().label(), route(c)));
        corridors.text("Corridor", Corridor::name, 320);
        corridors.text("Part of", c -> c.parent() == null ? null : name(c.parent()), 170);
        corridors.text("Status", c -> c.status().label(), 120);
        corridors.text("Modes", this::modes, 110);
        corridors.number("Stops", c -> c.route().size(), 0, 55);
        corridors.text("Route", this::route, 520);

        legs = new RecordTable<>("legs", l -> String.join(" ", l.corridor(), name(l.corridor()), l.from(), l.to(),
                place(l.from()), place(l.to()), l.mode().code(), l.status().label()));
        legs.text("Corridor", l -> name(l.corridor()), 250);
        legs.text("From", l -> place(l.from()), 150);
        legs.text("To", l -> place(l.to()), 150);
        legs.text("Mode", l -> l.mode().code(), 80);
        legs.number("Length, km", Leg::lengthKm, 0, 90);
        legs.text("Length from", l -> l.lengthEstimated() ? "great-circle estimate" : "source", 150);
        legs.text("Status", l -> l.status().label(), 140);

        // selecting a corridor shows only its legs; clearing the selection shows all again
        corridors.table().getSelectionModel().selectedItemProperty().addListener((obs, old, c) ->
                legs.setScope(c == null ? null : l -> l.corridor().equals(c.id())));
        SplitPane split = new SplitPane(corridors, legs);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        tab = new Tab("Corridors", split);
        tab.setClosable(false);
        tab.setId("corridors-tab");
    }

    private String name(String corridorId) {
        return index == null ? corridorId : index.corridor(corridorId).map(Corridor::name).orElse(corridorId);
    }

    private String place(String id) {
        return index == null ? id : index.placeName(id);
    }

    private String modes(Corridor c) {
        return index == null ? "" : index.modesOf(c.id()).stream().map(Mode::code).collect(Collectors.joining(", "));
    }

    private String route(Corridor c) {
        return c.route().stream().map(this::place).collect(Collectors.joining(" → "));
    }

    void show(DatasetIndex index) {
        this.index = index;
        corridors.setRecords(index.dataset().corridors());
        legs.setRecords(index.dataset().legs());
    }

    Tab tab() {
        return tab;
    }

    RecordTable<Corridor> corridors() {
        return corridors;
    }

    RecordTable<Leg> legs() {
        return legs;
    }
}
