package org.scoexplorer.ui.common;

import org.scoexplorer.ui.I18n;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

/** Shows the theme a view is filtered by; clicking it removes the filter. Hidden when there is none. */
public final class ThemeChip extends Button {
    public ThemeChip(ObjectProperty<String> theme, Function<String, String> themeName, String id) {
        getStyleClass().add("theme-chip");
        setId(id);
        setTooltip(new Tooltip(I18n.t("theme.chip.tip")));
        setOnAction(e -> theme.set(null));
        Runnable update = () -> {
            String t = theme.get();
            setVisible(t != null);
            setManaged(t != null);
            setText(t == null ? "" : I18n.t("theme.chip", themeName.apply(t)) + "  ✕");
        };
        theme.addListener((obs, old, now) -> update.run());
        update.run();
    }
}
