package org.scoexplorer.ui.overview;

import org.scoexplorer.ui.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;
import org.scoexplorer.model.PastSummit;
import org.scoexplorer.model.Status;
import org.scoexplorer.service.SummitStatistics.TimelineEvent;

/**
 * The organisation from its founding to the summit: the Council meetings on a year axis (host city
 * above), and below each year the countries whose status changed, as small chips coloured by status.
 * A chip's tooltip says what happened; a click opens the country.
 */
public final class MembershipTimeline extends Region {
    private static final double TOP = 74;       // room for the rotated city names
    private static final double AXIS_GAP = 26;  // year labels under the axis
    private static final double CHIP_H = 18;
    private static final double SIDE = 24;

    private final Consumer<String> openCountry;
    private final List<Line> ticks = new ArrayList<>();
    private final List<Text> years = new ArrayList<>();
    private final List<Circle> summitDots = new ArrayList<>();
    private final List<Text> summitNames = new ArrayList<>();
    private final List<Label> chips = new ArrayList<>();
    private final List<Integer> summitYears = new ArrayList<>();
    private final List<Integer> chipYears = new ArrayList<>();
    private final List<Integer> chipRows = new ArrayList<>();
    private final List<Integer> chipCols = new ArrayList<>();
    private final Line axis = new Line();
    private int first;
    private int last;
    private int maxRows;

    public MembershipTimeline(Consumer<String> openCountry) {
        this.openCountry = openCountry;
        getStyleClass().add("timeline");
        setId("membership-timeline");
    }

    public void setData(List<PastSummit> summits, List<TimelineEvent> events, int lastYear) {
        getChildren().clear();
        ticks.clear();
        years.clear();
        summitDots.clear();
        summitNames.clear();
        chips.clear();
        summitYears.clear();
        chipYears.clear();
        chipRows.clear();
        chipCols.clear();
        first = summits.stream().mapToInt(PastSummit::year).min().orElse(2001);
        first = Math.min(first, events.stream().mapToInt(TimelineEvent::year).filter(y -> y > 1990).min().orElse(first));
        last = lastYear;
        axis.getStyleClass().add("timeline-axis");
        getChildren().add(axis);
        for (int y = first; y <= last; y++) {
            Line tick = new Line();
            tick.getStyleClass().add("timeline-tick");
            ticks.add(tick);
            Text label = new Text(y % 2 == 1 || y == last ? String.valueOf(y) : "");
            label.getStyleClass().add("timeline-year");
            years.add(label);
            getChildren().addAll(tick, label);
        }
        for (PastSummit s : summits) {
            if (s.year() < first || s.year() > last) {
                continue;
            }
            Circle dot = new Circle(5);
            dot.getStyleClass().add(s.year() == last ? "timeline-summit-current" : "timeline-summit");
            Tooltip.install(dot, new Tooltip(I18n.t("timeline.summit", s.number(), s.city(), String.valueOf(s.year()))
                    + (s.date() == null ? "" : " (" + s.date() + ")") + (s.online() ? ", " + I18n.label("online") : "")
                    + (s.summary() == null ? "" : "\n" + s.summary())));
            Text name = new Text(s.online() ? I18n.label("online") : s.city());
            name.getStyleClass().add(s.year() == last ? "timeline-city-current" : "timeline-city");
            name.setRotate(-40);
            summitDots.add(dot);
            summitNames.add(name);
            summitYears.add(s.year());
            getChildren().addAll(dot, name);
        }
        // chips: per year, two columns, as many rows as needed
        // only the events that changed a status (not applications or procedures along the way)
        Map<Integer, List<TimelineEvent>> byYear = new java.util.TreeMap<>();
        Map<String, Status> lastStatus = new java.util.HashMap<>();
        for (TimelineEvent e : events) {
            Status before = lastStatus.put(e.countryId(), e.status());
            boolean changed = before != e.status();
            if (changed && e.year() >= first && e.year() <= last && e.status() != Status.NONE
                    && e.status() != Status.GUEST) {
                byYear.computeIfAbsent(e.year(), k -> new ArrayList<>()).add(e);
            }
        }
        maxRows = 0;
        byYear.forEach((year, list) -> {
            for (int i = 0; i < list.size(); i++) {
                TimelineEvent e = list.get(i);
                Label chip = new Label(e.countryId());
                chip.getStyleClass().addAll("timeline-chip", "status-" + e.status().code().replace('_', '-'));
                chip.setAlignment(Pos.CENTER);
                Tooltip tip = new Tooltip(e.countryName() + ": " + I18n.status(e.status()).toLowerCase()
                        + ", " + (e.date() != null ? e.date() : String.valueOf(e.year()))
                        + (e.text() == null ? "" : "\n" + e.text()));
                tip.setWrapText(true);
                tip.setMaxWidth(420);
                chip.setTooltip(tip);
                chip.setOnMouseClicked(ev -> openCountry.accept(e.countryId()));
                // reachable from the keyboard: Tab to a chip, Enter or Space opens the country
                chip.setFocusTraversable(true);
                chip.setOnKeyPressed(ev -> {
                    if (ev.getCode() == javafx.scene.input.KeyCode.ENTER || ev.getCode() == javafx.scene.input.KeyCode.SPACE) {
                        openCountry.accept(e.countryId());
                        ev.consume();
                    }
                });
                chips.add(chip);
                chipYears.add(year);
                chipRows.add(i / 2);
                chipCols.add(i % 2);
                maxRows = Math.max(maxRows, i / 2 + 1);
                getChildren().add(chip);
            }
        });
        requestLayout();
    }

    private double x(int year, double width) {
        double span = Math.max(1, last - first);
        return SIDE + (year - first) * (width - 2 * SIDE) / span;
    }

    @Override
    protected double computePrefHeight(double width) {
        return TOP + AXIS_GAP + Math.max(1, maxRows) * (CHIP_H + 3) + 12;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 900;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        axis.setStartX(SIDE - 8);
        axis.setEndX(w - SIDE + 8);
        axis.setStartY(TOP);
        axis.setEndY(TOP);
        for (int i = 0; i < ticks.size(); i++) {
            double x = x(first + i, w);
            ticks.get(i).setStartX(x);
            ticks.get(i).setEndX(x);
            ticks.get(i).setStartY(TOP - 3);
            ticks.get(i).setEndY(TOP + 3);
            Text t = years.get(i);
            t.relocate(x - t.getLayoutBounds().getWidth() / 2, TOP + 6);
        }
        for (int i = 0; i < summitDots.size(); i++) {
            double x = x(summitYears.get(i), w);
            summitDots.get(i).setCenterX(x);
            summitDots.get(i).setCenterY(TOP);
            Text name = summitNames.get(i);
            double tw = name.getLayoutBounds().getWidth();
            // rotated about its centre: shift so the text ends just above the dot
            name.relocate(x - tw / 2 + tw * 0.38, TOP - 12 - tw * 0.32 - 8);
        }
        double colWidth = Math.max(18, Math.min(26, (w - 2 * SIDE) / Math.max(1, last - first) / 2 - 1));
        for (int i = 0; i < chips.size(); i++) {
            double x = x(chipYears.get(i), w);
            Label chip = chips.get(i);
            double cx = x - colWidth + chipCols.get(i) * (colWidth + 1);
            double cy = TOP + AXIS_GAP + chipRows.get(i) * (CHIP_H + 3);
            chip.resizeRelocate(cx, cy, colWidth, CHIP_H);
        }
    }
}
