package org.scoexplorer.bench;

import java.util.Optional;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.scoexplorer.service.Route;
import org.scoexplorer.service.RouteService;

/**
 * The shortest route Kashgar to Istanbul by rail, road and sea (what the Corridors tab and --route
 * compute), in the last copy of the scaled network; the route service is built once per dataset.
 */
public class RouteBenchmark extends SampledBenchmark {
    private RouteService routes;
    private String from;
    private String to;

    @Setup
    public void setUp() {
        routes = new RouteService(ScaledData.index(scale));
        from = ScaledData.lastCopy("kashgar", scale);
        to = ScaledData.lastCopy("istanbul", scale);
        if (routes.shortest(from, to, RouteService.DEFAULT_MODES).isEmpty()) {
            throw new IllegalStateException("no route " + from + " -> " + to);
        }
    }

    @Benchmark
    public Optional<Route> shortestRoute() {
        return routes.shortest(from, to, RouteService.DEFAULT_MODES);
    }
}
