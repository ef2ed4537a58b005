package org.scoexplorer.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scoexplorer.data.DatasetLoader;
import org.scoexplorer.service.DatasetIndex;

class ForceLayoutTest {
    private final DatasetIndex index = new DatasetIndex(new DatasetLoader().loadBundled().dataset());
    private final Positions geo = CorridorGraphBuilder.geographic(index);

    @Test
    void everyNodeGetsAFinitePositionAndTheSameInputGivesTheSamePicture() {
        List<Double> progress = new ArrayList<>();
        Positions a = new ForceLayout().layout(geo, CorridorGraphBuilder.edgePairs(index), progress::add, () -> false);
        Positions b = new ForceLayout().layout(geo, CorridorGraphBuilder.edgePairs(index), p -> { }, () -> false);
        assertThat(a.xy().keySet()).isEqualTo(geo.xy().keySet());
        a.xy().values().forEach(p -> assertThat(Double.isFinite(p[0]) && Double.isFinite(p[1])).isTrue());
        a.xy().forEach((id, p) -> assertThat(p).containsExactly(b.of(id)));
        assertThat(progress).isSorted().last().isEqualTo(1.0);
    }

    @Test
    void crowdedHubsAreSpreadOut() {
        Positions laid = new ForceLayout().layout(geo, CorridorGraphBuilder.edgePairs(index), p -> { }, () -> false);
        assertThat(closestPair(laid) / spread(laid)).isGreaterThan(closestPair(geo) / spread(geo));
    }

    @Test
    void aCancelledLayoutStopsEarly() {
        Positions stopped = new ForceLayout().layout(geo, CorridorGraphBuilder.edgePairs(index), p -> { }, () -> true);
        stopped.xy().forEach((id, p) -> assertThat(p).containsExactly(geo.of(id)));
    }

    private static double closestPair(Positions p) {
        List<double[]> pts = new ArrayList<>(p.xy().values());
        double best = Double.MAX_VALUE;
        for (int i = 0; i < pts.size(); i++) {
            for (int j = i + 1; j < pts.size(); j++) {
                best = Math.min(best, Math.hypot(pts.get(i)[0] - pts.get(j)[0], pts.get(i)[1] - pts.get(j)[1]));
            }
        }
        return best;
    }

    private static double spread(Positions p) {
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] v : p.xy().values()) {
            minX = Math.min(minX, v[0]);
            maxX = Math.max(maxX, v[0]);
            minY = Math.min(minY, v[1]);
            maxY = Math.max(maxY, v[1]);
        }
        return Math.hypot(maxX - minX, maxY - minY);
    }
}
