package org.scoexplorer.graph;

import java.util.Map;

/** Node positions in graph units, by place id: one layout's result. */
public record Positions(Map<String, double[]> xy) {
    public Positions {
        xy = Map.copyOf(xy);
    }

    public double[] of(String id) {
        return xy.get(id);
    }
}
