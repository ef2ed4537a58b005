package org.scoexplorer.ui.common;

import org.scoexplorer.ui.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;

/** A filter drop-down bound to a view-model property; the first entry ("All ...") stands for null. */
public final class Choice {
    private Choice() {}

    public record Option<T>(T value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    public static <T> ComboBox<Option<T>> bound(String allLabel, List<T> values, Function<T, String> label,
                                                ObjectProperty<T> target, String id) {
        List<Option<T>> options = new ArrayList<>();
        options.add(new Option<>(null, I18n.label(allLabel)));
        values.forEach(v -> options.add(new Option<>(v, label.apply(v))));
        ComboBox<Option<T>> box = new ComboBox<>();
        box.getItems().setAll(options);
        box.setId(id);
        select(box, target.get());
        box.valueProperty().addListener((obs, old, now) -> target.set(now == null ? null : now.value()));
        target.addListener((obs, old, now) -> select(box, now));
        return box;
    }

    /** Replaces the values (a new dataset), keeping "All ..." and the current selection when it still exists. */
    public static <T> void setValues(ComboBox<Option<T>> box, List<T> values, Function<T, String> label,
                                     ObjectProperty<T> target) {
        Option<T> all = box.getItems().get(0);
        List<Option<T>> options = new ArrayList<>();
        options.add(all);
        values.forEach(v -> options.add(new Option<>(v, label.apply(v))));
        T keep = target.get();
        box.getItems().setAll(options);
        if (keep != null && !values.contains(keep)) {
            target.set(null);
        }
        select(box, target.get());
    }

    private static <T> void select(ComboBox<Option<T>> box, T value) {
        for (Option<T> o : box.getItems()) {
            if (java.util.Objects.equals(o.value(), value)) {
                if (box.getValue() != o) {
                    box.setValue(o);
                }
                return;
            }
        }
    }
}
