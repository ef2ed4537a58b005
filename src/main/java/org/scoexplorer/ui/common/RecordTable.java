package org.scoexplorer.ui.common;

import org.scoexplorer.ui.I18n;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.scoexplorer.service.Text;

/**
 * A sortable table over {@link FilteredRecords}: a filter bar (text field, optional extra controls,
 * the count) above the table. The state lives in the FilteredRecords; this class only shows it.
 */
public final class RecordTable<T> extends VBox {
    private final FilteredRecords<T> records;
    private final TableView<T> table = new TableView<>();
    private final TextField filter = new TextField();
    private final Label count = new Label();
    private final HBox bar;
    private boolean keyboardSelection;

    public RecordTable(FilteredRecords<T> records) {
        this.records = records;
        String id = records.noun().replace(' ', '-');
        SortedList<T> sorted = new SortedList<>(records.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(I18n.t("placeholder.loading")));
        table.setId(id + "-table");
        filter.setPromptText(I18n.t("filter.prompt." + records.noun()));
        filter.textProperty().bindBidirectional(records.textProperty());
        filter.setId(id + "-filter");
        count.textProperty().bind(records.countProperty());
        count.getStyleClass().add("count-label");
        count.setId(id + "-count");
        bar = new HBox(8, filter, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(filter, Priority.ALWAYS);
        setSpacing(6);
        setPadding(new Insets(8));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, table);
        // remember how the selection last moved: arrow keys browse, a click opens
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> keyboardSelection = true);
        table.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> keyboardSelection = false);
    }

    /** True when the last selection change came from the keyboard (arrow keys) rather than a click. */
    public boolean selectionByKeyboard() {
        return keyboardSelection;
    }

    /** Adds controls (choice boxes, chips) to the filter bar, before the count. */
    public void addToBar(Node... nodes) {
        bar.getChildren().addAll(bar.getChildren().size() - 1, List.of(nodes));
    }

    public TableView<T> table() {
        return table;
    }

    public TextField filterField() {
        return filter;
    }

    public FilteredRecords<T> records() {
        return records;
    }

    /** What the empty table says (loading, nothing open, nothing matches). */
    public void setPlaceholderText(String text) {
        table.setPlaceholder(new Label(text));
    }

    /** Selects and shows a record, if it is among the rows shown. */
    public boolean select(T record) {
        int row = table.getItems().indexOf(record);
        if (row < 0) {
            return false;
        }
        table.getSelectionModel().clearAndSelect(row);
        table.scrollTo(Math.max(0, row - 3));
        return true;
    }

    /** Moves a column's title into a label with a tooltip that says what the figures are and where from. */
    public static void explain(TableColumn<?, ?> column, String explanation) {
        Label header = new Label(column.getText());
        explanation = I18n.label(explanation);
        header.setTooltip(new Tooltip(explanation));
        column.setText(null);
        column.setGraphic(header);
    }

    /** A text column; null values sort last; long values show whole in a tooltip. */
    public TableColumn<T, String> text(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(I18n.label(title));
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setComparator(Comparator.nullsLast(Comparator.comparing(Text::fold)));
        c.setCellFactory(col -> new TableCell<>() {
            private final Tooltip tip = new Tooltip();

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                if (empty || text == null || text.length() < 25) {
                    setTooltip(null);
                } else {
                    tip.setText(text);
                    tip.setWrapText(true);
                    tip.setMaxWidth(500);
                    setTooltip(tip);
                }
            }
        });
        c.setPrefWidth(width);
        table.getColumns().add(c);
        return c;
    }

    /** A column whose cells are drawn by {@code cell} (e.g. a coloured badge), sorted by {@code sortKey}. */
    public <V extends Comparable<V>> TableColumn<T, T> custom(String title, Function<T, V> sortKey,
                                                                Function<T, String> text, Function<T, Node> cell,
                                                                double width) {
        TableColumn<T, T> c = new TableColumn<>(I18n.label(title));
        c.setUserData(text); // what the CSV export writes for this column
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        c.setComparator(Comparator.nullsLast(Comparator.comparing(sortKey, Comparator.nullsLast(Comparator.naturalOrder()))));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null : cell.apply(item));
            }
        });
        c.setPrefWidth(width);
        table.getColumns().add(c);
        return c;
    }

    /** The rows shown, in the order shown, with the visible columns: what "Export table as CSV" writes. */
    @SuppressWarnings("unchecked")
    public org.scoexplorer.model.Table toTable() {
        List<TableColumn<T, ?>> cols = table.getVisibleLeafColumns();
        List<String> names = new java.util.ArrayList<>();
        for (TableColumn<T, ?> c : cols) {
            names.add(c.getText() != null ? c.getText() : c.getGraphic() instanceof Label l ? l.getText() : "");
        }
        List<List<Object>> rows = new java.util.ArrayList<>();
        for (int r = 0; r < table.getItems().size(); r++) {
            List<Object> row = new java.util.ArrayList<>();
            T record = table.getItems().get(r);
            for (TableColumn<T, ?> c : cols) {
                Object v = c.getUserData() instanceof Function<?, ?> f ? ((Function<T, String>) f).apply(record)
                        : c.getCellData(r);
                row.add(v instanceof Number n && !(v instanceof Double) ? Long.valueOf(n.longValue())
                        : v instanceof Double || v instanceof String || v == null ? v : v.toString());
            }
            rows.add(row);
        }
        return new org.scoexplorer.model.Table(names, rows);
    }

    /** A right-aligned number column with grouping; sorts numerically. */
    public TableColumn<T, Number> number(String title, Function<T, Number> value, int decimals, double width) {
        TableColumn<T, Number> c = new TableColumn<>(I18n.label(title));
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setComparator(Comparator.nullsLast(Comparator.comparingDouble(Number::doubleValue)));
        NumberFormat fmt = NumberFormat.getNumberInstance(Locale.ENGLISH);
        fmt.setMaximumFractionDigits(decimals);
        fmt.setMinimumFractionDigits(decimals);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null ? null : fmt.format(n));
            }
        });
        c.getStyleClass().add("number-column");
        c.setPrefWidth(width);
        table.getColumns().add(c);
        return c;
    }

    /** A year column: no grouping separator. */
    public TableColumn<T, Number> year(String title, Function<T, Integer> value, double width) {
        TableColumn<T, Number> c = new TableColumn<>(I18n.label(title));
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setComparator(Comparator.nullsLast(Comparator.comparingInt(Number::intValue)));
        c.getStyleClass().add("number-column");
        c.setPrefWidth(width);
        table.getColumns().add(c);
        return c;
    }
}
