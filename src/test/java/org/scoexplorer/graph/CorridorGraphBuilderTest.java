package org.scoexplorer.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.graphstream.graph.Graph;
import org.junit.jupiter.api.Test;
import org.scoexplorer.TestData;
import org.scoexplorer.data.DatasetLoader;
import org.scoexplorer.service.DatasetIndex;

class CorridorGraphBuilderTest {
    @Test
    void placesOnLegsBecomeNodesAndLegsBecomeEdgesWithTheirAttributes() {
        Graph g = CorridorGraphBuilder.build(new DatasetIndex(TestData.mini()));
        assertThat(g.getNodeCount()).isEqualTo(5);
        assertThat(g.getEdgeCount()).isEqualTo(5);
        assertThat(g.getNode("charlie").getAttribute("corridors")).isEqualTo(3);
        assertThat((Object[]) g.getNode("alpha").getAttribute("xy")).containsExactly(60.0, 40.0);
        assertThat(g.getEdge("p1").getAttribute("mode")).isEqualTo("pipeline");
        assertThat(g.getEdge("s1").getAttribute("status")).isEqualTo("planned");
    }

    @Test
    void theBundledNetworkIsOneGraphWithEveryLeg() {
        DatasetIndex index = new DatasetIndex(new DatasetLoader().loadBundled().dataset());
        Graph g = CorridorGraphBuilder.build(index);
        assertThat(g.getEdgeCount()).isEqualTo(index.dataset().legs().size());
        assertThat(g.getNode("tehran").getAttribute("corridors", Integer.class)).isGreaterThanOrEqualTo(4);
    }
}
