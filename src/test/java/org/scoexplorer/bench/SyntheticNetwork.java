package org.scoexplorer.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.scoexplorer.model.Corridor;
import org.scoexplorer.model.Dataset;
import org.scoexplorer.model.Leg;
import org.scoexplorer.model.Mode;
import org.scoexplorer.model.Place;
import org.scoexplorer.model.PlaceKind;
import org.scoexplorer.model.WorkStatus;

/**
 * A made-up corridor network of a given size over the bundled dataset's countries, for measuring the
 * graph: places scattered over Eurasia, each joined to its nearest neighbours, grouped into
 * corridors of twenty legs. Deterministic for a seed.
 */
public final class SyntheticNetwork {
    private SyntheticNetwork() {}

    public static Dataset of(Dataset base, int placeCount, int legCount, long seed) {
        Random r = new Random(seed);
        List<String> countries = base.countries().stream().map(c -> c.id()).toList();
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < placeCount; i++) {
            double lat = 10 + r.nextDouble() * 55;
            double lon = 25 + r.nextDouble() * 100;
            places.add(new Place("p" + i, "Place " + i, List.of(), countries.get(i % countries.size()), null, lat, lon,
                    false, PlaceKind.CITY, null, List.of(), List.of("S-ARTICLE")));
        }
        List<Leg> legs = new ArrayList<>();
        Mode[] modes = Mode.values();
        WorkStatus[] statuses = WorkStatus.values();
        int k = Math.max(1, (int) Math.ceil((double) legCount / placeCount));
        outer:
        for (int i = 0; i < placeCount; i++) {
            Place a = places.get(i);
            List<Place> nearest = places.stream().filter(p -> p != a)
                    .sorted((p, q) -> Double.compare(dist(a, p), dist(a, q))).limit(k).toList();
            for (Place b : nearest) {
                if (legs.size() >= legCount) {
                    break outer;
                }
                legs.add(new Leg("l" + legs.size(), "c" + (legs.size() / 20), a.id(), b.id(), modes[legs.size() % modes.length],
                        Math.max(1, Math.round(dist(a, b) * 111)), true, statuses[legs.size() % statuses.length],
                        List.of(), List.of("S-ARTICLE")));
            }
        }
        List<Corridor> corridors = new ArrayList<>();
        for (int c = 0; c * 20 < legs.size(); c++) {
            List<String> route = new ArrayList<>();
            for (Leg l : legs.subList(c * 20, Math.min(legs.size(), c * 20 + 20))) {
                route.add(l.from());
            }
            corridors.add(new Corridor("c" + c, "Corridor " + c, List.of(), null, WorkStatus.PLANNED, route, "synthetic",
                    null, List.of(), List.of(), List.of(), List.of(), List.of("S-ARTICLE")));
        }
        return new Dataset(base.formatVersion(), base.dataset(), base.summit(), base.world(), base.summits(),
                base.themes(), base.countries(), base.people(), base.organizations(), base.documents(),
                base.statements(), places, corridors, legs, base.sources());
    }

    private static double dist(Place a, Place b) {
        return Math.hypot(a.lat() - b.lat(), (a.lon() - b.lon()) * Math.cos(Math.toRadians((a.lat() + b.lat()) / 2)));
    }
}
