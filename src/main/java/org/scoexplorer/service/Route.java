package org.scoexplorer.service;

import java.util.List;
import org.scoexplorer.model.Leg;
import org.scoexplorer.model.Place;

/** A path over legs, each step oriented in travel direction, and its total length. */
public record Route(List<Step> steps, double totalKm) {
    public Route {
        steps = List.copyOf(steps);
    }

    public record Step(Place from, Place to, Leg leg) {}

    public Place start() {
        return steps.get(0).from();
    }

    public Place end() {
        return steps.get(steps.size() - 1).to();
    }
}
