package org.scoexplorer.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.scoexplorer.model.Table;

/** Writes a {@link Table} as CSV (RFC 4180) or as a JSON array of objects. */
public enum TableFormat {
    CSV, JSON;

    public static Optional<TableFormat> parse(String text) {
        for (TableFormat f : values()) {
            if (f.name().equalsIgnoreCase(text)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public void write(Table table, Writer out) throws IOException {
        if (this == CSV) {
            writeCsv(table, out);
        } else {
            writeJson(table, out);
        }
        out.flush();
    }

    private static void writeCsv(Table table, Writer out) throws IOException {
        writeCsvRow(table.columns(), out);
        for (List<Object> row : table.rows()) {
            writeCsvRow(row, out);
        }
    }

    private static void writeCsvRow(List<?> cells, Writer out) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(csvField(plain(cells.get(i))));
        }
        out.write("\r\n");
    }

    /** RFC 4180: quote fields holding a comma, quote or line break; double the quotes inside. */
    static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** Numbers without exponent or thousands separators: 17794800000000, 39.9042. */
    public static String plain(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Double d) {
            if (d == Math.rint(d) && Math.abs(d) < 1e17) {
                return Long.toString(d.longValue());
            }
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return cell.toString();
    }

    private static void writeJson(Table table, Writer out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (List<Object> row : table.rows()) {
                g.writeStartObject();
                for (int i = 0; i < row.size(); i++) {
                    g.writeFieldName(table.columns().get(i));
                    Object cell = row.get(i);
                    if (cell == null) {
                        g.writeNull();
                    } else if (cell instanceof Long l) {
                        g.writeNumber(l);
                    } else if (cell instanceof Double d) {
                        g.writeNumber(new BigDecimal(plain(d)));
                    } else if (cell instanceof Boolean b) {
                        g.writeBoolean(b);
                    } else {
                        g.writeString(cell.toString());
                    }
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        out.write(System.lineSeparator());
    }
}
