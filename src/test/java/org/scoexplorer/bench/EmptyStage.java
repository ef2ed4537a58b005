package org.scoexplorer.bench;

import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor for start-up: an empty JavaFX window, measured the way the app measures itself with
 * --measure-startup (first frame, in ms since the JVM process started). bench/startup.sh runs it
 * alternately with the app.
 */
public final class EmptyStage {
    private static final Instant START = ProcessHandle.current().info().startInstant().orElse(Instant.now());

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
                System.out.println("{\"firstFrameMs\":" + Duration.between(START, Instant.now()).toMillis() + "}");
                Platform.exit();
            }
        }.start();
        stage.show();
    }
}
