package org.scoexplorer.graph;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Point2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.ui.fx_viewer.FxViewPanel;
import org.graphstream.ui.fx_viewer.FxViewer;
import org.graphstream.ui.geom.Point3;
import org.graphstream.ui.graphicGraph.GraphicElement;
import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.graphstream.ui.view.View;
import org.graphstream.ui.view.Viewer;
import org.graphstream.ui.view.camera.Camera;
import org.graphstream.ui.view.util.InteractiveElement;
import org.graphstream.ui.view.util.MouseManager;

/**
 * The corridor graph on screen: a GraphStream FxViewer embedded in JavaFX, with no layout thread
 * (positions are computed beforehand) and the graph mutated only on the FX thread. Mouse: click a
 * node or an edge to select it, drag to pan, wheel to zoom; keys: arrows pan, + and - zoom, 0 fits.
 * Create, use and close it on the FX thread; {@link #close()} ends every GraphStream resource.
 */
public final class CorridorGraphView {
    private static final double ZOOM_STEP = 1.25;

    private final Graph graph;
    private final FxViewer viewer;
    private final FxViewPanel panel;
    private final StackPane holder;
    private Consumer<String> onNode = id -> { };
    private Consumer<String> onEdge = id -> { };
    private Runnable onBackground = () -> { };
    private String selectedNode;
    private String selectedEdge;
    private Point2D pressedAt;
    private Point3 centerAtPress;
    private boolean dragged;

    public CorridorGraphView(Graph graph, String stylesheet) {
        this.graph = graph;
        graph.setAttribute("ui.stylesheet", stylesheet);
        graph.setAttribute("ui.quality");
        graph.setAttribute("ui.antialias");
        viewer = new FxViewer(graph, Viewer.ThreadingModel.GRAPH_IN_GUI_THREAD);
        viewer.disableAutoLayout();
        panel = (FxViewPanel) viewer.addDefaultView(false);
        panel.setMouseManager(new NoMouseManager());
        // alone in a pane without padding: GraphStream's hit-testing is offset otherwise
        holder = new StackPane(panel);
        holder.setMinSize(200, 200);
        holder.getStyleClass().add("graph-holder");
        installMouse();
        installKeys();
    }

    /**
     * Loads and exercises GraphStream's style and rendering classes off the FX thread (a throw-away
     * graphic graph with the stylesheet), so creating the real viewer on the FX thread stays short
     * the first time too. Safe on any thread; does nothing visible.
     */
    public static void warmUp(String stylesheet) {
        GraphicGraph warm = new GraphicGraph("warm-up");
        warm.setAttribute("ui.stylesheet", stylesheet);
        warm.addNode("a").setAttribute("ui.class", "hub,member");
        warm.addNode("b").setAttribute("ui.class", "nostatus");
        warm.addEdge("ab", "a", "b").setAttribute("ui.class", "rail,planned");
        warm.getStyleSheet();
        try {
            Class.forName("org.graphstream.ui.fx_viewer.FxViewer");
            Class.forName("org.graphstream.ui.fx_viewer.FxDefaultView");
            Class.forName("org.graphstream.ui.javafx.FxGraphRenderer");
        } catch (ClassNotFoundException e) {
            // a renamed class only costs the warm-up, never the graph
        }
    }

    /** Swaps the stylesheet (the light or dark theme) without rebuilding the graph. */
    public void setStylesheet(String stylesheet) {
        graph.setAttribute("ui.stylesheet", stylesheet);
    }

    /** The node to put in the scene. */
    public Region node() {
        return holder;
    }

    public void setOnNodeSelected(Consumer<String> handler) {
        onNode = handler;
    }

    public void setOnEdgeSelected(Consumer<String> handler) {
        onEdge = handler;
    }

    public void setOnBackgroundClicked(Runnable handler) {
        onBackground = handler;
    }

    private void installMouse() {
        panel.setOnMousePressed(e -> {
            pressedAt = new Point2D(e.getX(), e.getY());
            centerAtPress = camera().getViewCenter();
            dragged = false;
            panel.requestFocus();
        });
        panel.setOnMouseDragged(e -> {
            if (pressedAt == null || centerAtPress == null) {
                return;
            }
            if (pressedAt.distance(e.getX(), e.getY()) > 3) {
                dragged = true;
            }
            Point3 a = camera().transformPxToGu(pressedAt.getX(), pressedAt.getY());
            Point3 b = camera().transformPxToGu(e.getX(), e.getY());
            camera().setViewCenter(centerAtPress.x - (b.x - a.x), centerAtPress.y - (b.y - a.y), 0);
            centerAtPress = camera().getViewCenter();
            pressedAt = new Point2D(e.getX(), e.getY());
        });
        panel.setOnMouseReleased(e -> {
            if (!dragged && e.getButton() == MouseButton.PRIMARY) {
                click(e.getX(), e.getY());
            }
            pressedAt = null;
        });
        panel.setOnScroll(e -> {
            if (e.getDeltaY() != 0) {
                zoom(e.getDeltaY() > 0 ? 1 / ZOOM_STEP : ZOOM_STEP);
            }
            e.consume();
        });
    }

    private void installKeys() {
        panel.setFocusTraversable(true);
        panel.setOnKeyPressed(e -> {
            double step = 0.1 * camera().getGraphDimension() * camera().getViewPercent();
            Point3 c = camera().getViewCenter();
            KeyCode k = e.getCode();
            if (k == KeyCode.PLUS || k == KeyCode.ADD || k == KeyCode.EQUALS) {
                zoom(1 / ZOOM_STEP);
            } else if (k == KeyCode.MINUS || k == KeyCode.SUBTRACT) {
                zoom(ZOOM_STEP);
            } else if (k == KeyCode.DIGIT0 || k == KeyCode.NUMPAD0) {
                fit();
            } else if (k == KeyCode.LEFT) {
                camera().setViewCenter(c.x - step, c.y, 0);
            } else if (k == KeyCode.RIGHT) {
                camera().setViewCenter(c.x + step, c.y, 0);
            } else if (k == KeyCode.UP) {
                camera().setViewCenter(c.x, c.y + step, 0);
            } else if (k == KeyCode.DOWN) {
                camera().setViewCenter(c.x, c.y - step, 0);
            } else {
                return;
            }
            e.consume();
        });
    }

    private void click(double x, double y) {
        GraphicElement node = panel.findGraphicElementAt(EnumSet.of(InteractiveElement.NODE), x, y);
        if (node != null) {
            onNode.accept(node.getId());
            return;
        }
        GraphicElement edge = panel.findGraphicElementAt(EnumSet.of(InteractiveElement.EDGE), x, y);
        if (edge != null) {
            onEdge.accept(edge.getId());
            return;
        }
        onBackground.run();
    }

    private Camera camera() {
        return panel.getCamera();
    }

    /** Zooms by a factor (below 1 zooms in), keeping the centre. */
    public void zoom(double factor) {
        double p = camera().getViewPercent() * factor;
        camera().setViewPercent(Math.max(0.02, Math.min(3, p)));
    }

    public void fit() {
        camera().resetView();
    }

    public double viewPercent() {
        return camera().getViewPercent();
    }

    /** Moves the view so the node is in the middle, zooming in if the whole graph is shown. */
    public void center(String nodeId) {
        Node n = graph.getNode(nodeId);
        if (n == null) {
            return;
        }
        Object[] xyz = (Object[]) n.getAttribute("xyz");
        camera().setViewCenter(((Number) xyz[0]).doubleValue(), ((Number) xyz[1]).doubleValue(), 0);
        if (camera().getViewPercent() > 0.5) {
            camera().setViewPercent(0.35);
        }
    }

    /** Marks one node as selected (or none with null). */
    public void selectNode(String nodeId) {
        setClass(graph.getNode(selectedNode), false);
        selectedNode = nodeId;
        setClass(graph.getNode(nodeId), true);
    }

    /** Marks one edge as selected (or none with null); its own classes are kept. */
    public void selectEdge(String edgeId, Function<String, String> baseClasses) {
        String previous = selectedEdge;
        selectedEdge = edgeId;
        if (previous != null && graph.getEdge(previous) != null) {
            graph.getEdge(previous).setAttribute("ui.class", baseClasses.apply(previous));
        }
        if (edgeId != null && graph.getEdge(edgeId) != null) {
            graph.getEdge(edgeId).setAttribute("ui.class", "selected," + baseClasses.apply(edgeId));
        }
    }

    private void setClass(Node n, boolean selected) {
        if (n == null) {
            return;
        }
        String base = CorridorGraphBuilder.nodeClasses((String) n.getAttribute("sco_status"),
                ((Number) n.getAttribute("corridors")).intValue());
        n.setAttribute("ui.class", selected ? "selected," + base : base); // the first class wins in GraphStream
    }

    /** Re-applies every edge's classes (after highlight or route changes). */
    public void restyleEdges(Function<String, String> classesOf) {
        graph.edges().forEach(e -> {
            String c = classesOf.apply(e.getId());
            if (e.getId().equals(selectedEdge)) {
                c = "selected," + c;
            }
            if (!c.equals(e.getAttribute("ui.class"))) {
                e.setAttribute("ui.class", c);
            }
        });
    }

    /** Hides the given edges, and every node left without a visible edge. */
    public void setHidden(Set<String> hiddenEdges) {
        graph.edges().forEach(e -> show(e, !hiddenEdges.contains(e.getId())));
        graph.nodes().forEach(n -> show(n, n.edges().anyMatch(e -> !hiddenEdges.contains(e.getId()))));
    }

    private static void show(org.graphstream.graph.Element e, boolean visible) {
        if (visible) {
            if (e.hasAttribute("ui.hide")) {
                e.removeAttribute("ui.hide");
            }
        } else if (!e.hasAttribute("ui.hide")) {
            e.setAttribute("ui.hide");
        }
    }

    /** Moves every node to the given positions (a layout switch); the selection is kept. */
    public void applyPositions(Positions positions) {
        graph.nodes().forEach(n -> {
            double[] p = positions.of(n.getId());
            if (p != null) {
                n.setAttribute("xyz", p[0], p[1], 0.0);
            }
        });
        camera().resetView();
    }

    public boolean isHidden(String elementId) {
        Edge e = graph.getEdge(elementId);
        if (e != null) {
            return e.hasAttribute("ui.hide");
        }
        Node n = graph.getNode(elementId);
        return n != null && n.hasAttribute("ui.hide");
    }

    public String classesOf(String elementId) {
        Edge e = graph.getEdge(elementId);
        if (e != null) {
            return (String) e.getAttribute("ui.class");
        }
        Node n = graph.getNode(elementId);
        return n == null ? null : (String) n.getAttribute("ui.class");
    }

    /** The graph as drawn now, for the PNG export. */
    public WritableImage snapshot() {
        return panel.snapshot(new SnapshotParameters(), null);
    }

    /** Where a node is drawn, in the panel's pixels (for tests that click it). */
    public Point2D pixelOf(String nodeId) {
        Node n = graph.getNode(nodeId);
        Object[] xyz = (Object[]) n.getAttribute("xyz");
        Point3 px = camera().transformGuToPx(((Number) xyz[0]).doubleValue(), ((Number) xyz[1]).doubleValue(), 0);
        return new Point2D(px.x, px.y);
    }

    public Region panel() {
        return panel;
    }

    /** Stops the viewer and its timer; call when the view is discarded or the app exits. */
    public void close() {
        viewer.close();
    }

    /** GraphStream's default mouse manager drags nodes about; this app handles the mouse itself. */
    private static final class NoMouseManager implements MouseManager {
        @Override
        public void init(GraphicGraph graph, View view) {
        }

        @Override
        public void release() {
        }

        @Override
        public EnumSet<InteractiveElement> getManagedTypes() {
            return EnumSet.noneOf(InteractiveElement.class);
        }
    }
}
