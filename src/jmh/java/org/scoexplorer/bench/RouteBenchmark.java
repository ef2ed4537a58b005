package org.scoexplorer.bench;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.scoexplorer.service.Route;
import org.scoexplorer.service.RouteService;

/**
 * The shortest route Kashgar to Istanbul by rail, road and sea (what the Corridors tab and --route
 * compute), in the last copy of the scaled network; the route service is built once per dataset.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class RouteBenchmark {
    @Param({"1", "100"})
    public int scale;

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
