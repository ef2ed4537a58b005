package org.scoexplorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.scoexplorer.ui.MainView;
import org.scoexplorer.ui.MainViewModel;

/**
 * {@code --measure-startup [--tour] [--type=TEXT] [FILE]}: measures the real window and prints one
 * JSON line, then exits 0. Used by bench/startup.sh and bench/interaction.sh.
 * <ul>
 * <li>always: when the first frame was shown and when the data was on screen (ms since the JVM
 * started), and the longest gap between two frames from the first frame until 30 frames after the
 * data ({@code maxFrameGapMs});
 * <li>{@code --tour}: then opens every tab in turn (the corridor graph is drawn) and reports the
 * longest frame gap meanwhile ({@code tourMaxGapMs}) and how long the corridor graph took to appear
 * once its tab was selected ({@code graphShownMs}, within a frame);
 * <li>{@code --type=TEXT}: then types TEXT into the Directory's filter and into the search box, one
 * character every 8 frames (about 130 ms, a quick typist), then deletes it again; reports the
 * longest and the 95th-percentile time of one keystroke's work and the longest frame gap while
 * typing;
 * <li>at the end, the resident set size of the process ({@code rssMb}, Linux; -1 elsewhere) and the
 * heap in use after a garbage collection ({@code heapMb}).
 * </ul>
 */
final class StartupProbe {
    static final String FLAG = "--measure-startup";
    private static final int FRAMES_PER_KEY = 8;

    private final boolean tour;
    private final String typed;
    private Stage stage;
    private MainView view;
    private long firstFrameNanos = -1;
    private long dataShownNanos = -1;
    private long lastFrameNanos;
    private long startupGapMs;
    private long tourGapMs = -1;
    private long corridorsOpened = -1;
    private long graphMs = -1;
    private long typingGapMs = -1;
    private final List<Long> keystrokeMicros = new ArrayList<>();
    private volatile boolean dataPending;

    StartupProbe(List<String> args) {
        tour = args.contains("--tour");
        typed = args.stream().filter(a -> a.startsWith("--type=")).map(a -> a.substring("--type=".length()))
                .findFirst().orElse(null);
    }

    /** Starts watching frames; call before the window is shown. */
    void watchFrames(Stage stage) {
        this.stage = stage;
        new AnimationTimer() {
            private int frame;
            private int phaseStart;
            private int phase; // 0 start-up, 1 tour, 2 typing, 3 report

            @Override
            public void handle(long now) {
                long at = System.nanoTime();
                long gap = firstFrameNanos < 0 ? 0 : (at - lastFrameNanos) / 1_000_000;
                if (firstFrameNanos < 0) {
                    firstFrameNanos = at;
                }
                lastFrameNanos = at;
                frame++;
                switch (phase) {
                    case 0 -> {
                        startupGapMs = Math.max(startupGapMs, gap);
                        if (dataPending && dataShownNanos < 0) {
                            // the frame after the one in which the tables were filled
                            dataShownNanos = at;
                            phaseStart = frame;
                        }
                        if (dataShownNanos >= 0 && frame - phaseStart > 30) {
                            phase = tour ? 1 : typed != null ? 2 : 3;
                            phaseStart = frame;
                        }
                    }
                    case 1 -> {
                        tourGapMs = Math.max(tourGapMs, gap);
                        int step = (frame - phaseStart) / 15;
                        List<String> tabs = view.tabIds();
                        if (corridorsOpened > 0 && graphMs < 0 && view.graphDrawn()) {
                            graphMs = (at - corridorsOpened) / 1_000_000;
                        }
                        if (step < tabs.size() && (frame - phaseStart) % 15 == 0) {
                            if (tabs.get(step).equals("corridors-tab")) {
                                corridorsOpened = System.nanoTime();
                            }
                            view.selectTab(tabs.get(step));
                        } else if (step >= tabs.size() + 1 && view.graphDrawn()) {
                            view.selectTab(tabs.get(0));
                            phase = typed != null ? 2 : 3;
                            phaseStart = frame;
                        }
                    }
                    case 2 -> {
                        if (frame - phaseStart > 1) {
                            typingGapMs = Math.max(typingGapMs, gap);
                        }
                        if ((frame - phaseStart) % FRAMES_PER_KEY == 0 && !typeNext((frame - phaseStart) / FRAMES_PER_KEY)) {
                            phase = 3;
                        }
                    }
                    default -> {
                        stop();
                        report();
                    }
                }
            }
        }.start();
    }

    /** Watches for the data to arrive in the window's model. */
    void watchData(MainView view, MainViewModel model) {
        this.view = view;
        if (model.dataProperty().get() != null) {
            dataPending = true;
        }
        model.dataProperty().addListener((obs, old, data) -> dataPending = data != null);
    }

    /** Keystroke {@code n} of typing TEXT and deleting it, first in the Directory, then in the search box. */
    private boolean typeNext(int n) {
        int perField = 2 * typed.length();
        String field;
        if (n < perField) {
            if (n == 0) {
                view.selectTab("directory-tab");
                return true; // the tab's first showing is not a keystroke
            }
            field = "#entries-filter";
        } else if (n < 2 * perField) {
            field = "#search-field";
            n -= perField;
        } else {
            return false;
        }
        Node node = stage.getScene().lookup(field);
        if (!(node instanceof TextInputControl input)) {
            return n == 0;
        }
        long t0 = System.nanoTime();
        if (n <= typed.length() && n > 0) {
            input.appendText(typed.substring(n - 1, n));
        } else if (n > typed.length()) {
            input.deleteText(input.getLength() - 1, input.getLength());
        }
        input.applyCss();
        stage.getScene().getRoot().layout();
        if (n > 0) {
            keystrokeMicros.add((System.nanoTime() - t0) / 1000);
        }
        return true;
    }

    private void report() {
        StringBuilder json = new StringBuilder(String.format(Locale.ROOT,
                "{\"firstFrameMs\":%d,\"dataShownMs\":%d,\"maxFrameGapMs\":%d",
                StartupClock.sinceJvmStart(firstFrameNanos), StartupClock.sinceJvmStart(dataShownNanos), startupGapMs));
        if (tour) {
            json.append(",\"tourMaxGapMs\":").append(tourGapMs).append(",\"graphShownMs\":").append(graphMs);
        }
        if (typed != null) {
            List<Long> sorted = new ArrayList<>(keystrokeMicros);
            Collections.sort(sorted);
            double p95 = sorted.isEmpty() ? -1 : sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1) / 1000.0;
            double max = sorted.isEmpty() ? -1 : sorted.get(sorted.size() - 1) / 1000.0;
            json.append(String.format(Locale.ROOT, ",\"keystrokes\":%d,\"keystrokeP95Ms\":%.1f,\"keystrokeMaxMs\":%.1f,"
                    + "\"typingMaxGapMs\":%d", sorted.size(), p95, max, typingGapMs));
        }
        System.gc();
        Runtime rt = Runtime.getRuntime();
        json.append(String.format(Locale.ROOT, ",\"rssMb\":%d,\"heapMb\":%d}", residentMegabytes(),
                (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024)));
        System.out.println(json);
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

    private static long residentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
