package org.scoexplorer.ui.corridors;

import org.scoexplorer.ui.I18n;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.controlsfx.control.textfield.TextFields;
import org.scoexplorer.data.AtomicFiles;
import org.scoexplorer.data.PngEncoder;
import org.scoexplorer.data.TableFormat;
import org.scoexplorer.graph.CorridorGraphBuilder;
import org.scoexplorer.graph.CorridorGraphView;
import org.scoexplorer.graph.ForceLayout;
import org.scoexplorer.graph.GraphStyle;
import org.scoexplorer.graph.Positions;
import org.scoexplorer.model.Corridor;
import org.scoexplorer.model.Mode;
import org.scoexplorer.model.Place;
import org.scoexplorer.model.WorkStatus;
import org.scoexplorer.service.CrossReferences;
import org.scoexplorer.service.DatasetIndex;
import org.scoexplorer.service.GraphExport;
import org.scoexplorer.service.GraphFormat;
import org.scoexplorer.service.RecordRef;
import org.scoexplorer.service.Route;
import org.scoexplorer.service.RouteTable;
import org.scoexplorer.ui.common.Badges;
import org.scoexplorer.ui.common.DetailPane;
import org.scoexplorer.ui.common.Links;
import org.scoexplorer.ui.common.RecordDetails;

/**
 * The Corridors tab: the corridor network as a node graph (GraphStream) between a sidebar of
 * corridors, filters and places, and a side panel with routes and the details of what is selected.
 * The graph is built off the FX thread when the tab is first shown, and rebuilt for a new dataset.
 */
public final class CorridorsTab {
    private static final NumberFormat KM = NumberFormat.getIntegerInstance(Locale.ENGLISH);

    private final CorridorsViewModel model;
    private final Executor background;
    private final Consumer<String> status;
    private final Tab tab;
    private final StackPane graphArea = new StackPane();
    private final Label graphMessage = new Label(I18n.label("The graph is drawn when this tab opens."));
    private final ProgressBar layoutProgress = new ProgressBar(0);
    private final ListView<Corridor> corridorList = new ListView<>();
    private final ListView<Place> placeList = new ListView<>();
    private final ListView<Route.Step> routeList = new ListView<>();
    private final DetailPane detail;
    private final RecordDetails details;
    private final ToggleButton geographic = new ToggleButton(I18n.label("_Geographic"));
    private final ToggleButton force = new ToggleButton(I18n.label("_Force layout"));
    private CorridorGraphView view;
    private DatasetIndex index;
    private Positions geoPositions;
    private Positions forcePositions;
    private final AtomicBoolean layoutCancelled = new AtomicBoolean();
    private int generation;
    private boolean shown;
    private boolean dark;

    public CorridorsTab(CorridorsViewModel model, Links links, Executor background, Consumer<String> status) {
        this.model = model;
        this.background = background;
        this.status = status;
        detail = new DetailPane(links, "corridor");
        details = new RecordDetails(detail, id -> { });

        BorderPane center = new BorderPane(graphArea);
        center.setTop(buildToolbar());
        center.setBottom(buildLegend());
        graphArea.getChildren().add(graphMessage);
        graphArea.setId("graph-area");
        graphArea.getStyleClass().add("graph-area");

        SplitPane right = new SplitPane(buildRoutePanel(), detail);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.38);

        SplitPane split = new SplitPane(buildSidebar(), center, right);
        split.setDividerPositions(0.22, 0.74);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        tab = new Tab(I18n.label("Corridors"), split);
        tab.setClosable(false);
        tab.setId("corridors-tab");
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && !shown) {
                shown = true;
                rebuildGraph();
            }
        });

        model.styleVersionProperty().addListener((obs, old, now) -> restyle());
        model.selectedPlaceProperty().addListener((obs, old, p) -> {
            if (p != null) {
                details.place(p);
                if (view != null) {
                    view.selectNode(p.id());
                    view.selectEdge(null, model::edgeClasses);
                }
                if (placeList.getSelectionModel().getSelectedItem() != p) {
                    placeList.getSelectionModel().select(p);
                    placeList.scrollTo(p);
                }
            } else if (view != null) {
                view.selectNode(null);
            }
        });
        model.selectedLegProperty().addListener((obs, old, l) -> {
            if (l != null) {
                details.leg(l);
                if (view != null) {
                    view.selectNode(null);
                    view.selectEdge(l.id(), model::edgeClasses);
                }
            } else if (view != null) {
                view.selectEdge(null, model::edgeClasses);
            }
        });
        model.highlightedProperty().addListener((obs, old, c) -> {
            if (c != null) {
                details.corridor(c);
                if (corridorList.getSelectionModel().getSelectedItem() != c) {
                    corridorList.getSelectionModel().select(c);
                    corridorList.scrollTo(c);
                }
            }
        });
        model.layoutProperty().addListener((obs, old, layout) -> applyLayout());
    }

    // --- building ----------------------------------------------------------------------------------

    private Region buildToolbar() {
        ToggleGroup layouts = new ToggleGroup();
        geographic.setToggleGroup(layouts);
        force.setToggleGroup(layouts);
        geographic.setSelected(true);
        geographic.setId("layout-geographic");
        force.setId("layout-force");
        geographic.setTooltip(new Tooltip(I18n.label("Places at their coordinates (longitude, latitude)")));
        force.setTooltip(new Tooltip(I18n.label("A force-directed layout that untangles crowded hubs")));
        layouts.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one layout is always chosen
                return;
            }
            model.layoutProperty().set(now == force ? CorridorsViewModel.Layout.FORCE : CorridorsViewModel.Layout.GEOGRAPHIC);
        });
        layoutProgress.setPrefWidth(90);
        layoutProgress.setVisible(false);
        layoutProgress.setId("layout-progress");
        Button zoomIn = button("+", "Zoom in (+ or the mouse wheel)", () -> withView(v -> v.zoom(0.8)));
        Button zoomOut = button("−", "Zoom out (-)", () -> withView(v -> v.zoom(1.25)));
        Button fit = button("Fit", "Show the whole network (0)", () -> withView(CorridorGraphView::fit));
        zoomIn.setId("zoom-in");
        fit.setId("zoom-fit");
        MenuButton export = new MenuButton(I18n.label("Export"));
        export.setId("graph-export");
        MenuItem png = new MenuItem(I18n.label("Graph as picture (PNG) …"));
        png.setOnAction(e -> exportPng());
        MenuItem gexf = new MenuItem(I18n.label("Network for Gephi (GEXF) …"));
        gexf.setOnAction(e -> exportGraph(GraphFormat.GEXF));
        MenuItem graphml = new MenuItem(I18n.label("Network for yEd, Cytoscape, NetworkX (GraphML) …"));
        graphml.setOnAction(e -> exportGraph(GraphFormat.GRAPHML));
        MenuItem routeCsv = new MenuItem(I18n.label("Route as CSV …"));
        routeCsv.disableProperty().bind(model.routeProperty().isNull());
        routeCsv.setOnAction(e -> exportRoute());
        export.getItems().addAll(png, gexf, graphml, routeCsv);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, geographic, force, layoutProgress, new Label(I18n.label("  ")), zoomOut, zoomIn, fit, spacer, export);
        bar.getChildren().forEach(n -> {
            if (n instanceof Region r && n != spacer && !(n instanceof ProgressBar)) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        bar.setMinWidth(0);

        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));
        return bar;
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(I18n.label(text));
        b.setTooltip(new Tooltip(I18n.label(tip)));
        b.setOnAction(e -> action.run());
        return b;
    }

    private Region buildLegend() {
        FlowPane legend = new FlowPane(14, 4);
        legend.setPadding(new Insets(4, 8, 6, 8));
        legend.getStyleClass().add("graph-legend");
        for (String[] item : new String[][] {{"member", "Member state"}, {"observer", "Observer"},
                {"dialogue-partner", "Dialogue partner"}, {"guest", "Guest"}, {"none", "No SCO status"}}) {
            Label dot = new Label(I18n.label("●"));
            dot.getStyleClass().addAll("legend-dot", "legend-" + item[0]);
            legend.getChildren().add(new HBox(3, dot, new Label(I18n.label(item[1]))));
        }
        for (String[] item : new String[][] {{"rail", "Rail"}, {"road", "Road"}, {"sea", "Sea"}, {"pipeline", "Pipeline"},
                {"planned", "Planned (dashed)"}, {"under-construction", "Under construction (dotted)"}, {"route", "Route"}}) {
            Region line = new Region();
            line.getStyleClass().addAll("legend-line", "legend-" + item[0]);
            line.setPrefSize(26, 4);
            line.setMaxHeight(4);
            HBox box = new HBox(4, line, new Label(I18n.label(item[1])));
            box.setAlignment(Pos.CENTER_LEFT);
            legend.getChildren().add(box);
        }
        Label size = new Label(I18n.label("Larger dot: more corridors pass · drag to pan, wheel or +/- to zoom, 0 to fit, arrows to move · click a place or a leg"));
        size.setWrapText(true);
        size.setMinWidth(0);
        size.getStyleClass().add("detail-aside");
        legend.setMinWidth(0);
        size.getStyleClass().add("graph-legend");
        size.setPadding(new Insets(0, 8, 6, 8));
        size.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(legend, size);
        box.setMinWidth(0);
        return box;
    }

    private Region buildSidebar() {
        corridorList.setItems(model.corridors());
        corridorList.setId("corridor-list");
        corridorList.setCellFactory(v -> new CorridorCell());
        corridorList.setPrefHeight(300);
        corridorList.setMinWidth(0);
        corridorList.getSelectionModel().selectedItemProperty().addListener((obs, old, c) -> {
            if (c != null) {
                model.highlightedProperty().set(c);
            }
        });
        Button showAll = button("Show all", "Show every corridor", model::showAllCorridors);
        Button hideAll = button("Hide all", "Hide every corridor", model::hideAllCorridors);
        Button clear = button("No highlight", "Stop highlighting a corridor", () -> {
            corridorList.getSelectionModel().clearSelection();
            model.highlightedProperty().set(null);
        });
        FlowPane corridorButtons = new FlowPane(4, 4, showAll, hideAll, clear);

        FlowPane modeBoxes = checkBoxes(java.util.List.of(Mode.values()), I18n::mode, model.modes(), "mode-");
        FlowPane statusBoxes = checkBoxes(java.util.List.of(WorkStatus.values()), I18n::work, model.statuses(),
                "status-");

        TextField placeFilter = new TextField();
        placeFilter.setPromptText(I18n.label("Find a place (name or alias)"));
        placeFilter.setId("place-filter");
        placeFilter.textProperty().bindBidirectional(model.places().textProperty());
        placeList.setItems(model.places().shown());
        placeList.setId("place-list");
        placeList.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Place p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.name() + "  ·  " + model.countryName(p.country()));
            }
        });
        placeList.getSelectionModel().selectedItemProperty().addListener((obs, old, p) -> {
            if (p != null && model.selectedPlaceProperty().get() != p) {
                model.selectPlace(p.id());
                withView(v -> v.center(p.id()));
            }
        });
        placeFilter.setOnAction(e -> {
            if (!placeList.getItems().isEmpty()) {
                placeList.getSelectionModel().select(0);
                placeList.requestFocus();
            }
        });
        VBox.setVgrow(placeList, Priority.ALWAYS);

        VBox box = new VBox(6,
                sectionLabel("Corridors (tick to show, select to highlight)"), corridorList, corridorButtons,
                sectionLabel("Modes"), modeBoxes,
                sectionLabel("Status in July 2024"), statusBoxes,
                sectionLabel("Places"), placeFilter, placeList);
        box.setPadding(new Insets(8));
        box.setMinWidth(230);
        return box;
    }

    /** One check box per value, ticked while the value is in {@code set}, and keeping the set in step. */
    private static <T extends Enum<T>> FlowPane checkBoxes(java.util.List<T> values, java.util.function.Function<T, String> label,
                                                           javafx.collections.ObservableSet<T> set, String idPrefix) {
        FlowPane pane = new FlowPane(8, 4);
        for (T value : values) {
            CheckBox box = new CheckBox(label.apply(value));
            box.setId(idPrefix + value.name().toLowerCase(Locale.ROOT));
            box.setSelected(set.contains(value));
            box.selectedProperty().addListener((obs, was, on) -> {
                if (on) {
                    set.add(value);
                } else {
                    set.remove(value);
                }
            });
            pane.getChildren().add(box);
        }
        return pane;
    }

    private static Label sectionLabel(String text) {
        Label l = new Label(I18n.label(text));
        l.getStyleClass().add("sidebar-section");
        l.setWrapText(true);
        return l;
    }

    private Region buildRoutePanel() {
        TextField from = new TextField();
        from.setPromptText(I18n.label("From (place)"));
        from.setId("route-from");
        from.textProperty().bindBidirectional(model.routeFromProperty());
        TextField to = new TextField();
        to.setPromptText(I18n.label("To (place)"));
        to.setId("route-to");
        to.textProperty().bindBidirectional(model.routeToProperty());
        // bound once; the suggestions come from whatever dataset is open when the user types
        TextFields.bindAutoCompletion(from, request -> suggestions(request.getUserText()));
        TextFields.bindAutoCompletion(to, request -> suggestions(request.getUserText()));
        FlowPane modes = checkBoxes(java.util.List.of(Mode.values()), I18n::mode, model.routeModes(), "route-mode-");
        Button find = new Button(I18n.label("Find shortest route"));
        find.setId("route-find");
        find.setDefaultButton(false);
        find.setOnAction(e -> findRoute());
        from.setOnAction(e -> to.requestFocus());
        to.setOnAction(e -> findRoute());
        Button clear = button("Clear", "Remove the route from the graph", model::clearRoute);
        Label message = new Label();
        message.setWrapText(true);
        message.setId("route-message");
        message.textProperty().bind(model.routeMessageProperty());
        routeList.setId("route-list");
        routeList.setPrefHeight(150);
        routeList.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Route.Step s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.from().name() + " → " + s.to().name() + "   " + I18n.mode(s.leg().mode())
                        + ", " + KM.format(s.leg().lengthKm()) + " km" + (s.leg().lengthEstimated() ? "*" : ""));
            }
        });
        routeList.getSelectionModel().selectedItemProperty().addListener((obs, old, s) -> {
            if (s != null) {
                model.selectLeg(s.leg().id());
            }
        });
        model.routeProperty().addListener((obs, old, r) -> {
            routeList.getItems().setAll(r == null ? java.util.List.of() : r.steps());
            if (r != null && view != null) {
                view.fit();
            }
        });
        Label footnote = new Label(I18n.label("* great-circle estimate"));
        footnote.getStyleClass().add("detail-aside");
        VBox box = new VBox(6, sectionLabel("Route"), from, to, modes, new HBox(6, find, clear), message, routeList, footnote);
        box.setPadding(new Insets(8));
        VBox.setVgrow(routeList, Priority.ALWAYS);
        return box;
    }

    private java.util.List<String> suggestions(String typed) {
        String q = org.scoexplorer.service.Text.fold(typed);
        if (q.isEmpty()) {
            return java.util.List.of();
        }
        return model.placeNames().stream().filter(n -> org.scoexplorer.service.Text.fold(n).contains(q)).limit(12).toList();
    }

    private void findRoute() {
        model.findRoute();
    }

    // --- the graph ---------------------------------------------------------------------------------

    public void setData(DatasetIndex index, CrossReferences references) {
        this.index = index;
        details.setData(index, references);
        detail.showPlaceholder(I18n.label("Select a corridor, a place or a leg."));
        if (shown) {
            rebuildGraph();
        }
    }

    /** Builds the graph off the FX thread, then shows it; an older build still running is dropped. */
    private void rebuildGraph() {
        if (index == null) {
            return;
        }
        int build = ++generation;
        DatasetIndex data = index;
        graphMessage.setText(I18n.t("graph.drawing", data.placesOnLegs().size(), data.dataset().legs().size()));
        long start = System.nanoTime();
        CompletableFuture.supplyAsync(() -> {
            CorridorGraphView.warmUp(GraphStyle.LIGHT);
            Positions geo = CorridorGraphBuilder.geographic(data);
            return new Object[] {geo, CorridorGraphBuilder.build(data, geo)};
        }, background).whenComplete((built, failure) -> Platform.runLater(() -> {
            if (build != generation) {
                return;
            }
            if (failure != null) {
                graphMessage.setText(I18n.t("graph.failed", String.valueOf(failure.getCause())));
                return;
            }
            if (view != null) {
                view.close();
            }
            geoPositions = (Positions) built[0];
            forcePositions = null;
            view = new CorridorGraphView((org.graphstream.graph.Graph) built[1], GraphStyle.forTheme(dark));
            view.setOnNodeSelected(model::selectPlace);
            view.setOnEdgeSelected(model::selectLeg);
            view.setOnBackgroundClicked(model::clearSelection);
            graphArea.getChildren().setAll(view.node());
            restyle();
            if (model.layoutProperty().get() == CorridorsViewModel.Layout.FORCE) {
                applyLayout();
            }
            status.accept(I18n.t("graph.drawn", String.valueOf((System.nanoTime() - start) / 1_000_000)));
        }));
    }

    private void restyle() {
        if (view == null) {
            return;
        }
        view.setHidden(model.hiddenLegIds());
        view.restyleEdges(model::edgeClasses);
        corridorList.refresh();
    }

    private void applyLayout() {
        if (view == null || index == null) {
            return;
        }
        if (model.layoutProperty().get() == CorridorsViewModel.Layout.GEOGRAPHIC) {
            layoutCancelled.set(true);
            layoutProgress.setVisible(false);
            view.applyPositions(geoPositions);
            return;
        }
        if (forcePositions != null) {
            view.applyPositions(forcePositions);
            return;
        }
        layoutCancelled.set(false);
        layoutProgress.setVisible(true);
        layoutProgress.setProgress(0);
        int build = generation;
        Positions start = geoPositions;
        DatasetIndex data = index;
        long t0 = System.nanoTime();
        CompletableFuture.supplyAsync(() -> new ForceLayout().layout(start, CorridorGraphBuilder.edgePairs(data),
                p -> Platform.runLater(() -> layoutProgress.setProgress(p)), layoutCancelled::get), background)
                .whenComplete((positions, failure) -> Platform.runLater(() -> {
                    layoutProgress.setVisible(false);
                    if (failure != null || build != generation || view == null) {
                        return;
                    }
                    forcePositions = positions;
                    if (model.layoutProperty().get() == CorridorsViewModel.Layout.FORCE) {
                        view.applyPositions(positions);
                        status.accept(I18n.t("graph.forceDone", String.valueOf((System.nanoTime() - t0) / 1_000_000)));
                    }
                }));
    }

    private void withView(Consumer<CorridorGraphView> action) {
        if (view != null) {
            action.accept(view);
        }
    }

    /** Switches the graph's own stylesheet with the window's theme. */
    public void setDark(boolean on) {
        dark = on;
        withView(v -> v.setStylesheet(GraphStyle.forTheme(on)));
    }

    /** The rows of the legs now shown in the graph, for "Export table as CSV". */
    public org.scoexplorer.model.Table shownLegs() {
        var all = new org.scoexplorer.service.TableExporter(index).table(org.scoexplorer.service.ExportKind.LEGS);
        java.util.Set<String> hidden = model.hiddenLegIds();
        int idColumn = all.columns().indexOf("id");
        return new org.scoexplorer.model.Table(all.columns(), all.rows().stream()
                .filter(r -> !hidden.contains((String) r.get(idColumn))).toList());
    }

    /** Shows a corridor: highlights it and shows its details (from links elsewhere in the app). */
    public void reveal(String corridorId) {
        if (index == null) {
            return;
        }
        index.corridor(corridorId).ifPresent(c -> {
            model.setCorridorShown(c.id(), true);
            model.highlightedProperty().set(c);
            details.corridor(c);
        });
    }

    public void revealPlace(String placeId) {
        model.selectPlace(placeId);
        withView(v -> v.center(placeId));
    }

    // --- exports -----------------------------------------------------------------------------------

    private Path chooseFile(String title, String description, String extension, String suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
        chooser.setInitialFileName(suggested);
        var file = chooser.showSaveDialog(tab.getTabPane() == null ? null : tab.getTabPane().getScene().getWindow());
        return file == null ? null : file.toPath();
    }

    private void exportPng() {
        if (view == null) {
            return;
        }
        Path file = chooseFile(I18n.label("Save the graph as a picture"), I18n.label("PNG image"), "png", "sco-corridors.png");
        if (file != null) {
            report(file, () -> writePng(view.snapshot(), file));
        }
    }

    /** Writes a snapshot as PNG (public for the tests). */
    public static void writePng(WritableImage image, Path file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        byte[] png = PngEncoder.encode(w, h, argb);
        AtomicFiles.write(file, out -> out.write(png));
    }

    private void exportGraph(GraphFormat format) {
        if (index == null) {
            return;
        }
        Path file = chooseFile(I18n.label("Save the network"), format.name(), format.extension(),
                "sco-corridors." + format.extension());
        if (file != null) {
            DatasetIndex data = index;
            report(file, () -> AtomicFiles.write(file, out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                new GraphExport(data).write(format, w);
                w.flush();
            }));
        }
    }

    private void exportRoute() {
        Route r = model.routeProperty().get();
        if (r == null) {
            return;
        }
        Path file = chooseFile(I18n.label("Save the route"), I18n.label("CSV table"), "csv",
                "route-" + r.start().id() + "-" + r.end().id() + ".csv");
        if (file != null) {
            report(file, () -> AtomicFiles.write(file, out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                TableFormat.CSV.write(RouteTable.of(r), w);
                w.flush();
            }));
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private void report(Path file, IoAction action) {
        try {
            action.run();
            status.accept(I18n.t("file.saved", String.valueOf(file.getFileName())));
        } catch (IOException e) {
            status.accept(I18n.t("file.notSaved", String.valueOf(file.getFileName()), e.getMessage()));
        }
    }

    // --- access ------------------------------------------------------------------------------------

    public Tab tab() {
        return tab;
    }

    /** The graph view once drawn (for tests), else null. */
    public CorridorGraphView graphView() {
        return view;
    }

    public ListView<Corridor> corridorList() {
        return corridorList;
    }

    public ListView<Place> placeList() {
        return placeList;
    }

    /** Closes the GraphStream viewer; called when the window closes. */
    public void close() {
        generation++; // a graph still being built is dropped when it arrives
        layoutCancelled.set(true);
        if (view != null) {
            view.close();
            view = null;
        }
    }

    private final class CorridorCell extends ListCell<Corridor> {
        private final CheckBox shown = new CheckBox();
        private final Label name = new Label();
        private final HBox box = new HBox(6, shown, name);
        private Corridor item;

        CorridorCell() {
            box.setAlignment(Pos.CENTER_LEFT);
            name.setWrapText(true);
            // as wide as the list allows, so names wrap instead of scrolling sideways
            name.maxWidthProperty().bind(corridorList.widthProperty().subtract(60));
            name.setMinWidth(0);
            shown.setOnAction(e -> {
                if (item != null) {
                    model.setCorridorShown(item.id(), shown.isSelected());
                }
            });
            model.hiddenCorridors().addListener((SetChangeListener<String>) c -> {
                if (item != null) {
                    shown.setSelected(model.isCorridorShown(item.id()));
                }
            });
        }

        @Override
        protected void updateItem(Corridor c, boolean empty) {
            super.updateItem(c, empty);
            item = empty ? null : c;
            if (empty || c == null) {
                setGraphic(null);
                return;
            }
            shown.setSelected(model.isCorridorShown(c.id()));
            shown.setId("show-" + c.id());
            name.setText((c.parent() == null ? "" : "  ") + c.name());
            setGraphic(box);
            setTooltip(new Tooltip(c.name() + " — " + I18n.work(c.status()) + ", " + model.modesOf(c)));
        }
    }
}
