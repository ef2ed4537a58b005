package org.scoexplorer.ui.common;

import org.scoexplorer.ui.I18n;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import org.scoexplorer.model.Corridor;
import org.scoexplorer.model.Leg;
import org.scoexplorer.model.Organization;
import org.scoexplorer.model.Person;
import org.scoexplorer.model.Place;
import org.scoexplorer.model.Theme;
import org.scoexplorer.service.CrossReferences;
import org.scoexplorer.service.DatasetIndex;
import org.scoexplorer.service.RecordRef;

/**
 * Fills a {@link DetailPane} with everything about a person, organisation, place, theme, corridor
 * or leg: its fields, what links to it, its notes and sources. Shared by the Directory and the
 * Corridors views so a record looks the same wherever it is opened.
 */
public final class RecordDetails {
    private static final NumberFormat KM = NumberFormat.getIntegerInstance(Locale.ENGLISH);

    private final DetailPane detail;
    private final Consumer<String> filterByTheme;
    private CrossReferences references;

    public RecordDetails(DetailPane detail, Consumer<String> filterByTheme) {
        this.detail = detail;
        this.filterByTheme = filterByTheme;
    }

    public void setData(DatasetIndex index, CrossReferences references) {
        this.references = references;
        detail.setIndex(index);
    }

    private DatasetIndex index() {
        return detail.index();
    }

    /** Shows any record this class knows; false for kinds it does not. */
    public boolean show(RecordRef ref) {
        DatasetIndex index = index();
        if (index == null) {
            return false;
        }
        switch (ref.kind()) {
            case PERSON -> index.person(ref.id()).ifPresent(this::person);
            case ORGANIZATION -> index.organization(ref.id()).ifPresent(this::organization);
            case PLACE -> index.place(ref.id()).ifPresent(this::place);
            case THEME -> index.theme(ref.id()).ifPresent(this::theme);
            case CORRIDOR -> index.corridor(ref.id()).ifPresent(this::corridor);
            default -> {
                return false;
            }
        }
        return true;
    }

    public void person(Person p) {
        detail.about(RecordRef.person(p.id())).title(p.name(), Badges.plain("Person"));
        if (!p.aliases().isEmpty()) {
            detail.subtitle(I18n.label("Also written") + " " + String.join(", ", p.aliases()));
        }
        detail.field("Role (July 2024)", p.role());
        if (p.country() != null) {
            detail.field("Country", detail.link(RecordRef.country(p.country())));
        }
        if (p.organization() != null) {
            detail.field("Organisation", detail.link(RecordRef.organization(p.organization())));
        }
        references.countryRepresentedBy(p.id()).ifPresent(c -> {
            if (!c.id().equals(p.country())) {
                detail.field("Represented", detail.link(RecordRef.country(c.id())));
            } else {
                detail.field("At Astana", I18n.t("person.represented", I18n.countryName(c)));
            }
        });
        detail.paragraph(p.summary());
        detail.statements("What they proposed or said", references.statementsOfPerson(p.id()));
        detail.list("Documents", references.documentsOfPerson(p.id()), d -> RecordRef.document(d.id()),
                d -> d.type().label());
        detail.list("Corridors they raised", references.corridorsOfPerson(p.id()), c -> RecordRef.corridor(c.id()),
                c -> c.status().label());
        detail.notes(p.notes());
        detail.sources(p.sources());
    }

    public void organization(Organization o) {
        detail.about(RecordRef.organization(o.id())).title(o.name(), Badges.plain(o.kind().label()));
        if (o.acronym() != null) {
            detail.subtitle(o.acronym());
        }
        if (o.location() != null) {
            detail.field("Seat or venue", detail.link(RecordRef.place(o.location())));
            index().place(o.location()).ifPresent(pl ->
                    detail.field("Country", detail.link(RecordRef.country(pl.country()))));
        }
        if (o.presentAtSummit() != null) {
            detail.field("At the summit", I18n.label(o.presentAtSummit() ? "Present" : "Not present"));
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

    public void place(Place p) {
        detail.about(RecordRef.place(p.id())).title(p.name(), Badges.plain(p.kind().code().replace('_', ' ')));
        if (!p.aliases().isEmpty()) {
            detail.subtitle(I18n.label("Also") + " " + String.join(", ", p.aliases()));
        }
        detail.field("Country", detail.link(RecordRef.country(p.country())));
        if (p.otherCountry() != null) {
            detail.field("Across the border", detail.link(RecordRef.country(p.otherCountry())));
        }
        detail.field("Coordinates", String.format(Locale.ROOT, "%.4f, %.4f%s", p.lat(), p.lon(),
                p.approximate() ? " (" + I18n.label("approximate") + ")" : ""));
        detail.paragraph(p.summary());
        detail.list("Corridors through it", references.corridorsThroughPlace(p.id()), c -> RecordRef.corridor(c.id()),
                c -> I18n.work(c.status()));
        detail.list("Legs", references.legsAtPlace(p.id()), l -> RecordRef.place(l.from().equals(p.id()) ? l.to() : l.from()),
                l -> legLine(l));
        detail.list("Organisations here", references.organizationsAtPlace(p.id()), o -> RecordRef.organization(o.id()),
                o -> o.acronym());
        detail.notes(p.notes());
        detail.sources(p.sources());
    }

    private String legLine(Leg l) {
        return I18n.mode(l.mode()) + ", " + KM.format(l.lengthKm()) + " km" + (l.lengthEstimated() ? " (" + I18n.label("estimate") + ")" : "")
                + ", " + I18n.work(l.status()).toLowerCase(Locale.ROOT) + " · "
                + index().corridor(l.corridor()).map(Corridor::name).orElse(l.corridor());
    }

    public void leg(Leg l) {
        DatasetIndex index = index();
        detail.about(null).title(index.placeName(l.from()) + " – " + index.placeName(l.to()), Badges.of(l.status()),
                Badges.plain(I18n.mode(l.mode())));
        detail.field("Corridor", detail.link(RecordRef.corridor(l.corridor())));
        detail.field("From", detail.link(RecordRef.place(l.from())));
        detail.field("To", detail.link(RecordRef.place(l.to())));
        detail.field("Mode", I18n.mode(l.mode()));
        detail.field("Length", KM.format(l.lengthKm()) + " km (" + I18n.label(l.lengthEstimated()
                ? "great-circle estimate: no source gives this leg's length" : "from the sources") + ")");
        detail.field("Status (July 2024)", I18n.work(l.status()));
        detail.notes(l.notes());
        detail.sources(l.sources());
    }

    public void corridor(Corridor c) {
        DatasetIndex index = index();
        detail.about(RecordRef.corridor(c.id())).title(c.name(), Badges.of(c.status()));
        if (!c.aliases().isEmpty()) {
            detail.subtitle(I18n.label("Also called") + " " + String.join(", ", c.aliases()));
        }
        if (c.parent() != null) {
            detail.field("Part of", detail.link(RecordRef.corridor(c.parent())));
        }
        detail.links("Branches and parts", references.branchesOf(c.id()).stream().map(b -> RecordRef.corridor(b.id())).toList());
        detail.field("Modes", String.join(", ", index.modesOf(c.id()).stream().map(I18n::mode).toList()));
        if (c.lengthKm() != null) {
            detail.field("Length", KM.format(c.lengthKm()) + " km (" + I18n.label("as reported; see the notes") + ")");
        }
        double legKm = index.legsOf(c.id()).stream().mapToDouble(Leg::lengthKm).sum();
        detail.field("Sum of its legs", I18n.t("corridor.legSum", KM.format(legKm), index.legsOf(c.id()).size()));
        detail.section("Summary");
        detail.paragraph(c.summary());
        detail.section("Route");
        detail.links("Places in order", c.route().stream().map(RecordRef::place).toList());
        detail.links("Countries", c.countries().stream().map(RecordRef::country).toList());
        detail.links("Raised by", c.people().stream().map(RecordRef::person).toList());
        detail.links("Themes", c.themes().stream().map(RecordRef::theme).toList());
        detail.list("Documents", references.documentsOfCorridor(c.id()), d -> RecordRef.document(d.id()),
                d -> d.type().label());
        detail.statements("Statements about it", references.statementsOfCorridor(c.id()));
        detail.notes(c.notes());
        detail.sources(c.sources());
    }

    public void theme(Theme t) {
        detail.about(RecordRef.theme(t.id())).title(t.name(), Badges.plain("Theme"));
        detail.paragraph(t.description());
        Button filter = new Button(I18n.label("Show only this theme in Members and Documents"));
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
}
