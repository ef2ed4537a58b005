package org.scoexplorer.graph;

import java.util.HashMap;
import java.util.Map;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.graph.implementations.MultiGraph;
import org.scoexplorer.model.Leg;
import org.scoexplorer.model.Place;
import org.scoexplorer.service.DatasetIndex;

/**
 * Builds the corridor network as a GraphStream graph: one node per place that a leg touches, one edge
 * per leg (a multigraph, since several corridors can share a stretch). Positions are the geographic
 * projection (x = lon, y = lat), so the graph needs no layout thread to be drawn.
 */
public final class CorridorGraphBuilder {
    private CorridorGraphBuilder() {}

    public static Graph build(DatasetIndex index) {
        Graph graph = new MultiGraph("corridors", false, true);
        Map<String, Integer> corridorsThrough = new HashMap<>();
        for (Leg leg : index.dataset().legs()) {
            for (String placeId : new String[] {leg.from(), leg.to()}) {
                Node node = graph.getNode(placeId);
                if (node == null) {
                    Place p = index.place(placeId).orElseThrow();
                    node = graph.addNode(placeId);
                    node.setAttribute("ui.label", p.name());
                    node.setAttribute("xy", p.lon(), p.lat());
                    node.setAttribute("lat", p.lat());
                    node.setAttribute("lon", p.lon());
                    node.setAttribute("country", p.country());
                    node.setAttribute("kind", p.kind().code());
                }
            }
            Edge edge = graph.addEdge(leg.id(), leg.from(), leg.to(), false);
            edge.setAttribute("corridor", leg.corridor());
            edge.setAttribute("mode", leg.mode().code());
            edge.setAttribute("status", leg.status().code());
            edge.setAttribute("length_km", leg.lengthKm());
            edge.setAttribute("ui.class", leg.mode().code() + "," + leg.status().code());
        }
        for (var corridor : index.dataset().corridors()) {
            corridor.route().stream().distinct().forEach(id -> corridorsThrough.merge(id, 1, Integer::sum));
        }
        graph.nodes().forEach(n -> n.setAttribute("corridors", corridorsThrough.getOrDefault(n.getId(), 0)));
        return graph;
    }
}
