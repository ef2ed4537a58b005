package org.scoexplorer.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.scoexplorer.model.Table;

/** A route as a table, leg by leg, with the running total: the CSV analysts paste into a sheet. */
public final class RouteTable {
    private RouteTable() {}

    public static Table of(Route route) {
        List<List<Object>> rows = new ArrayList<>();
        double total = 0;
        int n = 1;
        for (Route.Step s : route.steps()) {
            total += s.leg().lengthKm();
            rows.add(Arrays.asList((long) n++, s.from().id(), s.from().name(), s.to().id(), s.to().name(),
                    s.leg().mode().code(), s.leg().lengthKm(), s.leg().lengthEstimated(), s.leg().status().code(),
                    s.leg().corridor(), (double) Math.round(total)));
        }
        return new Table(List.of("step", "from", "from_name", "to", "to_name", "mode", "length_km", "length_estimated",
                "status", "corridor", "cumulative_km"), rows);
    }
}
