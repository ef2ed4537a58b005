package org.scoexplorer.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.graphstream.graph.Graph;
import org.junit.jupiter.api.Test;
import org.scoexplorer.TestData;
import org.scoexplorer.data.DatasetLoader;
import org.scoexplorer.service.DatasetIndex;

class CorridorGraphBuilderTest {
    private final DatasetIndex mini = new DatasetIndex(TestData.mini());

    @Test
    void placesOnLegsBecomeNodesAndLegsBecomeEdgesWithTheirAttributes() {
        Graph g = CorridorGraphBuilder.build(mini);
        assertThat(g.getNodeCount()).isEqualTo(5);
        assertThat(g.getEdgeCount()).isEqualTo(5);
        assertThat(g.getNode("charlie").getAttribute("corridors")).isEqualTo(3);
        assertThat(g.getNode("charlie").getAttribute("ui.class")).isEqualTo("hub,observer");
        assertThat(g.getNode("alpha").getAttribute("ui.class")).isEqualTo("hub,member");
        assertThat(g.getNode("echo").getAttribute("ui.class")).isEqualTo("nostatus");
        assertThat(g.getNode("echo").getAttribute("sco_status")).isEqualTo("none");
        assertThat(g.getNode("alpha").getAttribute("lat")).isEqualTo(40.0);
        assertThat(g.getEdge("p1").getAttribute("mode")).isEqualTo("pipeline");
        assertThat(g.getEdge("s1").getAttribute("ui.class")).isEqualTo("road,planned");
        assertThat(g.getEdge("n1").getAttribute("length_km")).isEqualTo(100.0);
    }

    @Test
    void theGeographicLayoutPutsNorthUpAndEastRight() {
        Positions p = CorridorGraphBuilder.geographic(mini);
        assertThat(p.of("echo")[1]).isGreaterThan(p.of("alpha")[1]); // echo is further north
        assertThat(p.of("echo")[0]).isGreaterThan(p.of("alpha")[0]); // and further east
        Graph g = CorridorGraphBuilder.build(mini, p);
        Object[] xyz = (Object[]) g.getNode("echo").getAttribute("xyz");
        assertThat((double) xyz[0]).isEqualTo(p.of("echo")[0]);
    }

    @Test
    void theBundledNetworkIsOneGraphWithEveryLeg() {
        DatasetIndex index = new DatasetIndex(new DatasetLoader().loadBundled().dataset());
        Graph g = CorridorGraphBuilder.build(index);
        assertThat(g.getEdgeCount()).isEqualTo(index.dataset().legs().size());
        assertThat(g.getNodeCount()).isEqualTo(index.placesOnLegs().size());
        assertThat(g.getNode("tehran").getAttribute("corridors", Integer.class)).isGreaterThanOrEqualTo(4);
        assertThat(g.edges().map(e -> (String) e.getAttribute("ui.class")))
                .anyMatch(c -> c.contains("planned")).anyMatch(c -> c.contains("pipeline"));
    }
}
