package org.scoexplorer;

import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.scoexplorer.ui.MainViewModel;

/**
 * {@code --measure-startup}: prints, as one JSON line, when the first frame was shown and when the
 * data was on screen (milliseconds since the JVM started), and the longest gap between two frames
 * after the first one, then exits 0. Used by bench/startup.sh.
 */
final class StartupProbe {
    static final String FLAG = "--measure-startup";

    private long firstFrameNanos = -1;
    private long dataShownNanos = -1;
    private long lastFrameNanos;
    private long maxGapMs;
    private volatile boolean dataPending;

    /** Starts watching frames; call before the window is shown. */
    void watchFrames() {
        new AnimationTimer() {
            private int framesAfterData;

            @Override
            public void handle(long now) {
                long at = System.nanoTime();
                if (firstFrameNanos < 0) {
                    firstFrameNanos = at;
                } else {
                    maxGapMs = Math.max(maxGapMs, (at - lastFrameNanos) / 1_000_000);
                }
                lastFrameNanos = at;
                if (dataPending && dataShownNanos < 0) {
                    // the frame after the one in which the tables were filled
                    dataShownNanos = at;
                }
                if (dataShownNanos >= 0 && ++framesAfterData > 30) {
                    stop();
                    report();
                }
            }
        }.start();
    }

    /** Watches for the data to arrive in the window's model. */
    void watchData(MainViewModel model) {
        if (model.dataProperty().get() != null) {
            dataPending = true;
        }
        model.dataProperty().addListener((obs, old, data) -> dataPending = data != null);
    }

    private void report() {
        System.out.println(String.format(Locale.ROOT, "{\"firstFrameMs\":%d,\"dataShownMs\":%d,\"maxFrameGapMs\":%d}",
                StartupClock.sinceJvmStart(firstFrameNanos), StartupClock.sinceJvmStart(dataShownNanos), maxGapMs));
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
