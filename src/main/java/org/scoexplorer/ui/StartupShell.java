package org.scoexplorer.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.scoexplorer.service.AppInfo;

/**
 * What the window shows for the fraction of a second before the explorer is built: the outline of
 * the window (menu bar, tool bar, tabs, status bar) in the theme's colours. Made of plain regions,
 * no controls, no style sheet and at first no text (the font system alone takes about 0.2 s to
 * start), so the window appears about as fast as an empty one. When the build takes longer (a large
 * dataset), {@link #showOpening} adds the name of the file being opened.
 */
public final class StartupShell {
    private final boolean dark;
    private final StackPane root;

    public StartupShell(boolean dark) {
        this.dark = dark;
        Color chrome = chrome();
        Color line = dark ? Color.web("#3f4349") : Color.web("#c8c8c8");
        // three regions, the bars drawn as background fills (menu bar 26 px, tool bar 38, tabs 30, each
        // with a 1 px line below): as few classes and nodes as possible
        Region top = new Region();
        top.setBackground(new Background(new BackgroundFill(chrome, null, null),
                new BackgroundFill(line, null, new Insets(26, 0, 70, 0)),
                new BackgroundFill(line, null, new Insets(65, 0, 31, 0)),
                new BackgroundFill(line, null, new Insets(96, 0, 0, 0))));
        top.setMaxHeight(97);
        Region bottom = new Region();
        bottom.setBackground(Background.fill(chrome));
        bottom.setMaxHeight(24);
        StackPane.setAlignment(top, Pos.TOP_CENTER);
        StackPane.setAlignment(bottom, Pos.BOTTOM_CENTER);
        root = new StackPane(top, bottom);
        root.setBackground(Background.fill(dark ? Color.web("#1e2023") : Color.WHITE));
    }

    public Parent root() {
        return root;
    }

    /** Shows the app's name and {@code opening} (which file is being opened) in the middle. */
    public void showOpening(String opening) {
        Color ink = dark ? Color.web("#d6d8dc") : Color.web("#333333");
        Text title = new Text(AppInfo.NAME);
        title.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 20));
        title.setFill(ink);
        Text message = new Text(opening);
        message.setFill(ink.deriveColor(0, 1, 1, 0.7));
        VBox middle = new VBox(8, title, message);
        middle.setAlignment(Pos.CENTER);
        root.getChildren().add(middle);
    }

    private Color chrome() {
        return dark ? Color.web("#2c2f34") : Color.web("#ececec");
    }
}
