package org.scoexplorer.ui.members;

import org.scoexplorer.ui.I18n;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import org.scoexplorer.model.Country;
import org.scoexplorer.model.Status;
import org.scoexplorer.service.CrossReferences;
import org.scoexplorer.service.DatasetIndex;
import org.scoexplorer.service.RecordRef;
import org.scoexplorer.ui.common.Badges;
import org.scoexplorer.ui.common.Choice;
import org.scoexplorer.ui.common.DetailPane;
import org.scoexplorer.ui.common.Links;
import org.scoexplorer.ui.common.MasterDetail;
import org.scoexplorer.ui.common.RecordTable;
import org.scoexplorer.ui.common.ThemeChip;

/** The Members tab: a table of countries on the left, everything about the selected one on the right. */
public final class MembersTab {
    private static final NumberFormat WHOLE = NumberFormat.getIntegerInstance(Locale.ENGLISH);
    private static final NumberFormat ONE_DECIMAL = NumberFormat.getNumberInstance(Locale.ENGLISH);

    static {
        ONE_DECIMAL.setMinimumFractionDigits(1);
        ONE_DECIMAL.setMaximumFractionDigits(1);
    }

    private final MembersViewModel model;
    private final RecordTable<Country> table;
    private final DetailPane detail;
    private final Tab tab;

    public MembersTab(MembersViewModel model, Links links) {
        this.model = model;
        table = new RecordTable<>(model.records());
        table.text("Country", I18n::countryName, 125);
        table.custom("Status", c -> c.status().ordinal(), c -> I18n.status(c.status()), c -> Badges.of(c.status()), 122);
        RecordTable.explain(table.year("Since", Country::joined, 50), "Year the current SCO status was granted");
        table.text("Capital", c -> c.capital().name(), 100);
        RecordTable.explain(table.number("Population",
                c -> c.population() == null ? null : c.population().value(), 0, 112), "World Bank (SP.POP.TOTL), 2023");
        RecordTable.explain(table.number("GDP, $ bn", c -> c.gdpUsd() == null ? null : c.gdpUsd().value() / 1e9,
                1, 82), "Nominal GDP in current US dollars, billions, World Bank (NY.GDP.MKTP.CD), 2023; "
                + "Afghanistan and Qatar: 2022, the latest year available");
        table.text("Represented at Astana by", model::representativeName, 160);

        ComboBox<Choice.Option<Status>> status = Choice.bound("All statuses", List.of(Status.values()), I18n::status,
                model.statusProperty(), "status-filter");
        ThemeChip chip = new ThemeChip(model.themeProperty(), this::themeName, "members-theme-chip");
        table.addToBar(status, chip);

        detail = new DetailPane(links, "country");
        MasterDetail.bind(table, model.selectedProperty(), this::show, () -> detail.showPlaceholder(
                I18n.label("Select a country to see its representative, statements, documents, corridors and sources.")));

        SplitPane split = new SplitPane(table, detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.6);
        tab = new Tab(I18n.label("Members"), split);
        tab.setClosable(false);
        tab.setId("members-tab");
    }

    private String themeName(String id) {
        DatasetIndex index = model.index();
        return index == null ? id : index.theme(id).map(t -> t.name()).orElse(id);
    }

    public void setData(DatasetIndex index) {
        detail.setIndex(index);
    }

    /** Selects a country, clearing the filters if they hide it. */
    public void reveal(String countryId) {
        DatasetIndex index = model.index();
        if (index == null) {
            return;
        }
        index.country(countryId).ifPresent(c -> MasterDetail.reveal(table, model.selectedProperty(), model::showAll, c));
    }

    private void show(Country c) {
        DatasetIndex index = model.index();
        CrossReferences refs = model.references();
        boolean host = index.dataset().summit() != null && c.id().equals(index.dataset().summit().country());
        List<Node> badges = new ArrayList<>();
        badges.add(Badges.of(c.status()));
        if (host) {
            badges.add(Badges.plain("Host"));
        }
        detail.about(RecordRef.country(c.id())).title(I18n.countryName(c), badges.toArray(Node[]::new));
        detail.subtitle(I18n.countryName(c).equals(c.name()) ? c.officialName() : c.name()
                + (c.officialName() == null ? "" : " · " + c.officialName()));
        detail.field("Status", c.joined() == null ? I18n.status(c.status())
                : I18n.t("members.statusSince", I18n.status(c.status()), String.valueOf(c.joined())));
        detail.field("ISO codes", String.join(" · ", nonNull(c.id(), c.iso3(), c.isoNumeric())));
        detail.field("Capital", c.capital().name() + "  (" + coordinate(c.capital().lat(), "N", "S") + ", "
                + coordinate(c.capital().lon(), "E", "W") + ")");
        if (c.population() != null) {
            detail.sourcedField("Population", I18n.t("members.people", WHOLE.format(c.population().value())), c.population());
        }
        if (c.gdpUsd() != null) {
            detail.sourcedField("GDP (nominal)", I18n.t("members.gdp", ONE_DECIMAL.format(c.gdpUsd().value() / 1e9)), c.gdpUsd());
        }
        if (!c.aliases().isEmpty()) {
            detail.field("Also known as", String.join(", ", c.aliases()));
        }
        if (!c.names().isEmpty()) {
            detail.field("Other languages", c.names().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getValue() + " (" + e.getKey() + ")").collect(Collectors.joining(", ")));
        }

        detail.section("At the Astana summit");
        if (c.representative() != null) {
            detail.field("Represented by", detail.link(RecordRef.person(c.representative().person())));
            detail.field("Role", c.representative().role());
            detail.field("Meeting", DetailPane.meetingName(c.representative().meeting()));
        } else {
            detail.field("Represented by", I18n.label("not represented (see the notes)"));
        }
        detail.paragraph(c.atSummit());
        detail.statements("What it proposed or said", refs.statementsOfCountry(c.id()));
        detail.list("Documents that name it", refs.documentsOfCountry(c.id()), d -> RecordRef.document(d.id()),
                d -> d.type().label() + " · " + d.area());
        detail.list("Corridors through its territory", refs.corridorsThroughCountry(c.id()),
                k -> RecordRef.corridor(k.id()), k -> k.status().label());
        detail.links("Places", refs.placesInCountry(c.id()).stream().map(p -> RecordRef.place(p.id())).toList());
        detail.list("Organisations based there", refs.organizationsInCountry(c.id()),
                o -> RecordRef.organization(o.id()), o -> o.acronym());
        detail.links("People", refs.peopleOfCountry(c.id()).stream().map(p -> RecordRef.person(p.id())).toList());
        if (!c.statusHistory().isEmpty()) {
            detail.section("SCO status over time");
            c.statusHistory().forEach(e -> detail.field(e.date() != null ? e.date() : String.valueOf(e.year()),
                    I18n.status(e.status()) + ": " + e.text()));
        }
        detail.notes(c.notes());
        detail.sources(c.sources());
    }

    private static List<String> nonNull(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    static String coordinate(double value, String positive, String negative) {
        return String.format(Locale.ROOT, "%.4f° %s", Math.abs(value), value >= 0 ? positive : negative);
    }

    public Tab tab() {
        return tab;
    }

    public RecordTable<Country> table() {
        return table;
    }
}
