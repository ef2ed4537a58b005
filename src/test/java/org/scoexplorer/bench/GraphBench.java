package org.scoexplorer.bench;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.graphstream.graph.Graph;
import org.scoexplorer.data.DatasetLoader;
import org.scoexplorer.graph.CorridorGraphBuilder;
import org.scoexplorer.graph.CorridorGraphView;
import org.scoexplorer.graph.ForceLayout;
import org.scoexplorer.graph.GraphStyle;
import org.scoexplorer.graph.Positions;
import org.scoexplorer.service.DatasetIndex;

/**
 * Measures the corridor graph at scale, the way the Corridors tab builds it: the graph built off the
 * FX thread, the viewer created on it, time until two frames were drawn; then the force layout off
 * the FX thread and applied on it. Also the longest single piece of FX-thread work. Prints one JSON
 * line per run. Run by bench/graph.sh under Xvfb.
 */
public final class GraphBench {
    public static void main(String[] args) throws Exception {
        int places = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int legs = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        Platform.setImplicitExit(false);
        started.await();
        var base = new DatasetLoader().loadBundled().dataset();
        DatasetIndex index = new DatasetIndex(SyntheticNetwork.of(base, places, legs, 42));
        for (int run = 0; run < runs; run++) {
            System.out.println(once(index, places, legs));
        }
        Platform.exit();
        System.exit(0);
    }

    private static String once(DatasetIndex index, int places, int legs) throws Exception {
        AtomicLong maxFxMs = new AtomicLong();
        long t0 = System.nanoTime();
        // as in CorridorsTab.rebuildGraph: positions and graph off the FX thread
        Object[] built = CompletableFuture.supplyAsync(() -> {
            CorridorGraphView.warmUp(GraphStyle.LIGHT);
            Positions geo = CorridorGraphBuilder.geographic(index);
            return new Object[] {geo, CorridorGraphBuilder.build(index, geo)};
        }).get();
        long builtAt = System.nanoTime();
        CountDownLatch drawn = new CountDownLatch(1);
        CorridorGraphView[] view = new CorridorGraphView[1];
        Stage[] stage = new Stage[1];
        Platform.runLater(() -> {
            // the window exists before the tab opens in the app: create it outside the measured block
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new javafx.scene.layout.StackPane(), 1000, 700));
            stage[0].show();
            long s = System.nanoTime();
            view[0] = new CorridorGraphView((Graph) built[1], GraphStyle.LIGHT);
            ((javafx.scene.layout.StackPane) stage[0].getScene().getRoot()).getChildren().add(view[0].node());
            maxFxMs.accumulateAndGet((System.nanoTime() - s) / 1_000_000, Math::max);
            new AnimationTimer() {
                int frames;

                @Override
                public void handle(long now) {
                    if (++frames == 2) {
                        stop();
                        drawn.countDown();
                    }
                }
            }.start();
        });
        drawn.await(60, TimeUnit.SECONDS);
        long shownAt = System.nanoTime();

        Positions force = new ForceLayout().layout((Positions) built[0], CorridorGraphBuilder.edgePairs(index),
                p -> { }, () -> false);
        long laidAt = System.nanoTime();
        CountDownLatch applied = new CountDownLatch(1);
        Platform.runLater(() -> {
            long s = System.nanoTime();
            view[0].applyPositions(force);
            maxFxMs.accumulateAndGet((System.nanoTime() - s) / 1_000_000, Math::max);
            applied.countDown();
        });
        applied.await(60, TimeUnit.SECONDS);
        long appliedAt = System.nanoTime();
        CountDownLatch closed = new CountDownLatch(1);
        Platform.runLater(() -> {
            view[0].close();
            stage[0].close();
            closed.countDown();
        });
        closed.await(10, TimeUnit.SECONDS);
        return String.format(Locale.ROOT, "{\"places\":%d,\"legs\":%d,\"buildMs\":%d,\"geographicShownMs\":%d,"
                        + "\"forceLayoutMs\":%d,\"forceShownMs\":%d,\"maxFxBlockMs\":%d}",
                index.placesOnLegs().size(), index.dataset().legs().size(), (builtAt - t0) / 1_000_000,
                (shownAt - t0) / 1_000_000, (laidAt - shownAt) / 1_000_000, (appliedAt - shownAt) / 1_000_000,
                maxFxMs.get());
    }

    private GraphBench() {}
}
