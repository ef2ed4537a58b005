package org.scoexplorer.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * A force-directed layout (Fruchterman–Reingold) computed in plain Java, off the FX thread, and then
 * shown frozen: GraphStream's own auto-layout takes tens of seconds on a thousand nodes because its
 * thread sleeps between steps. Starts from the geographic positions, so the result keeps the
 * familiar west-to-east order while untangling crowded hubs. Repulsion uses a uniform grid, so a
 * step costs about O(n) rather than O(n²).
 */
public final class ForceLayout {
    private final int iterations;

    public ForceLayout(int iterations) {
        this.iterations = iterations;
    }

    public ForceLayout() {
        this(150);
    }

    /**
     * @param start    initial positions (every node needs one)
     * @param edges    pairs of node ids
     * @param progress receives 0..1 now and then
     * @param cancelled checked between steps; the last positions are returned when it says so
     */
    public Positions layout(Positions start, List<String[]> edges, DoubleConsumer progress, BooleanSupplier cancelled) {
        List<String> ids = new ArrayList<>(start.xy().keySet());
        ids.sort(null); // a fixed order: the same input gives the same picture
        int n = ids.size();
        if (n == 0) {
            return start;
        }
        Map<String, Integer> at = new HashMap<>();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            at.put(ids.get(i), i);
            double[] p = start.of(ids.get(i));
            x[i] = p[0];
            y[i] = p[1];
        }
        int[][] pairs = edges.stream().filter(e -> at.containsKey(e[0]) && at.containsKey(e[1]))
                .map(e -> new int[] {at.get(e[0]), at.get(e[1])}).toArray(int[][]::new);
        double minX = min(x), maxX = max(x), minY = min(y), maxY = max(y);
        double area = Math.max(1e-6, (maxX - minX) * (maxY - minY));
        double k = Math.sqrt(area / n) * 0.9; // ideal edge length
        double temperature = Math.max(maxX - minX, maxY - minY) / 10;
        double cell = 2 * k;
        double[] dx = new double[n];
        double[] dy = new double[n];
        for (int step = 0; step < iterations; step++) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            java.util.Arrays.fill(dx, 0);
            java.util.Arrays.fill(dy, 0);
            // repulsion between nodes in the same or neighbouring grid cells
            Map<Long, List<Integer>> grid = new HashMap<>();
            for (int i = 0; i < n; i++) {
                grid.computeIfAbsent(key((long) Math.floor(x[i] / cell), (long) Math.floor(y[i] / cell)),
                        c -> new ArrayList<>()).add(i);
            }
            for (int i = 0; i < n; i++) {
                long cx = (long) Math.floor(x[i] / cell);
                long cy = (long) Math.floor(y[i] / cell);
                for (long gx = cx - 1; gx <= cx + 1; gx++) {
                    for (long gy = cy - 1; gy <= cy + 1; gy++) {
                        List<Integer> others = grid.get(key(gx, gy));
                        if (others == null) {
                            continue;
                        }
                        for (int j : others) {
                            if (j <= i) {
                                continue;
                            }
                            double ddx = x[i] - x[j];
                            double ddy = y[i] - y[j];
                            double d2 = ddx * ddx + ddy * ddy;
                            if (d2 < 1e-12) {
                                ddx = 1e-3 * ((i * 31 + j) % 7 - 3);
                                ddy = 1e-3 * ((i * 17 + j) % 5 - 2);
                                d2 = ddx * ddx + ddy * ddy + 1e-9;
                            }
                            double d = Math.sqrt(d2);
                            if (d > cell) {
                                continue;
                            }
                            double force = k * k / d;
                            dx[i] += ddx / d * force;
                            dy[i] += ddy / d * force;
                            dx[j] -= ddx / d * force;
                            dy[j] -= ddy / d * force;
                        }
                    }
                }
            }
            // attraction along edges
            for (int[] e : pairs) {
                double ddx = x[e[0]] - x[e[1]];
                double ddy = y[e[0]] - y[e[1]];
                double d = Math.sqrt(ddx * ddx + ddy * ddy) + 1e-9;
                double force = d * d / k;
                dx[e[0]] -= ddx / d * force;
                dy[e[0]] -= ddy / d * force;
                dx[e[1]] += ddx / d * force;
                dy[e[1]] += ddy / d * force;
            }
            for (int i = 0; i < n; i++) {
                double d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (d > 0) {
                    double limited = Math.min(d, temperature);
                    x[i] += dx[i] / d * limited;
                    y[i] += dy[i] / d * limited;
                }
            }
            temperature *= 0.96;
            if (step % 10 == 0) {
                progress.accept((double) step / iterations);
            }
        }
        progress.accept(1.0);
        Map<String, double[]> out = new HashMap<>();
        for (int i = 0; i < n; i++) {
            out.put(ids.get(i), new double[] {x[i], y[i]});
        }
        return new Positions(out);
    }

    private static long key(long gx, long gy) {
        return (gx << 32) ^ (gy & 0xffffffffL);
    }

    private static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double d : v) {
            m = Math.min(m, d);
        }
        return m;
    }

    private static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double d : v) {
            m = Math.max(m, d);
        }
        return m;
    }
}
