package org.scoexplorer.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Finds the line and column of JSON pointers in a text. The tree Jackson builds keeps no positions, so
 * the few pointers that have problems are looked up afterwards in one streaming pass; the happy path
 * never pays for it. An object member is located at its key, an array element at its first character.
 */
final class JsonLocator {
    record Position(int line, int column) {}

    static final Position START = new Position(1, 1);

    private JsonLocator() {}

    static Map<String, Position> locate(JsonFactory factory, String text, Set<String> pointers) {
        Map<String, Position> found = new HashMap<>();
        if (pointers.isEmpty()) {
            return found;
        }
        try (JsonParser p = factory.createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null && found.size() < pointers.size()) {
                String pointer = pointerOf(p, t);
                if (pointer != null && pointers.contains(pointer)) {
                    JsonLocation at = p.currentTokenLocation();
                    found.putIfAbsent(pointer, new Position(at.getLineNr(), at.getColumnNr()));
                }
            }
        } catch (IOException e) {
            // The text parsed once already; whatever was found before a failure is still right.
        }
        return found;
    }

    /** The pointer of the element that starts at the current token, or null for tokens that start none. */
    private static String pointerOf(JsonParser p, JsonToken t) {
        JsonStreamContext ctx = p.getParsingContext();
        if (t == JsonToken.FIELD_NAME) {
            return ctx.pathAsPointer().toString();
        }
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
            return null;
        }
        JsonStreamContext owner = t.isStructStart() ? ctx.getParent() : ctx;
        if (owner == null || owner.inRoot()) {
            return "";
        }
        // object members were located at their key already
        return owner.inArray() ? owner.pathAsPointer().toString() : null;
    }
}
