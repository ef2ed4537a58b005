package org.scoexplorer;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.util.Duration;
import org.scoexplorer.ui.MainView;
import org.scoexplorer.ui.MainViewModel;

/**
 * {@code --self-test}: the real window, driven through every tab, checked for the data, the graph
 * and the search, then the app exits 0, or 1 with what failed. Used by CI on the packaged app, so a
 * build that works in development but not once installed cannot pass.
 */
final class SelfTest {
    private static final int TIMEOUT_SECONDS = 90;

    /** Set once the verdict is printed; what happens while the JVM shuts down no longer counts. */
    static volatile boolean finished;

    private final MainView view;
    private final MainViewModel model;
    private final List<String> failures = new ArrayList<>();
    private final long start = System.nanoTime();
    private int step;
    private int tab;

    SelfTest(MainView view, MainViewModel model) {
        this.view = view;
        this.model = model;
    }

    void run() {
        // a watchdog that does not depend on the FX thread: a hung toolkit still ends the test
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep((TIMEOUT_SECONDS + 15) * 1000L);
            } catch (InterruptedException e) {
                return;
            }
            System.err.println("self-test: FAILED: no answer within " + (TIMEOUT_SECONDS + 15) + " s at step " + step);
            System.err.flush();
            Runtime.getRuntime().halt(1);
        }, "self-test-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        Timeline poll = new Timeline();
        poll.getKeyFrames().add(new KeyFrame(Duration.millis(100), e -> {
            if (advance()) {
                poll.stop();
                finish();
            } else if ((System.nanoTime() - start) / 1e9 > TIMEOUT_SECONDS) {
                failures.add("timed out at step " + step + " (" + describe() + ")");
                poll.stop();
                finish();
            }
        }));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
    }

    private String describe() {
        return switch (step) {
            case 0 -> "waiting for the dataset";
            case 1 -> "opening the tabs";
            case 2 -> "waiting for the corridor graph";
            default -> "searching";
        };
    }

    /** One step per tick, so the window really draws between them; true when done. */
    private boolean advance() {
        switch (step) {
            case 0 -> {
                if (model.failureProperty().get() != null) {
                    failures.add("the dataset did not load: " + model.getProblems());
                    return true;
                }
                if (model.getData() != null) {
                    var d = model.getData().index().dataset();
                    check(d.countries().size() > 0, "no countries");
                    check(d.documents().size() > 0, "no documents");
                    check(d.legs().size() > 0, "no legs");
                    step++;
                }
            }
            case 1 -> {
                List<String> ids = view.tabIds();
                if (tab < ids.size()) {
                    view.selectTab(ids.get(tab++));
                } else {
                    step++;
                }
            }
            case 2 -> {
                view.selectTab("corridors-tab");
                if (view.graphDrawn()) {
                    step++;
                }
            }
            default -> {
                check(view.searchHits("Kazakhstan") > 0, "the search found nothing for Kazakhstan");
                check(view.searchHits("Trans-Caspian") > 0, "the search found nothing for Trans-Caspian");
                return true;
            }
        }
        return false;
    }

    private void check(boolean ok, String failure) {
        if (!ok) {
            failures.add(failure);
        }
    }

    private void finish() {
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (failures.isEmpty()) {
            System.out.println("self-test: ok (" + view.tabIds().size() + " tabs, graph drawn, search works) in " + ms + " ms");
        } else {
            failures.forEach(f -> System.err.println("self-test: FAILED: " + f));
        }
        System.out.flush();
        int code = failures.isEmpty() ? 0 : 1;
        finished = true;
        // no view.close() here: the window may still paint once, and a closed graph viewer cannot
        Platform.exit();
        // exit off the FX thread once the toolkit has stopped (exiting while it still paints makes
        // JavaFX print a stack trace), and for sure after a moment
        new Thread(() -> {
            try {
                Thread.sleep(700);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.exit(code);
        }, "self-test-exit").start();
        Thread halt = new Thread(() -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                return;
            }
            Runtime.getRuntime().halt(code);
        }, "self-test-halt");
        halt.setDaemon(true);
        halt.start();
    }
}
