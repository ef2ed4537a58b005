package org.scoexplorer.ui;

import java.util.function.Consumer;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.scoexplorer.data.AtomicFiles;
import org.scoexplorer.data.TableFormat;
import org.scoexplorer.service.AppInfo;
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
    private final ObservableList<String> recentFiles = FXCollections.observableArrayList();
    private final Menu recentMenu = new Menu(I18n.t("menu.file.recent"));
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final DoubleProperty fontScale = new SimpleDoubleProperty(this, "fontScale", 1.0);
    private final VBox top = new VBox();
    private final MenuBar menuBar;
    private boolean userOpened;
    private boolean errorShowing;
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
        attachContentWhenFirstShown();
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        menuBar = buildMenuBar();
        top.getChildren().addAll(menuBar, buildToolbar(), buildProblemPanel());
        root.setTop(top);
        root.setCenter(tabs);
        root.setBottom(buildStatusBar());
        root.getStyleClass().add("main-view");

        model.dataProperty().addListener((obs, old, data) -> show(data));
        model.failureProperty().addListener((obs, old, failed) -> {
            if (failed != null && userOpened) {
                Dialogs.problems(window(), failed.name(), failed.problems(), model.getData() != null);
            }
            userOpened = false;
        });
        model.noticeProperty().addListener((obs, old, n) -> {
            if (n != null && root.getScene() != null && window() != null && window().isShowing()) {
                Notifications note = Notifications.create().title(n.title()).text(n.text()).owner(window())
                        .hideAfter(Duration.seconds(5)).position(Pos.BOTTOM_RIGHT);
                if (n.problem()) {
                    note.showWarning();
                } else {
                    note.showInformation();
                }
            }
        });
        model.fileProperty().addListener((obs, old, file) -> {
            if (file != null) {
                addRecent(file.toString());
            }
        });
        installDragAndDrop();
        model.getProblems().addListener((ListChangeListener<Problem>) c -> showProblems());
        model.loadingProperty().addListener((obs, was, loading) -> {
            if (!loading && model.getData() == null) {
                String none = I18n.t("placeholder.noDataset");
                overview.showNothing(none);
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

    /**
     * Takes the menu bar out of the window until the returned action puts it back. The rest of the
     * window may be built and laid out off the FX thread before it is shown; the menu bar's skin may
     * not (it asks the platform whether menus go to a system menu bar).
     */
    public Runnable holdBackMenuBar() {
        top.getChildren().remove(menuBar);
        warmUpMenuClasses();
        return () -> {
            if (!top.getChildren().contains(menuBar)) {
                top.getChildren().add(0, menuBar);
            }
        };
    }

    /**
     * Loads what the menu bar's skin will need, here, so putting the menu bar back on the FX thread
     * costs less: a throwaway menu button made and laid out (its skin is the menu bar's buttons'),
     * and the menu bar skin's class.
     */
    private static void warmUpMenuClasses() {
        try {
            MenuButton button = new MenuButton("m", null, new MenuItem("i"));
            new Scene(new VBox(button));
            button.applyCss();
            button.layout();
            Class.forName("javafx.scene.control.skin.MenuBarSkin", true, MainView.class.getClassLoader());
        } catch (ClassNotFoundException | RuntimeException e) {
            // only a head start: the FX thread will load whatever is missing
        }
    }

    /**
     * Shortcuts the menus do not carry (the menus' own accelerators work once the menu bar is in the
     * scene): a second search key, and F5 for reload.
     */
    public void installAccelerators(Scene scene) {
        var acc = scene.getAccelerators();
        acc.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), search::focus);
        acc.put(new KeyCodeCombination(KeyCode.F5), this::reload);
        acc.put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), () -> stepFont(0.1));
        acc.put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), () -> stepFont(0.1));
        acc.put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), () -> stepFont(-0.1));
        applyTheme();
    }

    // --- menus -------------------------------------------------------------------------------------

    private MenuBar buildMenuBar() {
        MenuItem open = item(I18n.t("menu.file.open"), "Shortcut+O", this::chooseAndOpen);
        open.setId("menu-open");
        MenuItem bundled = item(I18n.t("menu.file.bundled"), null, () -> {
            userOpened = true;
            model.openBundled();
        });
        MenuItem reload = item(I18n.t("menu.file.reload"), "Shortcut+R", this::reload);
        MenuItem export = item(I18n.t("menu.file.export"), "Shortcut+E", this::exportCurrentTable);
        MenuItem quit = item(I18n.t("menu.file.quit"), "Shortcut+Q", () -> {
            if (onQuit != null) {
                onQuit.run();
            }
        });
        recentFiles.addListener((ListChangeListener<String>) c -> rebuildRecent());
        rebuildRecent();
        Menu file = new Menu(I18n.t("menu.file"), null, open, recentMenu, bundled, reload, new SeparatorMenuItem(), export,
                new SeparatorMenuItem(), quit);

        Menu view = new Menu(I18n.t("menu.view"));
        String[] keys = {"Shortcut+1", "Shortcut+2", "Shortcut+3", "Shortcut+4", "Shortcut+5"};
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            Tab t = tabs.getTabs().get(i);
            view.getItems().add(item(t.getText(), i < keys.length ? keys[i] : null, () -> tabs.getSelectionModel().select(t)));
        }
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem(I18n.t("menu.view.light"));
        RadioMenuItem darkItem = new RadioMenuItem(I18n.t("menu.view.dark"));
        light.setToggleGroup(themes);
        darkItem.setToggleGroup(themes);
        light.setSelected(!dark.get());
        darkItem.setSelected(dark.get());
        darkItem.setId("menu-dark");
        light.setOnAction(e -> dark.set(false));
        darkItem.setOnAction(e -> dark.set(true));
        dark.addListener((obs, was, on) -> {
            (on ? darkItem : light).setSelected(true);
            applyTheme();
        });
        Menu theme = new Menu(I18n.t("menu.view.theme"), null, light, darkItem);
        Menu size = new Menu(I18n.t("menu.view.textSize"));
        ToggleGroup sizes = new ToggleGroup();
        for (int pct : new int[] {80, 90, 100, 110, 125, 150}) {
            RadioMenuItem r = new RadioMenuItem(pct + " %");
            r.setToggleGroup(sizes);
            r.setUserData(pct / 100.0);
            r.setSelected(Math.abs(fontScale.get() - pct / 100.0) < 0.001);
            r.setOnAction(e -> fontScale.set(pct / 100.0));
            size.getItems().add(r);
        }
        size.getItems().addAll(new SeparatorMenuItem(), item(I18n.t("menu.view.larger"), "Shortcut+EQUALS", () -> stepFont(0.1)),
                item(I18n.t("menu.view.smaller"), "Shortcut+MINUS", () -> stepFont(-0.1)), item(I18n.t("menu.view.normal"), "Shortcut+0", () -> fontScale.set(1.0)));
        fontScale.addListener((obs, old, now) -> {
            sizes.getToggles().forEach(t -> t.setSelected(Math.abs((double) t.getUserData() - now.doubleValue()) < 0.001));
            applyTheme();
        });
        Menu language = new Menu(I18n.t("menu.view.language"));
        ToggleGroup languages = new ToggleGroup();
        for (String code : I18n.LANGUAGES) {
            RadioMenuItem r = new RadioMenuItem(I18n.t("language." + code));
            r.setMnemonicParsing(false);
            r.setToggleGroup(languages);
            r.setSelected(code.equals(I18n.language()));
            r.setId("menu-language-" + code);
            r.setOnAction(e -> {
                if (onLanguage != null && !code.equals(I18n.language())) {
                    onLanguage.accept(code);
                }
            });
            language.getItems().add(r);
        }
        view.getItems().addAll(new SeparatorMenuItem(), theme, size, language);

        MenuItem back = item(I18n.t("menu.go.back"), "Alt+Left", navigation::back);
        back.disableProperty().bind(navigation.canGoBackProperty().not());
        MenuItem forward = item(I18n.t("menu.go.forward"), "Alt+Right", navigation::forward);
        forward.disableProperty().bind(navigation.canGoForwardProperty().not());
        Menu go = new Menu(I18n.t("menu.go"), null, back, forward, new SeparatorMenuItem(), item(I18n.t("menu.go.search"), "Shortcut+K", search::focus));

        Menu help = new Menu(I18n.t("menu.help"), null,
                item(I18n.t("menu.help.shortcuts"), "F1", () -> Dialogs.info(window(), I18n.t("help.shortcuts.title"),
                        I18n.t("help.shortcuts.title"), HelpTexts.shortcuts())),
                item(I18n.t("menu.help.about"), null, () -> Dialogs.info(window(), I18n.t("help.about.title"), "SCO Explorer "
                        + AppInfo.version(), HelpTexts.about(model.getData() == null ? null
                        : model.getData().index().dataset(), model.datasetNameProperty().get()))));
        MenuBar bar = new MenuBar(file, view, go, help);
        bar.setId("menu-bar");
        return bar;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem i = new MenuItem(text);
        if (accelerator != null) {
            i.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        i.setOnAction(e -> action.run());
        return i;
    }

    private void rebuildRecent() {
        recentMenu.getItems().clear();
        for (String path : recentFiles) {
            MenuItem i = new MenuItem(path);
            i.setMnemonicParsing(false);
            i.setOnAction(e -> open(Path.of(path)));
            recentMenu.getItems().add(i);
        }
        if (recentFiles.isEmpty()) {
            MenuItem none = new MenuItem(I18n.t("menu.file.recent.none"));
            none.setDisable(true);
            recentMenu.getItems().add(none);
        } else {
            recentMenu.getItems().addAll(new SeparatorMenuItem(), item(I18n.t("menu.file.recent.clear"), null, recentFiles::clear));
        }
    }

    private void addRecent(String path) {
        recentFiles.remove(path);
        recentFiles.add(0, path);
        while (recentFiles.size() > 10) {
            recentFiles.remove(recentFiles.size() - 1);
        }
    }

    /** Opens a dataset file chosen by the user; problems are shown in a dialog and nothing is lost. */
    public void open(Path file) {
        userOpened = true;
        model.openFile(file);
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("open.title"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(I18n.t("open.filter.datasets"), "*.json"),
                new FileChooser.ExtensionFilter(I18n.t("open.filter.all"), "*.*"));
        Path current = model.fileProperty().get();
        if (current != null && current.getParent() != null && Files.isDirectory(current.getParent())) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        var chosen = chooser.showOpenDialog(window());
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    private void reload() {
        userOpened = true;
        model.reload();
    }

    private void installDragAndDrop() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            var files = e.getDragboard().getFiles();
            boolean ok = files != null && !files.isEmpty();
            if (ok) {
                open(files.get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** Writes the rows and columns of the table on show (as filtered and sorted) to a CSV file. */
    private void exportCurrentTable() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        org.scoexplorer.model.Table table;
        String name;
        if (tab == members.tab()) {
            table = members.table().toTable();
            name = "countries";
        } else if (tab == documents.tab()) {
            table = documents.table().toTable();
            name = "documents";
        } else if (tab == directory.tab()) {
            table = directory.table().toTable();
            name = "directory";
        } else if (tab == corridors.tab() && model.getData() != null) {
            table = corridors.shownLegs();
            name = "legs";
        } else {
            model.showMessage(I18n.t("export.noTable"));
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("export.filter"), "*.csv"));
        chooser.setInitialFileName("sco-" + name + ".csv");
        var chosen = chooser.showSaveDialog(window());
        if (chosen != null) {
            exportTable(table, chosen.toPath());
        }
    }

    /** Writes a table as CSV, atomically; says in the status line what happened. */
    void exportTable(org.scoexplorer.model.Table table, Path file) {
        try {
            AtomicFiles.write(file, out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                TableFormat.CSV.write(table, w);
                w.flush();
            });
            model.showMessage(I18n.t("export.saved", table.rows().size(), file.getFileName()));
        } catch (IOException e) {
            Dialogs.error(window(), I18n.t("export.failed"), I18n.t("export.failed.text", file, e.getMessage()), null);
        }
    }

    private void stepFont(double delta) {
        double next = Math.round((fontScale.get() + delta) * 10) / 10.0;
        fontScale.set(Math.max(0.8, Math.min(1.5, next)));
    }

    /** Applies the theme's stylesheets and the font scale to the scene, and the graph's stylesheet. */
    private void applyTheme() {
        Scene scene = root.getScene();
        if (scene == null) {
            return;
        }
        String base = MainView.class.getResource("app.css").toExternalForm();
        String darkCss = MainView.class.getResource("dark.css").toExternalForm();
        scene.getStylesheets().setAll(dark.get() ? List.of(base, darkCss) : List.of(base));
        root.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", 13 * fontScale.get()));
        corridors.setDark(dark.get());
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private Runnable onQuit;
    private Consumer<String> onLanguage;

    /** What choosing another interface language does (the composition root rebuilds the window). */
    public void setOnLanguage(Consumer<String> action) {
        onLanguage = action;
    }

    /** What File > Quit does (the composition root saves the settings and closes the window). */
    public void setOnQuit(Runnable action) {
        onQuit = action;
    }

    /** Shows an unexpected error (an uncaught exception) in a dialog; the app goes on. */
    public void showUnexpected(Throwable error, Path logFile) {
        // an error that repeats (in a pulse, say) shows one dialog, not one per throw
        if (errorShowing) {
            return;
        }
        errorShowing = true;
        java.io.StringWriter trace = new java.io.StringWriter();
        error.printStackTrace(new java.io.PrintWriter(trace));
        javafx.scene.control.Alert alert = Dialogs.error(window(), I18n.t("error.title"), I18n.t("error.text")
                + (logFile == null ? "" : " " + I18n.t("error.log", logFile))
                + " " + I18n.t("error.again"),
                trace.toString());
        // the next error may show once this one is closed, however it is closed
        javafx.stage.Window dialogWindow = alert.getDialogPane().getScene().getWindow();
        dialogWindow.showingProperty().addListener((obs, was, showing) -> {
            if (!showing) {
                errorShowing = false;
            }
        });
    }

    /** The graph layout chosen in the Corridors view ("geographic" or "force"), for the settings. */
    public javafx.beans.property.ObjectProperty<CorridorsViewModel.Layout> graphLayoutProperty() {
        return corridorsModel.layoutProperty();
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public DoubleProperty fontScaleProperty() {
        return fontScale;
    }

    public ObservableList<String> recentFiles() {
        return recentFiles;
    }

    /** The ids of the tabs, in order (for the packaged self-test). */
    public List<String> tabIds() {
        return tabs.getTabs().stream().map(Tab::getId).toList();
    }

    /** True once the corridor graph has been drawn (for the packaged self-test). */
    public boolean graphDrawn() {
        return corridors.graphView() != null;
    }

    /** Runs the search as if typed, and says how many hits it shows (for the packaged self-test). */
    public int searchHits(String query) {
        searchModel.queryProperty().set(query);
        int n = searchModel.hits().size();
        searchModel.queryProperty().set("");
        return n;
    }

    /** The tab on show, by its title, and choosing one (for the settings). */
    public String selectedTabName() {
        Tab t = tabs.getSelectionModel().getSelectedItem();
        return t == null ? null : t.getId();
    }

    public void selectTab(String tabId) {
        tabs.getTabs().stream().filter(t -> t.getId().equals(tabId)).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    private Region buildToolbar() {
        Button back = new Button("◀");
        back.setTooltip(new Tooltip(I18n.t("tool.back")));
        back.setId("back-button");
        back.disableProperty().bind(navigation.canGoBackProperty().not());
        back.setOnAction(e -> navigation.back());
        Button forward = new Button("▶");
        forward.setTooltip(new Tooltip(I18n.t("tool.forward")));
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
        userOpened = false;
        // a reload keeps what was on show, if the new data still has it
        RecordRef before = navigation.getCurrent();
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
        if (before != null && exists(data, before)) {
            navigation.open(before);
        }
    }

    private void showProblems() {
        var errors = model.getProblems().stream().filter(Problem::isError).toList();
        boolean visible = !errors.isEmpty();
        problemPanel.setVisible(visible);
        problemPanel.setManaged(visible);
        if (visible) {
            problemTitle.setText(I18n.t("problems.panel", errors.size()));
            problemText.setText(model.getProblems().stream().map(Problem::format).collect(Collectors.joining("\n")));
        }
    }

    private static boolean exists(ExplorerData data, RecordRef ref) {
        var i = data.index();
        return switch (ref.kind()) {
            case COUNTRY -> i.country(ref.id()).isPresent();
            case PERSON -> i.person(ref.id()).isPresent();
            case DOCUMENT -> i.document(ref.id()).isPresent();
            case STATEMENT -> i.statement(ref.id()).isPresent();
            case PLACE -> i.place(ref.id()).isPresent();
            case CORRIDOR -> i.corridor(ref.id()).isPresent();
            case ORGANIZATION -> i.organization(ref.id()).isPresent();
            case THEME -> i.theme(ref.id()).isPresent();
        };
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

    /**
     * The first frame only styles and lays out the tab on show: the other tabs' content joins the
     * scene when the tab is first selected (CSS and layout of all five tabs at once cost about half a
     * second at start-up).
     */
    private void attachContentWhenFirstShown() {
        for (Tab t : tabs.getTabs()) {
            if (t == tabs.getSelectionModel().getSelectedItem()) {
                continue;
            }
            javafx.scene.Node content = t.getContent();
            t.setContent(null);
            t.selectedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                    if (now) {
                        t.selectedProperty().removeListener(this);
                        t.setContent(content);
                    }
                }
            });
        }
    }

    /** Releases what the views hold outside the JVM heap's reach (the graph viewer, the watcher); on exit. */
    public void close() {
        corridors.close();
        model.close();
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

    org.scoexplorer.ui.common.RecordTable<org.scoexplorer.model.Country> membersTableForTest() {
        return members.table();
    }

    CorridorsTab corridorsTab() {
        return corridors;
    }
}
