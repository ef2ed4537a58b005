package org.scoexplorer.ui.corridors;

import java.text.NumberFormat;
import java.util.Locale;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import org.scoexplorer.model.Corridor;
import org.scoexplorer.model.Leg;
import org.scoexplorer.service.CrossReferences;
import org.scoexplorer.service.DatasetIndex;
import org.scoexplorer.service.RecordRef;
import org.scoexplorer.ui.common.Badges;
import org.scoexplorer.ui.common.DetailPane;
import org.scoexplorer.ui.common.Links;
import org.scoexplorer.ui.common.RecordTable;

/**
 * The Corridors tab: corridors and their legs as tables, and the selected corridor's route, countries,
 * people, notes and sources. (The node graph of the corridors replaces the tables' left side later.)
 */
public final class CorridorsTab {
    private static final NumberFormat KM = NumberFormat.getIntegerInstance(Locale.ENGLISH);

    private final CorridorsViewModel model;
    private final RecordTable<Corridor> corridors;
    private final RecordTable<Leg> legs;
    private final DetailPane detail;
    private final Tab tab;
    private CrossReferences references;

    public CorridorsTab(CorridorsViewModel model, Links links) {
        this.model = model;
        corridors = new RecordTable<>(model.corridors());
        corridors.text("Corridor", Corridor::name, 280);
        corridors.text("Part of", model::parentName, 150);
        corridors.custom("Status", c -> c.status().ordinal(), c -> Badges.of(c.status()), 130);
        corridors.text("Modes", model::modes, 100);
        corridors.number("Stops", c -> c.route().size(), 0, 55);
        corridors.text("Route", model::route, 420);

        legs = new RecordTable<>(model.legs());
        legs.text("Corridor", l -> model.corridorName(l.corridor()), 220);
        legs.text("From", l -> model.placeName(l.from()), 140);
        legs.text("To", l -> model.placeName(l.to()), 140);
        legs.text("Mode", l -> l.mode().code(), 70);
        legs.number("Length, km", Leg::lengthKm, 0, 85);
        legs.text("Length from", CorridorsViewModel::lengthSource, 140);
        legs.custom("Status", l -> l.status().ordinal(), l -> Badges.of(l.status()), 140);

        detail = new DetailPane(links, "corridor");
        corridors.table().getSelectionModel().selectedItemProperty().addListener((obs, old, c) -> model.selectedProperty().set(c));
        model.selectedProperty().addListener((obs, old, c) -> {
            if (c == null) {
                detail.showPlaceholder("Select a corridor to see its route, the countries it crosses, who raised "
                        + "it at the summit, and its sources.");
            } else {
                if (corridors.table().getSelectionModel().getSelectedItem() != c) {
                    corridors.select(c);
                }
                show(c);
            }
        });

        SplitPane tables = new SplitPane(corridors, legs);
        tables.setOrientation(Orientation.VERTICAL);
        tables.setDividerPositions(0.5);
        SplitPane split = new SplitPane(tables, detail);
        split.setDividerPositions(0.62);
        tab = new Tab("Corridors", split);
        tab.setClosable(false);
        tab.setId("corridors-tab");
    }

    public void setData(DatasetIndex index, CrossReferences references) {
        this.references = references;
        detail.setIndex(index);
    }

    public void reveal(String corridorId) {
        DatasetIndex index = model.index();
        if (index == null) {
            return;
        }
        index.corridor(corridorId).ifPresent(c -> {
            if (!model.corridors().shown().contains(c)) {
                model.showAll();
            }
            model.selectedProperty().set(c);
            corridors.select(c);
        });
    }

    private void show(Corridor c) {
        DatasetIndex index = model.index();
        detail.title(c.name(), Badges.of(c.status()));
        if (!c.aliases().isEmpty()) {
            detail.subtitle("Also called " + String.join(", ", c.aliases()));
        }
        if (c.parent() != null) {
            detail.field("Part of", detail.link(RecordRef.corridor(c.parent())));
        }
        if (references != null) {
            detail.links("Branches and parts", references.branchesOf(c.id()).stream().map(b -> RecordRef.corridor(b.id())).toList());
        }
        detail.field("Modes", model.modes(c));
        if (c.lengthKm() != null) {
            detail.field("Length", KM.format(c.lengthKm()) + " km (as reported; see the notes)");
        }
        double legKm = index.legsOf(c.id()).stream().mapToDouble(Leg::lengthKm).sum();
        detail.field("Sum of its legs", KM.format(legKm) + " km over " + index.legsOf(c.id()).size() + " legs");
        detail.section("Summary");
        detail.paragraph(c.summary());
        detail.section("Route");
        detail.links("Places in order", c.route().stream().map(RecordRef::place).toList());
        detail.links("Countries", c.countries().stream().map(RecordRef::country).toList());
        detail.links("Raised by", c.people().stream().map(RecordRef::person).toList());
        detail.links("Themes", c.themes().stream().map(RecordRef::theme).toList());
        if (references != null) {
            detail.list("Documents", references.documentsOfCorridor(c.id()), d -> RecordRef.document(d.id()),
                    d -> d.type().label());
            detail.statements("Statements about it", references.statementsOfCorridor(c.id()));
        }
        detail.notes(c.notes());
        detail.sources(c.sources());
    }

    public Tab tab() {
        return tab;
    }

    public RecordTable<Corridor> corridors() {
        return corridors;
    }

    public RecordTable<Leg> legs() {
        return legs;
    }
}
