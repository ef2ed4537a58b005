package org.scoexplorer.ui.search;

import org.scoexplorer.ui.I18n;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.scoexplorer.service.RecordRef;
import org.scoexplorer.service.SearchHit;

/**
 * The search field of the toolbar and its drop-down of hits. Results appear as you type; Up and Down
 * move through them, Enter or a click opens one, Escape closes the list.
 */
public final class SearchBox {
    private static final double ROW_HEIGHT = 40;

    private final SearchViewModel model;
    private final TextField field = new TextField();
    private final ListView<SearchHit> list = new ListView<>();
    private final Popup popup = new Popup();
    private final Label empty = new Label(I18n.t("search.none"));

    public SearchBox(SearchViewModel model, Consumer<RecordRef> open) {
        this.model = model;
        field.setPromptText(I18n.t("search.prompt"));
        field.setId("search-field");
        field.setPrefColumnCount(36);
        field.textProperty().bindBidirectional(model.queryProperty());
        list.setItems(model.hits());
        list.setId("search-results");
        list.setPrefWidth(520);
        list.setFixedCellSize(ROW_HEIGHT);
        list.setFocusTraversable(false);
        list.setCellFactory(v -> new HitCell());
        list.setPlaceholder(empty);
        VBox box = new VBox(list);
        box.getStyleClass().add("search-popup");
        popup.getContent().add(box);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);

        model.highlightedProperty().addListener((obs, old, i) -> {
            int row = i.intValue();
            if (row >= 0) {
                list.getSelectionModel().select(row);
                list.scrollTo(row);
            } else {
                list.getSelectionModel().clearSelection();
            }
        });
        model.hits().addListener((javafx.collections.ListChangeListener<SearchHit>) c -> {
            list.setPrefHeight(Math.max(1, model.hits().size()) * ROW_HEIGHT + 4);
            if (field.isFocused() && !model.queryProperty().get().isBlank()) {
                show();
            } else if (model.queryProperty().get().isBlank()) {
                popup.hide();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                model.highlightNext();
                show();
                e.consume();
            } else if (e.getCode() == KeyCode.UP) {
                model.highlightPrevious();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                model.chosen().ifPresent(ref -> {
                    popup.hide();
                    open.accept(ref);
                });
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            SearchHit hit = list.getSelectionModel().getSelectedItem();
            if (hit != null) {
                popup.hide();
                open.accept(hit.ref());
            }
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (focused && !model.hits().isEmpty()) {
                show();
            } else if (!focused) {
                popup.hide(); // Tab or a click elsewhere leaves the search
            }
        });
    }

    private void show() {
        if (field.getScene() == null || field.getScene().getWindow() == null) {
            return;
        }
        Bounds b = field.localToScreen(field.getBoundsInLocal());
        if (b == null) {
            return;
        }
        if (!popup.isShowing()) {
            popup.show(field, b.getMinX(), b.getMaxY() + 2);
        } else {
            popup.setAnchorX(b.getMinX());
            popup.setAnchorY(b.getMaxY() + 2);
        }
    }

    /** Puts the cursor in the field and selects its text (Ctrl+K, Ctrl+F). */
    public void focus() {
        field.requestFocus();
        field.selectAll();
        if (!model.hits().isEmpty()) {
            show();
        }
    }

    public TextField field() {
        return field;
    }

    public ListView<SearchHit> list() {
        return list;
    }

    public boolean isShowing() {
        return popup.isShowing();
    }

    private static final class HitCell extends ListCell<SearchHit> {
        private final Label title = new Label();
        private final Label kind = new Label();
        private final Label detail = new Label();
        private final VBox box;

        HitCell() {
            title.getStyleClass().add("hit-title");
            kind.getStyleClass().add("hit-kind");
            kind.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            detail.getStyleClass().add("hit-detail");
            HBox top = new HBox(8, title, kind);
            HBox.setHgrow(title, Priority.ALWAYS);
            title.setMaxWidth(Double.MAX_VALUE);
            title.setMinWidth(0);
            box = new VBox(1, top, detail);
            // as wide as the list, never wider: long titles end in an ellipsis, no horizontal scrolling
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                return;
            }
            title.setText(hit.title());
            kind.setText(I18n.t("kind." + hit.ref().kind().name().toLowerCase(java.util.Locale.ROOT)));
            detail.setText(hit.detail());
            setGraphic(box);
        }
    }
}
