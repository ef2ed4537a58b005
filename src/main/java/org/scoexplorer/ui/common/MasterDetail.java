package org.scoexplorer.ui.common;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;

/**
 * The wiring every master-detail view shares: the table's selection drives the view model's
 * selected record, and the selected record (however it was chosen: click, link, Back) is selected in
 * the table and shown in the detail pane.
 */
public final class MasterDetail {
    private MasterDetail() {}

    public static <T> void bind(RecordTable<T> table, ObjectProperty<T> selected, Consumer<T> show, Runnable nothing) {
        table.table().getSelectionModel().selectedItemProperty().addListener((obs, old, r) -> selected.set(r));
        selected.addListener((obs, old, r) -> {
            if (r == null) {
                nothing.run();
                return;
            }
            if (table.table().getSelectionModel().getSelectedItem() != r) {
                table.select(r);
            }
            show.accept(r);
        });
    }

    /** Selects a record, first clearing the filters (with {@code showAll}) when they hide it. */
    public static <T> void reveal(RecordTable<T> table, ObjectProperty<T> selected, Runnable showAll, T record) {
        if (record == null) {
            return;
        }
        if (!table.records().shown().contains(record)) {
            showAll.run();
        }
        selected.set(record);
        table.select(record);
    }
}
