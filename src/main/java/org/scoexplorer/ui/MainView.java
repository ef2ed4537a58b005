package org.scoexplorer.ui;

import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.scoexplorer.data.Problem;
import org.scoexplorer.service.RecordRef;
import org.scoexplorer.service.WebLinks;
import org.scoexplorer.ui.common.Links;
import org.scoexplorer.ui.corridors.CorridorsTab;
import org.scoexplorer.ui.corridors.CorridorsViewModel;
import org.scoexplorer.ui.directory.DirectoryTab;
import org.scoexplorer.ui.directory.DirectoryViewModel;
import org.scoexplorer.ui.documents.DocumentsTab;
import org.scoexplorer.ui.documents.DocumentsViewModel;
import org.scoexplorer.ui.members.MembersTab;
import org.scoexplorer.ui.members.MembersViewModel;
import org.scoexplorer.ui.overview.OverviewTab;
import org.scoexplorer.ui.search.SearchBox;
import org.scoexplorer.ui.search.SearchViewModel;

/**
 * The window's content: a toolbar (back, forward, search), the tabs, a problem panel when a load failed,
 * and the status bar. It wires links and the history: opening a record switches to the tab that shows
 * it and selects it there; selecting a row records it in the history.
 */
public final class MainView implements Links {
    private final MainViewModel model;
    private final NavigationModel navigation = new NavigationModel();
    private final ObjectProperty<String> theme = new SimpleObjectProperty<>(this, "theme");
    private final Consumer<String> browser;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final MembersViewModel membersModel = new MembersViewModel(theme);
    private final DocumentsViewModel documentsModel = new DocumentsViewModel(theme);
    private final CorridorsViewModel corridorsModel = new CorridorsViewModel();
    private final DirectoryViewModel directoryModel = new DirectoryViewModel();
    private final SearchViewModel searchModel = new SearchViewModel();
    private final OverviewTab overview;
    private final MembersTab members;
    private final DocumentsTab documents;
    private final CorridorsTab corridors;
    private final DirectoryTab directory;
    private final SearchBox search;
    private final VBox problemPanel = new VBox(4);
    private final TextArea problemText = new TextArea();
    private final Label problemTitle = new Label();
    private boolean revealing;

    /** {@code browser} opens a web address in the system browser. */
    public MainView(MainViewModel model, Consumer<String> browser) {
        this.model = model;
        this.browser = browser;
        overview = new OverviewTab(this, this::filterByTheme);
        members = new MembersTab(membersModel, this);
        documents = new DocumentsTab(documentsModel, this);
        corridors = new CorridorsTab(corridorsModel, this, model.background(), model::showMessage);
        directory = new DirectoryTab(directoryModel, this, this::filterByTheme);
        search = new SearchBox(searchModel, this::open);
        tabs.getTabs().addAll(overview.tab(), members.tab(), documents.tab(), corridors.tab(), directory.tab());
        tabs.setId("main-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        VBox top = new VBox(buildToolbar(), buildProblemPanel());
        root.setTop(top);
        root.setCenter(tabs);
        root.setBottom(buildStatusBar());
        root.getStyleClass().add("main-view");

        model.dataProperty().addListener((obs, old, data) -> show(data));
        model.getProblems().addListener((ListChangeListener<Problem>) c -> showProblems());
        model.loadingProperty().addListener((obs, was, loading) -> {
            if (!loading && model.getData() == null) {
                String none = "No dataset is open: see the problems above";
                members.table().setPlaceholderText(none);
                documents.table().setPlaceholderText(none);
                directory.table().setPlaceholderText(none);
            }
        });
        navigation.currentProperty().addListener((obs, old, ref) -> reveal(ref));
        membersModel.selectedProperty().addListener((obs, old, c) -> {
            if (c != null) {
                selected(RecordRef.country(c.id()), members.table().selectionByKeyboard());
            }
        });
        documentsModel.selectedProperty().addListener((obs, old, d) -> {
            if (d != null) {
                selected(RecordRef.document(d.id()), documents.table().selectionByKeyboard());
            }
        });
        corridorsModel.highlightedProperty().addListener((obs, old, c) -> {
            if (c != null) {
                selected(RecordRef.corridor(c.id()), false);
            }
        });
        directoryModel.selectedProperty().addListener((obs, old, e) -> {
            if (e != null) {
                selected(e.ref(), directory.table().selectionByKeyboard());
            }
        });
        // switching tabs is a step of the history too: Back returns to what the previous tab showed
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (!revealing) {
                RecordRef shown = shownIn(tab);
                if (shown != null) {
                    navigation.open(shown);
                }
            }
        });
        if (model.getData() != null) {
            show(model.getData());
        }
    }

    /** Keyboard shortcuts that work anywhere in the window. */
    public void installAccelerators(Scene scene) {
        var acc = scene.getAccelerators();
        acc.put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN), search::focus);
        acc.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), search::focus);
        acc.put(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), navigation::back);
        acc.put(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN), navigation::forward);
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5};
        for (int i = 0; i < digits.length && i < tabs.getTabs().size(); i++) {
            Tab t = tabs.getTabs().get(i);
            acc.put(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN), () -> tabs.getSelectionModel().select(t));
        }
    }

    private Region buildToolbar() {
        Button back = new Button("◀");
        back.setTooltip(new Tooltip("Back (Alt+Left)"));
        back.setId("back-button");
        back.disableProperty().bind(navigation.canGoBackProperty().not());
        back.setOnAction(e -> navigation.back());
        Button forward = new Button("▶");
        forward.setTooltip(new Tooltip("Forward (Alt+Right)"));
        forward.setId("forward-button");
        forward.disableProperty().bind(navigation.canGoForwardProperty().not());
        forward.setOnAction(e -> navigation.forward());
        Label title = new Label("SCO Explorer");
        title.getStyleClass().add("app-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, back, forward, title, spacer, search.field());
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.getStyleClass().add("tool-bar-row");
        return bar;
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

    private void show(ExplorerData data) {
        if (data == null) {
            return;
        }
        navigation.reset();
        theme.set(null);
        membersModel.setData(data.index(), data.references());
        members.setData(data.index());
        documentsModel.setData(data.index());
        documents.setData(data.index(), data.references());
        corridorsModel.setData(data.index());
        corridors.setData(data.index(), data.references());
        directoryModel.setData(data.index(), data.references());
        directory.setData(data.index(), data.references());
        overview.setData(data.index(), data.statistics());
        searchModel.setService(data.search());
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

    /** Filters Members and Documents by a theme and shows the documents. */
    void filterByTheme(String themeId) {
        theme.set(themeId);
        // a theme with no documents (only statements) is shown through the countries that spoke to it
        boolean hasDocuments = model.getData() != null && !model.getData().references().documentsWithTheme(themeId).isEmpty();
        tabs.getSelectionModel().select(hasDocuments ? documents.tab() : members.tab());
    }

    @Override
    public void open(RecordRef ref) {
        boolean alreadyCurrent = ref.equals(navigation.getCurrent());
        navigation.open(ref);
        // opening the record already current still brings its view to the front
        if (alreadyCurrent) {
            reveal(ref);
        }
    }

    /** A row was selected in a view: a new history entry, or, when browsing with the keyboard, in place. */
    private void selected(RecordRef ref, boolean byKeyboard) {
        if (revealing) {
            return;
        }
        if (byKeyboard) {
            navigation.replace(ref);
        } else {
            navigation.open(ref);
        }
    }

    /** The record a tab shows now, if any. */
    private RecordRef shownIn(Tab tab) {
        if (tab == members.tab() && membersModel.selectedProperty().get() != null) {
            return RecordRef.country(membersModel.selectedProperty().get().id());
        }
        if (tab == documents.tab() && documentsModel.selectedProperty().get() != null) {
            return RecordRef.document(documentsModel.selectedProperty().get().id());
        }
        if (tab == corridors.tab() && corridorsModel.highlightedProperty().get() != null) {
            return RecordRef.corridor(corridorsModel.highlightedProperty().get().id());
        }
        if (tab == directory.tab() && directoryModel.selectedProperty().get() != null) {
            return directoryModel.selectedProperty().get().ref();
        }
        return null;
    }

    @Override
    public void openUrl(String url) {
        if (WebLinks.isSafe(url)) {
            browser.accept(url);
        }
    }

    private void reveal(RecordRef ref) {
        if (ref == null || model.getData() == null) {
            return;
        }
        revealing = true;
        try {
            showInView(ref);
        } finally {
            revealing = false;
        }
    }

    private void showInView(RecordRef ref) {
        switch (ref.kind()) {
            case COUNTRY -> {
                tabs.getSelectionModel().select(members.tab());
                members.reveal(ref.id());
            }
            case DOCUMENT -> {
                tabs.getSelectionModel().select(documents.tab());
                documents.reveal(ref.id());
            }
            case CORRIDOR -> {
                tabs.getSelectionModel().select(corridors.tab());
                corridors.reveal(ref.id());
            }
            case STATEMENT -> {
                // statements are shown inside their country, person or document, never on their own
            }
            default -> {
                tabs.getSelectionModel().select(directory.tab());
                directory.reveal(ref);
            }
        }
    }

    /** Releases what the views hold outside the JVM heap's reach (the graph viewer); on exit. */
    public void close() {
        corridors.close();
    }

    /** Puts the keyboard focus on the tabs (at start, so the search field shows its hint). */
    public void focusContent() {
        tabs.requestFocus();
    }

    public Parent root() {
        return root;
    }

    public NavigationModel navigation() {
        return navigation;
    }

    TabPane tabs() {
        return tabs;
    }

    CorridorsTab corridorsTab() {
        return corridors;
    }
}
