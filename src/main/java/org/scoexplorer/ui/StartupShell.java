package org.scoexplorer.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.scoexplorer.service.AppInfo;

/**
 * What the window shows for the fraction of a second before the explorer is built: the outline of
 * the window (menu bar, tool bar, tabs, status bar) in the theme's colours and the file being
 * opened. Made of shapes and text only, no controls and no style sheet, so it costs almost nothing
 * and the window appears as fast as an empty one.
 */
public final class StartupShell {
    private StartupShell() {}

    public static Parent build(boolean dark, String opening) {
        Color chrome = dark ? Color.web("#2c2f34") : Color.web("#ececec");
        Color content = dark ? Color.web("#1e2023") : Color.WHITE;
        Color line = dark ? Color.web("#3f4349") : Color.web("#c8c8c8");
        Color text = dark ? Color.web("#d6d8dc") : Color.web("#333333");

        VBox top = new VBox(strip(chrome, 26), strip(line, 1), strip(chrome, 38), strip(line, 1), strip(chrome, 30),
                strip(line, 1));
        Text title = new Text(AppInfo.NAME);
        title.setFont(Font.font(Font.getDefault().getFamily(), javafx.scene.text.FontWeight.BOLD, 20));
        title.setFill(text);
        Text message = new Text(opening);
        message.setFill(text.deriveColor(0, 1, 1, 0.7));
        VBox middle = new VBox(8, title, message);
        middle.setAlignment(Pos.CENTER);
        StackPane center = new StackPane(middle);
        center.setBackground(Background.fill(content));
        Region status = strip(chrome, 24);
        BorderPane root = new BorderPane(center, top, null, status, null);
        root.setBackground(Background.fill(chrome));
        BorderPane.setMargin(center, Insets.EMPTY);
        return root;
    }

    private static Region strip(Color color, double height) {
        Region r = new Region();
        r.setBackground(Background.fill(color));
        r.setMinHeight(height);
        r.setPrefHeight(height);
        return r;
    }
}
