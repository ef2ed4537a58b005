package org.scoexplorer.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import org.graphstream.graph.Graph;
import org.graphstream.graph.implementations.MultiGraph;
import org.graphstream.stream.file.FileSource;
import org.graphstream.stream.file.FileSourceGEXF;
import org.graphstream.stream.file.FileSourceGraphML;
import org.junit.jupiter.api.Test;
import org.scoexplorer.TestData;
import org.scoexplorer.data.DatasetLoader;
import org.scoexplorer.service.DatasetIndex;
import org.scoexplorer.service.GraphExport;
import org.scoexplorer.service.GraphFormat;

/** The exported files, read back by another tool's reader (GraphStream's GEXF and GraphML sources). */
class GraphExportReadBackTest {
    private static Graph readBack(DatasetIndex index, GraphFormat format) throws Exception {
        StringWriter out = new StringWriter();
        new GraphExport(index).write(format, out);
        Graph g = new MultiGraph("read-back", false, true);
        FileSource source = format == GraphFormat.GEXF ? new FileSourceGEXF() : new FileSourceGraphML();
        source.addSink(g);
        source.readAll(new StringReader(out.toString()));
        return g;
    }

    @Test
    void gexfKeepsEveryPlaceLegAndAttribute() throws Exception {
        Graph g = readBack(new DatasetIndex(TestData.mini()), GraphFormat.GEXF);
        assertThat(g.getNodeCount()).isEqualTo(5);
        assertThat(g.getEdgeCount()).isEqualTo(5);
        assertThat(g.getNode("charlie").getAttribute("name")).isEqualTo("Charlie Port");
        assertThat(((Number) g.getNode("charlie").getAttribute("lat")).doubleValue()).isEqualTo(41.0);
        assertThat(((Number) g.getNode("charlie").getAttribute("lon")).doubleValue()).isEqualTo(61.0);
        assertThat(g.getNode("delta").getAttribute("kind")).isEqualTo("border_crossing");
        assertThat(g.getEdge("p1").getAttribute("mode")).isEqualTo("pipeline");
        assertThat(((Number) g.getEdge("n1").getAttribute("length_km")).doubleValue()).isEqualTo(100.0);
        assertThat(g.getEdge("s1").getSourceNode().getId()).isEqualTo("alpha");
    }

    @Test
    void graphmlKeepsEveryPlaceLegAndAttribute() throws Exception {
        Graph g = readBack(new DatasetIndex(TestData.mini()), GraphFormat.GRAPHML);
        assertThat(g.getNodeCount()).isEqualTo(5);
        assertThat(g.getEdgeCount()).isEqualTo(5);
        assertThat(g.getNode("charlie").getAttribute("name")).isEqualTo("Charlie Port");
        assertThat(Double.parseDouble(String.valueOf(g.getNode("alpha").getAttribute("lat")))).isEqualTo(40.0);
        assertThat(g.getEdge("s2").getAttribute("status")).isEqualTo("planned");
        assertThat(g.getEdge("s2").getAttribute("corridor")).isEqualTo("south");
    }

    @Test
    void theBundledNetworkRoundTripsInBothFormats() throws Exception {
        DatasetIndex index = new DatasetIndex(new DatasetLoader().loadBundled().dataset());
        for (GraphFormat f : GraphFormat.values()) {
            Graph g = readBack(index, f);
            assertThat(g.getNodeCount()).as(f.name()).isEqualTo(index.placesOnLegs().size());
            assertThat(g.getEdgeCount()).as(f.name()).isEqualTo(index.dataset().legs().size());
            // names with accents and dashes survive
            assertThat(g.getNode("urumqi").getAttribute("name")).as(f.name()).isEqualTo("Ürümqi");
        }
    }
}
