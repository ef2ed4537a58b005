package org.scoexplorer.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The bundled dataset, read once for the property tests that break it: its bytes, its text, where
 * each JSON value sits in the text, and its tree. Read-only; the properties copy before they change.
 */
final class BundledFixture {
    /** The kinds of JSON value, for "replace a value by one of another kind". */
    enum Kind { STRING, NUMBER, BOOLEAN, NULL, OBJECT, ARRAY }

    /** One value of the text: characters {@code start} (inclusive) to {@code end} (exclusive). */
    record Span(int start, int end, Kind kind) {}

    static final byte[] BYTES = read();
    static final String TEXT = new String(BYTES, StandardCharsets.UTF_8);
    static final List<Span> SPANS = spans(TEXT);
    static final JsonNode TREE = tree(TEXT);
    /** The pointer of every value in the tree but the root. */
    static final List<JsonPointer> POINTERS = pointers(TREE);

    private BundledFixture() {}

    private static byte[] read() {
        try (InputStream in = BundledFixture.class.getResourceAsStream(DatasetLoader.BUNDLED_RESOURCE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode tree(String text) {
        try {
            return Json.mapper(DatasetLimits.DEFAULT).readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonPointer> pointers(JsonNode root) {
        List<JsonPointer> out = new ArrayList<>();
        Deque<JsonPointer> todo = new ArrayDeque<>();
        todo.push(JsonPointer.empty());
        while (!todo.isEmpty()) {
            JsonPointer at = todo.pop();
            JsonNode node = root.at(at);
            if (!at.matches()) {
                out.add(at);
            }
            if (node.isObject()) {
                node.fieldNames().forEachRemaining(f -> todo.push(at.appendProperty(f)));
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    todo.push(at.appendIndex(i));
                }
            }
        }
        return List.copyOf(out);
    }

    /** Every value of the document (scalars, objects, arrays; not the root) with its place in the text. */
    private static List<Span> spans(String text) {
        List<Span> out = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>();
        try (JsonParser p = Json.factory(DatasetLimits.DEFAULT).createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                int at = (int) p.currentTokenLocation().getCharOffset();
                switch (t) {
                    case START_OBJECT, START_ARRAY -> open.push(at);
                    case END_OBJECT, END_ARRAY -> {
                        int start = open.pop();
                        if (!open.isEmpty()) { // the root is not a value to retype
                            out.add(new Span(start, at + 1, t == JsonToken.END_OBJECT ? Kind.OBJECT : Kind.ARRAY));
                        }
                    }
                    case VALUE_STRING -> {
                        p.getText(); // reads the rest of the string, so the location below is after it
                        out.add(new Span(at, (int) p.currentLocation().getCharOffset(), Kind.STRING));
                    }
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> out.add(end(p, at, Kind.NUMBER));
                    case VALUE_TRUE, VALUE_FALSE -> out.add(end(p, at, Kind.BOOLEAN));
                    case VALUE_NULL -> out.add(end(p, at, Kind.NULL));
                    default -> { }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Span s : out) { // a wrong offset here would make every retype a plain syntax error
            String v = text.substring(s.start(), s.end());
            boolean fits = switch (s.kind()) {
                case STRING -> v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"");
                case OBJECT -> v.startsWith("{") && v.endsWith("}");
                case ARRAY -> v.startsWith("[") && v.endsWith("]");
                case NUMBER -> v.matches("-?[0-9][0-9.eE+-]*");
                case BOOLEAN -> v.equals("true") || v.equals("false");
                case NULL -> v.equals("null");
            };
            if (!fits) {
                throw new IllegalStateException("span " + s + " is '" + v + "'");
            }
        }
        return List.copyOf(out);
    }

    private static Span end(JsonParser p, int start, Kind kind) {
        return new Span(start, (int) p.currentLocation().getCharOffset(), kind);
    }
}
