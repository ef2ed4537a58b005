package org.scoexplorer.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.scoexplorer.StartupClock;

/**
 * The floor for start-up: an empty JavaFX window, measured the way the app measures itself with
 * --measure-startup (first frame, in ms since the JVM started). bench/startup.sh runs it
 * alternately with the app.
 */
public final class EmptyStage {
    private EmptyStage() {}

    /** Like the app's Launcher, the main class is not the Application (JavaFX on the classpath). */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            show(stage);
        }
    }

    static void show(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 1280, 800));
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                long frame = System.nanoTime();
                System.out.println("{\"firstFrameMs\":" + StartupClock.sinceJvmStart(frame) + "}");
                Platform.exit();
            }
        }.start();
        stage.show();
    }
}
