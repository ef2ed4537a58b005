package org.scoexplorer;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.scoexplorer.data.Settings;

/**
 * Puts the window where it was, if that place is still on a screen (a monitor may have been
 * unplugged since); otherwise at the default size, centred.
 */
final class WindowPlacement {
    private WindowPlacement() {}

    static void apply(Stage stage, Settings s) {
        if (s.windowWidth() != null && s.windowHeight() != null) {
            stage.setWidth(Math.max(640, s.windowWidth()));
            stage.setHeight(Math.max(480, s.windowHeight()));
        }
        if (s.windowX() != null && s.windowY() != null && visible(s.windowX(), s.windowY(), stage.getWidth(),
                stage.getHeight())) {
            stage.setX(s.windowX());
            stage.setY(s.windowY());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(s.maximized());
    }

    /** True when at least a 100 x 60 px corner of the title bar area lies on some screen. */
    static boolean visible(double x, double y, double width, double height) {
        double w = Double.isNaN(width) || width <= 0 ? 800 : width;
        Rectangle2D grab = new Rectangle2D(x + 20, y, Math.min(100, w), 60);
        return Screen.getScreens().stream().anyMatch(sc -> sc.getVisualBounds().intersects(grab));
    }
}
