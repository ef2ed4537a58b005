package org.scoexplorer.service;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.scoexplorer.model.Country;
import org.scoexplorer.model.Leg;
import org.scoexplorer.model.Place;

/**
 * Writes the corridor network (places that legs touch, and the legs) as GEXF 1.2 or GraphML, with
 * every attribute typed and the coordinates as node attributes (and GEXF viz positions, x = lon,
 * y = lat). Plain StAX: no GraphStream here, so the headless command can use it too.
 */
public final class GraphExport {
    private record Attr(String name, String type) {}

    private static final List<Attr> NODE_ATTRS = List.of(new Attr("name", "string"), new Attr("country", "string"),
            new Attr("country_name", "string"), new Attr("sco_status", "string"), new Attr("kind", "string"),
            new Attr("lat", "double"), new Attr("lon", "double"), new Attr("approximate", "boolean"),
            new Attr("corridors", "integer"));
    private static final List<Attr> EDGE_ATTRS = List.of(new Attr("corridor", "string"),
            new Attr("corridor_name", "string"), new Attr("mode", "string"), new Attr("status", "string"),
            new Attr("length_km", "double"), new Attr("length_estimated", "boolean"), new Attr("sources", "string"));

    private final DatasetIndex index;

    public GraphExport(DatasetIndex index) {
        this.index = index;
    }

    public void write(GraphFormat format, Writer out) throws XMLStreamException {
        XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        x.writeStartDocument("UTF-8", "1.0");
        nl(x);
        if (format == GraphFormat.GEXF) {
            gexf(x);
        } else {
            graphml(x);
        }
        x.writeEndDocument();
        nl(x);
        x.flush();
        x.close();
    }

    private Map<String, Object> nodeValues(Place p) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", p.name());
        v.put("country", p.country());
        v.put("country_name", index.countryName(p.country()));
        v.put("sco_status", index.country(p.country()).map(Country::status).map(s -> s.code()).orElse("none"));
        v.put("kind", p.kind().code());
        v.put("lat", p.lat());
        v.put("lon", p.lon());
        v.put("approximate", p.approximate());
        v.put("corridors", index.corridorsThrough(p.id()));
        return v;
    }

    private Map<String, Object> edgeValues(Leg l) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("corridor", l.corridor());
        v.put("corridor_name", index.corridor(l.corridor()).map(c -> c.name()).orElse(l.corridor()));
        v.put("mode", l.mode().code());
        v.put("status", l.status().code());
        v.put("length_km", l.lengthKm());
        v.put("length_estimated", l.lengthEstimated());
        v.put("sources", String.join(";", l.sources()));
        return v;
    }

    private void gexf(XMLStreamWriter x) throws XMLStreamException {
        String ns = "http://www.gexf.net/1.2draft";
        x.writeStartElement("gexf");
        x.writeDefaultNamespace(ns);
        x.writeNamespace("viz", "http://www.gexf.net/1.2draft/viz");
        x.writeAttribute("version", "1.2");
        nl(x);
        x.writeStartElement("meta");
        x.writeStartElement("creator");
        x.writeCharacters(AppInfo.NAME + " " + AppInfo.version());
        x.writeEndElement();
        x.writeStartElement("description");
        x.writeCharacters("Transport corridors: " + (index.dataset().dataset() == null ? "" : index.dataset().dataset().title()));
        x.writeEndElement();
        x.writeEndElement();
        nl(x);
        x.writeStartElement("graph");
        x.writeAttribute("defaultedgetype", "undirected");
        x.writeAttribute("mode", "static");
        nl(x);
        gexfAttributes(x, "node", NODE_ATTRS);
        gexfAttributes(x, "edge", EDGE_ATTRS);
        x.writeStartElement("nodes");
        nl(x);
        for (Place p : index.placesOnLegs()) {
            x.writeStartElement("node");
            x.writeAttribute("id", p.id());
            x.writeAttribute("label", p.name());
            gexfValues(x, nodeValues(p));
            x.writeEmptyElement("viz", "position", "http://www.gexf.net/1.2draft/viz");
            x.writeAttribute("x", Double.toString(p.lon()));
            x.writeAttribute("y", Double.toString(p.lat()));
            x.writeAttribute("z", "0.0");
            x.writeEndElement();
            nl(x);
        }
        x.writeEndElement();
        nl(x);
        x.writeStartElement("edges");
        nl(x);
        for (Leg l : index.dataset().legs()) {
            x.writeStartElement("edge");
            x.writeAttribute("id", l.id());
            x.writeAttribute("source", l.from());
            x.writeAttribute("target", l.to());
            x.writeAttribute("label", l.mode().code() + " " + Math.round(l.lengthKm()) + " km");
            gexfValues(x, edgeValues(l));
            x.writeEndElement();
            nl(x);
        }
        x.writeEndElement();
        nl(x);
        x.writeEndElement(); // graph
        nl(x);
        x.writeEndElement(); // gexf
    }

    private static void gexfAttributes(XMLStreamWriter x, String kind, List<Attr> attrs) throws XMLStreamException {
        x.writeStartElement("attributes");
        x.writeAttribute("class", kind);
        for (Attr a : attrs) {
            x.writeEmptyElement("attribute");
            x.writeAttribute("id", a.name());
            x.writeAttribute("title", a.name());
            x.writeAttribute("type", a.type());
        }
        x.writeEndElement();
        nl(x);
    }

    private static void gexfValues(XMLStreamWriter x, Map<String, Object> values) throws XMLStreamException {
        x.writeStartElement("attvalues");
        for (var e : values.entrySet()) {
            x.writeEmptyElement("attvalue");
            x.writeAttribute("for", e.getKey());
            x.writeAttribute("value", String.valueOf(e.getValue()));
        }
        x.writeEndElement();
    }

    private void graphml(XMLStreamWriter x) throws XMLStreamException {
        x.writeStartElement("graphml");
        x.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
        nl(x);
        for (Attr a : NODE_ATTRS) {
            graphmlKey(x, "node", a);
        }
        for (Attr a : EDGE_ATTRS) {
            graphmlKey(x, "edge", a);
        }
        x.writeStartElement("graph");
        x.writeAttribute("id", "corridors");
        x.writeAttribute("edgedefault", "undirected");
        nl(x);
        for (Place p : index.placesOnLegs()) {
            x.writeStartElement("node");
            x.writeAttribute("id", p.id());
            graphmlValues(x, "node", nodeValues(p));
            x.writeEndElement();
            nl(x);
        }
        for (Leg l : index.dataset().legs()) {
            x.writeStartElement("edge");
            x.writeAttribute("id", l.id());
            x.writeAttribute("source", l.from());
            x.writeAttribute("target", l.to());
            graphmlValues(x, "edge", edgeValues(l));
            x.writeEndElement();
            nl(x);
        }
        x.writeEndElement();
        nl(x);
        x.writeEndElement();
    }

    private static void graphmlKey(XMLStreamWriter x, String kind, Attr a) throws XMLStreamException {
        x.writeEmptyElement("key");
        // GraphML key ids are global: prefix them so node and edge attributes never collide
        x.writeAttribute("id", kind.charAt(0) + "_" + a.name());
        x.writeAttribute("for", kind);
        x.writeAttribute("attr.name", a.name());
        x.writeAttribute("attr.type", a.type().equals("integer") ? "int" : a.type());
        nl(x);
    }

    private static void graphmlValues(XMLStreamWriter x, String kind, Map<String, Object> values)
            throws XMLStreamException {
        for (var e : values.entrySet()) {
            x.writeStartElement("data");
            x.writeAttribute("key", kind.charAt(0) + "_" + e.getKey());
            x.writeCharacters(String.valueOf(e.getValue()));
            x.writeEndElement();
        }
    }

    private static void nl(XMLStreamWriter x) throws XMLStreamException {
        x.writeCharacters("\n");
    }
}
