package org.scoexplorer.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import org.scoexplorer.model.Leg;
import org.scoexplorer.model.Mode;
import org.scoexplorer.model.Place;

/**
 * Shortest routes by kilometres over the legs of all corridors (legs can be travelled both ways). Used
 * by the {@code --route} command and by the Corridors view, so both always agree.
 */
public final class RouteService {
    /** Pipelines carry gas, not freight: left out unless asked for. */
    public static final Set<Mode> DEFAULT_MODES = Collections.unmodifiableSet(EnumSet.of(Mode.RAIL, Mode.ROAD, Mode.SEA));

    private final DatasetIndex index;
    private final Map<String, List<Leg>> legsAt = new HashMap<>();

    public RouteService(DatasetIndex index) {
        this.index = index;
        for (Leg leg : index.dataset().legs()) {
            legsAt.computeIfAbsent(leg.from(), k -> new ArrayList<>()).add(leg);
            legsAt.computeIfAbsent(leg.to(), k -> new ArrayList<>()).add(leg);
        }
        // a fixed order makes ties between equally long routes come out the same every time
        legsAt.values().forEach(l -> l.sort(Comparator.comparing(Leg::id)));
    }

    /** Finds a place by id, name or alias, ignoring case and diacritics; an id match wins. */
    public Optional<Place> findPlace(String query) {
        String q = Text.fold(query);
        if (q.isEmpty()) {
            return Optional.empty();
        }
        List<Place> places = index.dataset().places();
        for (Place p : places) {
            if (Text.fold(p.id()).equals(q)) {
                return Optional.of(p);
            }
        }
        for (Place p : places) {
            if (Text.fold(p.name()).equals(q)) {
                return Optional.of(p);
            }
        }
        for (Place p : places) {
            for (String alias : p.aliases()) {
                if (Text.fold(alias).equals(q)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** The shortest route from one place to another using only the given modes; empty when none exists. */
    public Optional<Route> shortest(String fromId, String toId, Set<Mode> modes) {
        Optional<Place> from = index.place(fromId);
        Optional<Place> to = index.place(toId);
        if (from.isEmpty() || to.isEmpty() || fromId.equals(toId)) {
            return Optional.empty();
        }
        Map<String, Double> dist = new HashMap<>();
        Map<String, Leg> via = new HashMap<>();
        record Entry(String place, double km) {}
        PriorityQueue<Entry> queue = new PriorityQueue<>(Comparator.comparingDouble(Entry::km)
                .thenComparing(Entry::place));
        dist.put(fromId, 0.0);
        queue.add(new Entry(fromId, 0.0));
        while (!queue.isEmpty()) {
            Entry e = queue.poll();
            if (e.km() > dist.getOrDefault(e.place(), Double.POSITIVE_INFINITY)) {
                continue;
            }
            if (e.place().equals(toId)) {
                break;
            }
            for (Leg leg : legsAt.getOrDefault(e.place(), List.of())) {
                if (!modes.contains(leg.mode())) {
                    continue;
                }
                String next = leg.from().equals(e.place()) ? leg.to() : leg.from();
                double km = e.km() + leg.lengthKm();
                if (km < dist.getOrDefault(next, Double.POSITIVE_INFINITY)) {
                    dist.put(next, km);
                    via.put(next, leg);
                    queue.add(new Entry(next, km));
                }
            }
        }
        if (!via.containsKey(toId)) {
            return Optional.empty();
        }
        List<Route.Step> steps = new ArrayList<>();
        for (String at = toId; !at.equals(fromId); ) {
            Leg leg = via.get(at);
            String prev = leg.to().equals(at) ? leg.from() : leg.to();
            steps.add(new Route.Step(index.place(prev).orElseThrow(), index.place(at).orElseThrow(), leg));
            at = prev;
        }
        Collections.reverse(steps);
        return Optional.of(new Route(steps, dist.get(toId)));
    }
}
