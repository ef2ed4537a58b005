package org.scoexplorer.ui.common;

import org.scoexplorer.ui.I18n;
import java.util.Locale;
import javafx.scene.control.Label;
import org.scoexplorer.model.Status;
import org.scoexplorer.model.WorkStatus;

/** Small coloured labels for statuses; the colour comes from CSS (style class per status). */
public final class Badges {
    private Badges() {}

    public static Label of(Status status) {
        Label l = new Label(I18n.status(status));
        l.getStyleClass().addAll("badge", "status-" + status.code().replace('_', '-'));
        return l;
    }

    public static Label of(WorkStatus status) {
        Label l = new Label(I18n.work(status));
        l.getStyleClass().addAll("badge", "work-" + status.code().replace('_', '-'));
        return l;
    }

    public static Label plain(String text) {
        Label l = new Label(I18n.label(text));
        l.getStyleClass().addAll("badge", "badge-" + text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-"));
        return l;
    }
}
