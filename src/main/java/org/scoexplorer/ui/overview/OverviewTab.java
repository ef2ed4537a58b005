package org.scoexplorer.ui.overview;

import org.scoexplorer.ui.I18n;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.scoexplorer.model.Status;
import org.scoexplorer.model.Summit;
import org.scoexplorer.service.DatasetIndex;
import org.scoexplorer.service.RecordRef;
import org.scoexplorer.service.SummitStatistics;
import org.scoexplorer.ui.common.Badges;
import org.scoexplorer.ui.common.DetailPane;
import org.scoexplorer.ui.common.Links;

/** The landing view: the summit at a glance, figures computed from the data, the timeline, the themes. */
public final class OverviewTab {
    private final DetailPane pane;
    private final Consumer<String> filterByTheme;
    private final MembershipTimeline timeline;
    private final Tab tab;

    public OverviewTab(Links links, Consumer<String> filterByTheme) {
        this.filterByTheme = filterByTheme;
        pane = new DetailPane(links, "overview");
        pane.showPlaceholder(I18n.label("Loading the dataset …"));
        pane.getStyleClass().add("overview");
        timeline = new MembershipTimeline(id -> links.open(RecordRef.country(id)));
        tab = new Tab(I18n.label("Overview"), pane);
        tab.setClosable(false);
        tab.setId("overview-tab");
    }

    /** Says why there is nothing to show (no dataset could be opened) instead of "Loading". */
    public void showNothing(String why) {
        pane.showPlaceholder(why);
    }

    public void setData(DatasetIndex index, SummitStatistics stats) {
        pane.setIndex(index);
        OverviewModel m = new OverviewModel(index, stats);
        Summit s = index.dataset().summit();
        if (s.firstScoPlus()) {
            pane.title(m.heading(), Badges.plain("First SCO Plus meeting"));
        } else {
            pane.title(m.heading());
        }
        pane.subtitle(m.when());

        pane.section("At a glance");
        if (s.chair() != null) {
            HBox chair = new HBox(4, pane.link(RecordRef.country(s.chair().country())));
            if (s.chair().person() != null) {
                chair.getChildren().addAll(new Label("—"), pane.link(RecordRef.person(s.chair().person())));
            }
            chair.getChildren().add(new Label("(" + s.chair().period() + ")"));
            pane.field("Chair", chair);
        }
        pane.field("Motto", s.motto() == null ? null : "“" + s.motto() + "”");
        pane.field("Format", s.format());
        pane.field("Documents", m.documentsReported());
        if (s.nextChair() != null) {
            pane.field("Next chair", new HBox(4, pane.link(RecordRef.country(s.nextChair().country())),
                    new Label("(" + s.nextChair().period() + ")")));
        }
        if (s.nextSummit() != null) {
            String where = s.nextSummit().city() == null ? "" : s.nextSummit().city() + ", ";
            HBox next = new HBox(4, new Label(where), pane.link(RecordRef.country(s.nextSummit().country())));
            if (s.nextSummit().date() != null) {
                next.getChildren().add(new Label("· " + s.nextSummit().date()));
            }
            pane.field("Next summit", next);
        }
        pane.section("Outcomes");
        pane.bullets(s.outcomes());

        pane.section("Key figures (computed from the dataset)");
        pane.field("Countries", m.membershipFigure());
        pane.field("Documents", m.documentFigure() + "; " + I18n.t("overview.unsigned", stats.unsignedDocuments()));
        pane.field("Members' population", m.populationShare());
        pane.field("Members' GDP", m.gdpShare());

        int lastYear = Integer.parseInt(s.startDate().substring(0, 4));
        pane.section(I18n.t("overview.timeline", String.valueOf(stats.summitsUpTo(lastYear).stream().mapToInt(p -> p.year())
                .min().orElse(2001)), String.valueOf(lastYear)));
        timeline.setData(stats.summitsUpTo(lastYear), stats.membershipTimeline(), lastYear);
        pane.node(timeline);
        pane.node(legend());

        pane.section("Themes");
        pane.paragraph(I18n.label("Choose a theme to see only its documents and the countries that spoke to it."));
        FlowPane themes = new FlowPane(8, 8);
        themes.setId("theme-buttons");
        for (SummitStatistics.ThemeCount tc : stats.themeCounts()) {
            Button b = new Button(tc.theme().name() + "\n" + OverviewModel.count(tc.documents(), "document")
                    + " · " + OverviewModel.count(tc.statements(), "statement"));
            b.getStyleClass().add("theme-button");
            b.setId("theme-" + tc.theme().id());
            b.setOnAction(e -> filterByTheme.accept(tc.theme().id()));
            themes.getChildren().add(b);
        }
        pane.node(themes);
        pane.notes(s.notes());
        pane.sources(s.sources());
    }

    private HBox legend() {
        HBox legend = new HBox(12);
        legend.setPadding(new Insets(0, 0, 4, 0));
        for (Status st : new Status[] {Status.MEMBER, Status.OBSERVER, Status.DIALOGUE_PARTNER}) {
            Label chip = new Label("XX");
            chip.getStyleClass().addAll("timeline-chip", "status-" + st.code().replace('_', '-'));
            Label text = new Label(I18n.status(st));
            legend.getChildren().add(new HBox(4, chip, text));
        }
        Label summit = new Label("●  " + I18n.label("summit (host city above)"));
        summit.getStyleClass().add("timeline-legend-summit");
        legend.getChildren().add(summit);
        Label hint = new Label(I18n.label("Hover a chip for details; click to open the country."));
        hint.getStyleClass().add("detail-aside");
        HBox box = new HBox(24, legend, hint);
        box.getStyleClass().add("timeline-legend");
        return box;
    }

    public Tab tab() {
        return tab;
    }

    public VBox content() {
        return (VBox) pane.getContent();
    }
}
