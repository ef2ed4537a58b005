package org.scoexplorer.ui;

import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.scoexplorer.data.Problem;
import org.scoexplorer.service.DatasetIndex;

/** The window's content: the tabs, a problem panel when a load failed, and the status bar. */
public final class MainView {
    private final MainViewModel model;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final MembersTab members = new MembersTab();
    private final DocumentsTab documents = new DocumentsTab();
    private final CorridorsTab corridors = new CorridorsTab();
    private final VBox problemPanel = new VBox(4);
    private final TextArea problemText = new TextArea();
    private final Label problemTitle = new Label();

    public MainView(MainViewModel model) {
        this.model = model;
        tabs.getTabs().addAll(members.tab(), documents.tab(), corridors.tab());
        tabs.setId("main-tabs");
        root.setCenter(tabs);
        root.setTop(buildProblemPanel());
        root.setBottom(buildStatusBar());
        root.getStyleClass().add("main-view");
        model.dataProperty().addListener((obs, old, index) -> show(index));
        model.getProblems().addListener((ListChangeListener<Problem>) c -> showProblems());
        model.loadingProperty().addListener((obs, was, loading) -> {
            if (!loading && model.getData() == null) {
                members.table().setPlaceholderText("No dataset is open: see the problems above");
                documents.table().setPlaceholderText("No dataset is open: see the problems above");
                corridors.corridors().setPlaceholderText("No dataset is open: see the problems above");
                corridors.legs().setPlaceholderText("No dataset is open");
            }
        });
        if (model.getData() != null) {
            show(model.getData());
        }
    }

    private Region buildProblemPanel() {
        problemTitle.getStyleClass().add("problem-title");
        problemText.setEditable(false);
        problemText.setWrapText(false);
        problemText.setPrefRowCount(5);
        problemText.setId("problem-text");
        problemPanel.getChildren().addAll(problemTitle, problemText);
        problemPanel.setPadding(new Insets(8));
        problemPanel.getStyleClass().add("problem-panel");
        problemPanel.setVisible(false);
        problemPanel.setManaged(false);
        return problemPanel;
    }

    private Region buildStatusBar() {
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        status.setId("status-text");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(14, 14);
        busy.visibleProperty().bind(model.loadingProperty());
        busy.managedProperty().bind(model.loadingProperty());
        HBox bar = new HBox(8, busy, status);
        HBox.setHgrow(status, Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 8, 3, 8));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void show(DatasetIndex index) {
        if (index == null) {
            return;
        }
        members.show(index);
        documents.show(index);
        corridors.show(index);
    }

    private void showProblems() {
        var errors = model.getProblems().stream().filter(Problem::isError).toList();
        boolean visible = !errors.isEmpty();
        problemPanel.setVisible(visible);
        problemPanel.setManaged(visible);
        if (visible) {
            problemTitle.setText("The dataset could not be opened: " + errors.size()
                    + (errors.size() == 1 ? " problem" : " problems") + " (select and copy the lines below)");
            problemText.setText(model.getProblems().stream().map(Problem::format).collect(Collectors.joining("\n")));
        }
    }

    public Parent root() {
        return root;
    }

    TabPane tabs() {
        return tabs;
    }
}
