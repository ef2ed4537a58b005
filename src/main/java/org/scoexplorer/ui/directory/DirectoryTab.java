package org.scoexplorer.ui.directory;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import org.scoexplorer.model.Organization;
import org.scoexplorer.model.Person;
import org.scoexplorer.model.Place;
import org.scoexplorer.model.Theme;
import org.scoexplorer.service.CrossReferences;
import org.scoexplorer.service.DatasetIndex;
import org.scoexplorer.service.RecordKind;
import org.scoexplorer.service.RecordRef;
import org.scoexplorer.ui.common.Badges;
import org.scoexplorer.ui.common.Choice;
import org.scoexplorer.ui.common.DetailPane;
import org.scoexplorer.ui.common.Links;
import org.scoexplorer.ui.common.RecordTable;

/** The Directory tab: every person, organisation, place and theme, and what links to each. */
public final class DirectoryTab {
    private final DirectoryViewModel model;
    private final RecordTable<DirectoryEntry> table;
    private final DetailPane detail;
    private final Consumer<String> filterByTheme;
    private final Tab tab;
    private CrossReferences references;

    public DirectoryTab(DirectoryViewModel model, Links links, Consumer<String> filterByTheme) {
        this.model = model;
        this.filterByTheme = filterByTheme;
        table = new RecordTable<>(model.records());
        table.text("Name", DirectoryEntry::name, 230);
        table.text("Kind", DirectoryEntry::kind, 100);
        table.text("About", DirectoryEntry::detail, 330);
        ComboBox<Choice.Option<RecordKind>> kinds = Choice.bound("All kinds", DirectoryViewModel.KINDS,
                k -> k.label(), model.kindProperty(), "kind-filter");
        table.addToBar(kinds);

        detail = new DetailPane(links, "entry");
        table.table().getSelectionModel().selectedItemProperty().addListener((obs, old, e) -> model.selectedProperty().set(e));
        model.selectedProperty().addListener((obs, old, e) -> {
            if (e == null) {
                detail.showPlaceholder("Select a person, organisation, place or theme.");
            } else {
                if (table.table().getSelectionModel().getSelectedItem() != e) {
                    table.select(e);
                }
                show(e.ref());
            }
        });
        SplitPane split = new SplitPane(table, detail);
        split.setDividerPositions(0.55);
        tab = new Tab("Directory", split);
        tab.setClosable(false);
        tab.setId("directory-tab");
    }

    public void setData(DatasetIndex index, CrossReferences references) {
        this.references = references;
        detail.setIndex(index);
    }

    public void reveal(RecordRef ref) {
        DirectoryEntry e = model.entryFor(ref);
        if (e == null) {
            return;
        }
        if (!model.records().shown().contains(e)) {
            model.showAll();
        }
        model.selectedProperty().set(e);
        table.select(e);
    }

    private void show(RecordRef ref) {
        DatasetIndex index = model.index();
        switch (ref.kind()) {
            case PERSON -> index.person(ref.id()).ifPresent(this::person);
            case ORGANIZATION -> index.organization(ref.id()).ifPresent(this::organization);
            case PLACE -> index.place(ref.id()).ifPresent(this::place);
            case THEME -> index.theme(ref.id()).ifPresent(this::theme);
            default -> detail.showPlaceholder("Nothing to show.");
        }
    }

    private void person(Person p) {
        detail.title(p.name(), Badges.plain("Person"));
        if (!p.aliases().isEmpty()) {
            detail.subtitle("Also written " + String.join(", ", p.aliases()));
        }
        detail.field("Role (July 2024)", p.role());
        if (p.country() != null) {
            detail.field("Country", detail.link(RecordRef.country(p.country())));
        }
        if (p.organization() != null) {
            detail.field("Organisation", detail.link(RecordRef.organization(p.organization())));
        }
        references.countryRepresentedBy(p.id()).ifPresent(c ->
                detail.field("Represented", detail.link(RecordRef.country(c.id()))));
        detail.paragraph(p.summary());
        detail.statements("What they proposed or said", references.statementsOfPerson(p.id()));
        detail.list("Documents", references.documentsOfPerson(p.id()), d -> RecordRef.document(d.id()),
                d -> d.type().label());
        detail.list("Corridors they raised", references.corridorsOfPerson(p.id()), c -> RecordRef.corridor(c.id()),
                c -> c.status().label());
        detail.notes(p.notes());
        detail.sources(p.sources());
    }

    private void organization(Organization o) {
        detail.title(o.name(), Badges.plain(switch (o.kind()) {
            case INTERNATIONAL_ORGANIZATION -> "International organisation";
            case SCO_BODY -> "SCO body";
            case INITIATIVE -> "Initiative";
        }));
        if (o.acronym() != null) {
            detail.subtitle(o.acronym());
        }
        if (o.location() != null) {
            detail.field("Seat or venue", detail.link(RecordRef.place(o.location())));
            model.index().place(o.location()).ifPresent(pl ->
                    detail.field("Country", detail.link(RecordRef.country(pl.country()))));
        }
        if (o.presentAtSummit() != null) {
            detail.field("At the summit", o.presentAtSummit() ? "Present" : "Not present");
        }
        if (o.representative() != null) {
            detail.field("Represented by", detail.link(RecordRef.person(o.representative())));
        }
        detail.links("Themes", o.themes().stream().map(RecordRef::theme).toList());
        detail.paragraph(o.summary());
        detail.links("People", references.peopleOfOrganization(o.id()).stream().map(x -> RecordRef.person(x.id())).toList());
        detail.list("Documents", references.documentsOfInitiative(o.id()), d -> RecordRef.document(d.id()),
                d -> d.type().label());
        detail.statements("Statements", references.statementsOfInitiative(o.id()));
        detail.notes(o.notes());
        detail.sources(o.sources());
    }

    private void place(Place p) {
        detail.title(p.name(), Badges.plain(p.kind().code().replace('_', ' ')));
        if (!p.aliases().isEmpty()) {
            detail.subtitle("Also " + String.join(", ", p.aliases()));
        }
        detail.field("Country", detail.link(RecordRef.country(p.country())));
        if (p.otherCountry() != null) {
            detail.field("Across the border", detail.link(RecordRef.country(p.otherCountry())));
        }
        detail.field("Coordinates", String.format(Locale.ROOT, "%.4f, %.4f%s", p.lat(), p.lon(),
                p.approximate() ? " (approximate)" : ""));
        detail.paragraph(p.summary());
        detail.list("Corridors through it", references.corridorsThroughPlace(p.id()), c -> RecordRef.corridor(c.id()),
                c -> c.status().label());
        detail.list("Legs", references.legsAtPlace(p.id()), l -> RecordRef.place(l.from().equals(p.id()) ? l.to() : l.from()),
                l -> l.mode().code() + ", " + Math.round(l.lengthKm()) + " km" + (l.lengthEstimated() ? " (estimate)" : "")
                        + ", " + l.status().label().toLowerCase(Locale.ROOT) + " · " + model.index().corridor(l.corridor())
                        .map(c -> c.name()).orElse(l.corridor()));
        detail.list("Organisations here", references.organizationsAtPlace(p.id()), o -> RecordRef.organization(o.id()),
                o -> o.acronym());
        detail.notes(p.notes());
        detail.sources(p.sources());
    }

    private void theme(Theme t) {
        detail.title(t.name(), Badges.plain("Theme"));
        detail.paragraph(t.description());
        Button filter = new Button("Show only this theme in Members and Documents");
        filter.setId("theme-filter-button");
        filter.setOnAction(e -> filterByTheme.accept(t.id()));
        detail.field("Filter", filter);
        detail.list("Documents", references.documentsWithTheme(t.id()), d -> RecordRef.document(d.id()),
                d -> d.type().label() + " · " + d.area());
        detail.statements("Statements", references.statementsWithTheme(t.id()));
        detail.list("Organisations and initiatives", references.organizationsWithTheme(t.id()),
                o -> RecordRef.organization(o.id()), o -> o.acronym());
        detail.list("Corridors", references.corridorsWithTheme(t.id()), c -> RecordRef.corridor(c.id()),
                c -> c.status().label());
        detail.sources(t.sources());
    }

    public Tab tab() {
        return tab;
    }

    public RecordTable<DirectoryEntry> table() {
        return table;
    }
}
