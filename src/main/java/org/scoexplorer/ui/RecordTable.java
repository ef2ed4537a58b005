package org.scoexplorer.ui;

import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
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
 * A sortable table of records with a text filter and a "shown of total" count. Filtering folds case
 * and accents, so "turkiye" finds Türkiye.
 */
public final class RecordTable<T> extends VBox {
    private final ObservableList<T> all = FXCollections.observableArrayList();
    private final FilteredList<T> filtered = new FilteredList<>(all);
    private final TableView<T> table = new TableView<>();
    private final TextField filter = new TextField();
    private final Label count = new Label();
    private final Function<T, String> searchText;
    private final String noun;
    private Predicate<T> scope = r -> true;

    public RecordTable(String noun, Function<T, String> searchText) {
        this.noun = noun;
        this.searchText = searchText;
        SortedList<T> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Loading the dataset …"));
        filter.setPromptText("Filter " + noun + " (name, id, any text)");
        filter.textProperty().addListener((obs, old, text) -> applyFilter(text));
        filter.setId(noun.replace(' ', '-') + "-filter");
        table.setId(noun.replace(' ', '-') + "-table");
        count.setId(noun.replace(' ', '-') + "-count");
        count.getStyleClass().add("count-label");
        HBox bar = new HBox(8, filter, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(filter, Priority.ALWAYS);
        setSpacing(6);
        setPadding(new Insets(8));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, table);
        updateCount();
        filtered.addListener((javafx.collections.ListChangeListener<T>) c -> updateCount());
    }

    private void applyFilter(String text) {
        String q = Text.fold(text);
        Predicate<T> within = scope;
        filtered.setPredicate(q.isEmpty() ? within : r -> within.test(r) && Text.fold(searchText.apply(r)).contains(q));
    }

    /** Restricts the rows to those matching {@code predicate}, on top of the text filter. */
    public void setScope(Predicate<T> predicate) {
        scope = predicate == null ? r -> true : predicate;
        applyFilter(filter.getText());
    }

    private void updateCount() {
        count.setText(filtered.size() == all.size() ? all.size() + " " + noun
                : filtered.size() + " of " + all.size() + " " + noun);
    }

    /** What the empty table says (loading, nothing open, ...). */
    public void setPlaceholderText(String text) {
        table.setPlaceholder(new Label(text));
    }

    public void setRecords(List<T> records) {
        all.setAll(records);
        if (records.isEmpty()) {
            table.setPlaceholder(new Label("No " + noun + " in this dataset"));
        }
        updateCount();
    }

    public TableView<T> table() {
        return table;
    }

    public TextField filterField() {
        return filter;
    }

    public Label countLabel() {
        return count;
    }

    public List<TableColumn<T, ?>> columns() {
        return table.getColumns();
    }

    /** Moves a column's title into a label with a tooltip that says what the figures are and where from. */
    public static void explain(TableColumn<?, ?> column, String explanation) {
        Label header = new Label(column.getText());
        header.setTooltip(new Tooltip(explanation));
        column.setText(null);
        column.setGraphic(header);
    }

    /** A text column; null values sort last. */
    public TableColumn<T, String> text(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setComparator(Comparator.nullsLast(Comparator.comparing(Text::fold)));
        c.setCellFactory(col -> new TableCell<>() {
            private final Tooltip tip = new Tooltip();

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                // long values are cut by the column; the tooltip shows them whole
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

    /** A right-aligned number column with grouping; sorts numerically. */
    public TableColumn<T, Number> number(String title, Function<T, Number> value, int decimals, double width) {
        TableColumn<T, Number> c = new TableColumn<>(title);
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
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setPrefWidth(width);
        table.getColumns().add(c);
        return c;
    }

    /** A year column: no grouping separator. */
    public TableColumn<T, Number> year(String title, Function<T, Integer> value, double width) {
        TableColumn<T, Number> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setComparator(Comparator.nullsLast(Comparator.comparingInt(Number::intValue)));
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setPrefWidth(width);
        table.getColumns().add(c);
        return c;
    }
}
