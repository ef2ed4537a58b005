package org.scoexplorer.ui.corridors;

import org.scoexplorer.ui.I18n;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.scoexplorer.model.Corridor;
import org.scoexplorer.model.Leg;
import org.scoexplorer.model.Mode;
import org.scoexplorer.model.Place;
import org.scoexplorer.model.WorkStatus;
import org.scoexplorer.graph.CorridorGraphBuilder;
import org.scoexplorer.service.DatasetIndex;
import org.scoexplorer.service.Route;
import org.scoexplorer.service.RouteService;
import org.scoexplorer.ui.common.FilteredRecords;

/**
 * State of the Corridors view, without a toolkit: which corridors, modes and statuses are shown,
 * which corridor is highlighted, the selected place, leg or corridor, the layout, and the route.
 * The graph view only draws what this says; {@link #styleVersionProperty()} ticks whenever the
 * drawing must be refreshed.
 */
public final class CorridorsViewModel {
    public enum Layout { GEOGRAPHIC, FORCE }

    private final ObservableList<Corridor> corridors = FXCollections.observableArrayList();
    private final ObservableSet<String> hiddenCorridors = FXCollections.observableSet(new HashSet<>());
    private final ObservableSet<Mode> modes = FXCollections.observableSet(EnumSet.allOf(Mode.class));
    private final ObservableSet<WorkStatus> statuses = FXCollections.observableSet(EnumSet.allOf(WorkStatus.class));
    private final ObjectProperty<Corridor> highlighted = new SimpleObjectProperty<>(this, "highlighted");
    private final FilteredRecords<Place> places = new FilteredRecords<>("places", p -> String.join(" ", p.id(),
            p.name(), String.join(" ", p.aliases()), p.kind().code(), countryName(p.country())));
    private final ObjectProperty<Place> selectedPlace = new SimpleObjectProperty<>(this, "selectedPlace");
    private final ObjectProperty<Leg> selectedLeg = new SimpleObjectProperty<>(this, "selectedLeg");
    private final ObjectProperty<Layout> layout = new SimpleObjectProperty<>(this, "layout", Layout.GEOGRAPHIC);
    private final StringProperty routeFrom = new SimpleStringProperty(this, "routeFrom", "");
    private final StringProperty routeTo = new SimpleStringProperty(this, "routeTo", "");
    private final ObservableSet<Mode> routeModes = FXCollections.observableSet(EnumSet.copyOf(RouteService.DEFAULT_MODES));
    private final ObjectProperty<Route> route = new SimpleObjectProperty<>(this, "route");
    private final StringProperty routeMessage = new SimpleStringProperty(this, "routeMessage", "");
    private final IntegerProperty styleVersion = new SimpleIntegerProperty(this, "styleVersion");
    private DatasetIndex index;
    private RouteService routes;
    private Set<String> routeLegs = Set.of();

    public CorridorsViewModel() {
        hiddenCorridors.addListener((SetChangeListener<String>) c -> bump());
        modes.addListener((SetChangeListener<Mode>) c -> bump());
        statuses.addListener((SetChangeListener<WorkStatus>) c -> bump());
        highlighted.addListener((obs, old, now) -> bump());
        route.addListener((obs, old, now) -> {
            routeLegs = now == null ? Set.of()
                    : now.steps().stream().map(st -> st.leg().id()).collect(Collectors.toUnmodifiableSet());
            bump();
        });
    }

    private void bump() {
        styleVersion.set(styleVersion.get() + 1);
    }

    public void setData(DatasetIndex index) {
        this.index = index;
        this.routes = new RouteService(index);
        hiddenCorridors.clear();
        highlighted.set(null);
        selectedPlace.set(null);
        selectedLeg.set(null);
        route.set(null);
        routeMessage.set("");
        corridors.setAll(index.dataset().corridors());
        places.setAll(index.placesOnLegs().stream()
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList());
        bump();
    }

    // --- what is shown ------------------------------------------------------------------------------

    /** A leg is shown when its corridor is shown and its mode and status pass the filters. */
    public boolean isShown(Leg leg) {
        return !hiddenCorridors.contains(leg.corridor()) && modes.contains(leg.mode()) && statuses.contains(leg.status());
    }

    public Set<String> hiddenLegIds() {
        if (index == null) {
            return Set.of();
        }
        return index.dataset().legs().stream().filter(l -> !isShown(l)).map(Leg::id).collect(Collectors.toSet());
    }

    public void setCorridorShown(String corridorId, boolean shown) {
        if (shown) {
            hiddenCorridors.remove(corridorId);
        } else {
            hiddenCorridors.add(corridorId);
        }
    }

    public boolean isCorridorShown(String corridorId) {
        return !hiddenCorridors.contains(corridorId);
    }

    public void showAllCorridors() {
        hiddenCorridors.clear();
    }

    public void hideAllCorridors() {
        corridors.forEach(c -> hiddenCorridors.add(c.id()));
    }

    /**
     * The classes GraphStream draws a leg with. Where two classes set the same property the first
     * listed wins in GraphStream, so route and highlight come before mode and status.
     */
    public String edgeClasses(String legId) {
        Leg leg = leg(legId);
        if (leg == null) {
            return "";
        }
        Corridor h = highlighted.get();
        return CorridorGraphBuilder.edgeClasses(leg, h != null && h.id().equals(leg.corridor()), routeLegs.contains(legId));
    }

    // --- selection ----------------------------------------------------------------------------------

    public void selectPlace(String placeId) {
        selectedLeg.set(null);
        selectedPlace.set(index == null ? null : index.place(placeId).orElse(null));
    }

    public void selectLeg(String legId) {
        selectedPlace.set(null);
        selectedLeg.set(leg(legId));
    }

    public void clearSelection() {
        selectedPlace.set(null);
        selectedLeg.set(null);
    }

    public Leg leg(String id) {
        return index == null ? null : index.leg(id).orElse(null);
    }

    // --- routes -------------------------------------------------------------------------------------

    /** Finds the shortest route between the From and To fields (ids or names) with the chosen modes. */
    public Optional<Route> findRoute() {
        route.set(null);
        if (routes == null) {
            return Optional.empty();
        }
        Optional<Place> from = routes.findPlace(routeFrom.get());
        Optional<Place> to = routes.findPlace(routeTo.get());
        if (from.isEmpty() || to.isEmpty()) {
            routeMessage.set(I18n.t("route.unknown", from.isEmpty() ? quote(routeFrom.get()) : quote(routeTo.get())));
            return Optional.empty();
        }
        if (from.get().id().equals(to.get().id())) {
            routeMessage.set(I18n.label("From and To are the same place."));
            return Optional.empty();
        }
        if (routeModes.isEmpty()) {
            routeMessage.set(I18n.label("Choose at least one mode."));
            return Optional.empty();
        }
        Optional<Route> found = routes.shortest(from.get().id(), to.get().id(), EnumSet.copyOf(routeModes));
        if (found.isEmpty()) {
            routeMessage.set(I18n.t("route.none", from.get().name(), to.get().name(),
                    routeModes.stream().sorted().map(I18n::mode).collect(Collectors.joining(", "))));
        } else {
            routeMessage.set(I18n.t("route.found", found.get().steps().size(), String.valueOf(Math.round(found.get().totalKm()))));
        }
        route.set(found.orElse(null));
        return found;
    }

    public void clearRoute() {
        route.set(null);
        routeMessage.set("");
    }

    private static String quote(String s) {
        return s == null || s.isBlank() ? "(empty)" : "'" + s.strip() + "'";
    }

    /** Place names for the completion of the From and To fields. */
    public List<String> placeNames() {
        return index == null ? List.of() : index.placesOnLegs().stream().map(Place::name).sorted().toList();
    }

    // --- names --------------------------------------------------------------------------------------

    public String corridorName(String id) {
        return index == null ? id : index.corridor(id).map(Corridor::name).orElse(id);
    }

    public String placeName(String id) {
        return index == null ? id : index.placeName(id);
    }

    public String countryName(String id) {
        return index == null ? Objects.toString(id, "") : index.country(id).map(I18n::countryName).orElse(Objects.toString(id, ""));
    }

    public String modesOf(Corridor c) {
        return index == null ? "" : index.modesOf(c.id()).stream().map(Mode::code).collect(Collectors.joining(", "));
    }

    public String routeText(Corridor c) {
        return c.route().stream().map(this::placeName).collect(Collectors.joining(" → "));
    }

    // --- properties ---------------------------------------------------------------------------------

    public ObservableList<Corridor> corridors() {
        return corridors;
    }

    public ObservableSet<String> hiddenCorridors() {
        return hiddenCorridors;
    }

    public ObservableSet<Mode> modes() {
        return modes;
    }

    public ObservableSet<WorkStatus> statuses() {
        return statuses;
    }

    public ObjectProperty<Corridor> highlightedProperty() {
        return highlighted;
    }

    public FilteredRecords<Place> places() {
        return places;
    }

    public ObjectProperty<Place> selectedPlaceProperty() {
        return selectedPlace;
    }

    public ObjectProperty<Leg> selectedLegProperty() {
        return selectedLeg;
    }

    public ObjectProperty<Layout> layoutProperty() {
        return layout;
    }

    public StringProperty routeFromProperty() {
        return routeFrom;
    }

    public StringProperty routeToProperty() {
        return routeTo;
    }

    public ObservableSet<Mode> routeModes() {
        return routeModes;
    }

    public ObjectProperty<Route> routeProperty() {
        return route;
    }

    public StringProperty routeMessageProperty() {
        return routeMessage;
    }

    public ReadOnlyIntegerProperty styleVersionProperty() {
        return styleVersion;
    }

    public DatasetIndex index() {
        return index;
    }
}
