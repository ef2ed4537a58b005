package org.scoexplorer;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.scoexplorer.ui.MainViewModel;

/**
 * {@code --measure-startup}: prints, as one JSON line, when the first frame was shown and when the
 * data was on screen (milliseconds since the JVM process started), and the longest gap between two
 * frames after the first one, then exits 0. Used by bench/startup.sh.
 */
final class StartupProbe {
    static final String FLAG = "--measure-startup";

    private final Instant processStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
    private long firstFrameMs = -1;
    private long dataShownMs = -1;
    private long lastFrameNanos;
    private long maxGapMs;
    private boolean dataPending;

    void watch(Scene scene, MainViewModel model) {
        model.dataProperty().addListener((obs, old, data) -> dataPending = data != null);
        new AnimationTimer() {
            private int framesAfterData;

            @Override
            public void handle(long now) {
                long ms = sinceStart();
                if (firstFrameMs < 0) {
                    firstFrameMs = ms;
                } else {
                    maxGapMs = Math.max(maxGapMs, (now - lastFrameNanos) / 1_000_000);
                }
                lastFrameNanos = now;
                if (dataPending && dataShownMs < 0) {
                    // the frame after the one in which the tables were filled
                    dataShownMs = ms;
                }
                if (dataShownMs >= 0 && ++framesAfterData > 30) {
                    stop();
                    report();
                }
            }
        }.start();
    }

    private long sinceStart() {
        return Duration.between(processStart, Instant.now()).toMillis();
    }

    private void report() {
        System.out.println(String.format(Locale.ROOT, "{\"firstFrameMs\":%d,\"dataShownMs\":%d,\"maxFrameGapMs\":%d}",
                firstFrameMs, dataShownMs, maxGapMs));
        System.out.flush();
        Platform.exit();
        new Thread(() -> {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.exit(0);
        }, "measure-exit").start();
    }
}
