package org.scoexplorer.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.scoexplorer.TestData;
import org.scoexplorer.data.TableFormat;
import org.scoexplorer.model.Table;

class TableExporterTest {
    private final TableExporter exporter = new TableExporter(new DatasetIndex(TestData.mini()));

    private String csv(ExportKind kind) throws Exception {
        StringWriter w = new StringWriter();
        TableFormat.CSV.write(exporter.table(kind), w);
        return w.toString();
    }

    @Test
    void theContractColumnsComeFirstInTheirOrder() {
        assertThat(exporter.table(ExportKind.COUNTRIES).columns()).startsWith("id", "name", "status", "joined",
                "capital", "iso3", "lat", "lon", "population", "gdp_usd", "represented_by", "role");
        assertThat(exporter.table(ExportKind.DOCUMENTS).columns()).startsWith("id", "title", "type", "area", "summary");
        assertThat(exporter.table(ExportKind.CORRIDORS).columns()).startsWith("id", "name", "status", "modes", "places");
        assertThat(exporter.table(ExportKind.LEGS).columns()).startsWith("corridor", "from", "to", "mode", "length_km", "status");
        assertThat(exporter.table(ExportKind.PLACES).columns()).startsWith("id", "name", "country", "lat", "lon", "kind");
        assertThat(exporter.table(ExportKind.PEOPLE).columns()).startsWith("id", "name", "role", "country");
        assertThat(exporter.table(ExportKind.ORGANIZATIONS).columns()).startsWith("id", "name", "kind", "location");
        assertThat(exporter.table(ExportKind.SOURCES).columns()).startsWith("id", "name", "url");
    }

    @Test
    void countriesHavePlainNumbersAndTheRepresentativesName() throws Exception {
        String[] lines = csv(ExportKind.COUNTRIES).split("\r\n");
        assertThat(lines[1]).isEqualTo("AA,Alphaland,member,2001,Alpha,AAA,40,60,1000000,2500000000,Ann Example,President,2023,2023");
        // RFC 4180: a field with a comma or quote is quoted and its quotes doubled
        assertThat(lines[3]).startsWith("CC,\"Çetinia, \"\"the quoted\"\"\",none,,Gamma,");
    }

    @Test
    void corridorsListTheirModesAndPlacesInRouteOrder() throws Exception {
        assertThat(csv(ExportKind.CORRIDORS)).contains("north,North line,operational,rail,alpha;bravo;charlie,,\r\n");
    }

    @Test
    void jsonHasTypedValues() throws Exception {
        StringWriter w = new StringWriter();
        TableFormat.JSON.write(exporter.table(ExportKind.LEGS), w);
        assertThat(w.toString()).contains("\"length_km\" : 100,").contains("\"length_estimated\" : false")
                .contains("\"corridor\" : \"north\"");
    }

    @Test
    void tablesRefuseRaggedRows() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                new Table(java.util.List.of("a", "b"), java.util.List.of(java.util.List.of("x"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
