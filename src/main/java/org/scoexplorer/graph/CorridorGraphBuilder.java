package org.scoexplorer.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.graph.implementations.MultiGraph;
import org.scoexplorer.model.Country;
import org.scoexplorer.model.Leg;
import org.scoexplorer.model.Place;
import org.scoexplorer.service.DatasetIndex;

/**
 * Builds the corridor network as a GraphStream graph: one node per place that a leg touches, one edge
 * per leg (a multigraph: several corridors share stretches). Nodes carry the class of their country's
 * SCO status and a size by how many corridors pass; edges the classes of their mode and status. The
 * graph is built without a viewer, so it can be built off the FX thread.
 */
public final class CorridorGraphBuilder {
    private CorridorGraphBuilder() {}

    public static Graph build(DatasetIndex index) {
        return build(index, geographic(index));
    }

    public static Graph build(DatasetIndex index, Positions positions) {
        Graph graph = new MultiGraph("corridors", false, true, Math.max(16, index.dataset().places().size()),
                Math.max(16, index.dataset().legs().size()));
        for (Leg leg : index.dataset().legs()) {
            for (String placeId : new String[] {leg.from(), leg.to()}) {
                if (graph.getNode(placeId) == null) {
                    addNode(graph, index, index.place(placeId).orElseThrow(), positions);
                }
            }
            Edge edge = graph.addEdge(leg.id(), leg.from(), leg.to(), false);
            edge.setAttribute("corridor", leg.corridor());
            edge.setAttribute("mode", leg.mode().code());
            edge.setAttribute("status", leg.status().code());
            edge.setAttribute("length_km", leg.lengthKm());
            edge.setAttribute("length_estimated", leg.lengthEstimated());
            edge.setAttribute("ui.class", edgeClasses(leg, false, false));
        }
        return graph;
    }

    private static void addNode(Graph graph, DatasetIndex index, Place p, Positions positions) {
        Node node = graph.addNode(p.id());
        double[] xy = positions.of(p.id());
        node.setAttribute("xyz", xy[0], xy[1], 0.0);
        node.setAttribute("ui.label", p.name());
        node.setAttribute("name", p.name());
        node.setAttribute("lat", p.lat());
        node.setAttribute("lon", p.lon());
        node.setAttribute("country", p.country());
        node.setAttribute("kind", p.kind().code());
        int corridors = index.corridorsThrough(p.id());
        node.setAttribute("corridors", corridors);
        String status = index.country(p.country()).map(Country::status).map(s -> s.code()).orElse("none");
        node.setAttribute("sco_status", status);
        node.setAttribute("ui.class", nodeClasses(status, corridors));
        // 8 px for a stop on one corridor, growing with each further corridor, capped for the hubs
        node.setAttribute("ui.size", Math.min(22, 6 + 3 * corridors));
    }

    /**
     * A node's classes: its status, and "hub" when two or more corridors pass (hubs keep their label
     * when the whole network is shown; other labels appear as you zoom in).
     */
    public static String nodeClasses(String status, int corridors) {
        return corridors >= 2 ? "hub," + styleClass(status) : styleClass(status);
    }

    /** The node's style class for a status; "none" is reserved in GraphStream's CSS. */
    public static String styleClass(String status) {
        return "none".equals(status) ? "nostatus" : status;
    }

    /**
     * Classes of an edge: on the route, highlighted, its mode and its status. GraphStream resolves a
     * property set by two classes in favour of the first listed, so the emphasis comes first.
     */
    public static String edgeClasses(Leg leg, boolean highlighted, boolean onRoute) {
        StringBuilder b = new StringBuilder();
        if (onRoute) {
            b.append("route,");
        }
        if (highlighted) {
            b.append("highlight,");
        }
        return b.append(leg.mode().code()).append(',').append(leg.status().code()).toString();
    }

    /** The geographic layout: every place at its projected coordinates. */
    public static Positions geographic(DatasetIndex index) {
        List<Place> onLegs = index.placesOnLegs();
        GeoProjection projection = GeoProjection.forPlaces(onLegs);
        Map<String, double[]> xy = new HashMap<>();
        for (Place p : onLegs) {
            xy.put(p.id(), new double[] {projection.x(p.lon()), projection.y(p.lat())});
        }
        return new Positions(xy);
    }

    /** Node id pairs of every leg, for the force layout. */
    public static List<String[]> edgePairs(DatasetIndex index) {
        return index.dataset().legs().stream().map(l -> new String[] {l.from(), l.to()}).toList();
    }
}
