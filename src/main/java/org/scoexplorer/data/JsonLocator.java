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
import java.util.function.IntPredicate;

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

    /**
     * The position of the first character after {@code at} that is not JSON whitespace, or null when only
     * whitespace follows: content after the top-level value.
     */
    static Position nextContent(String text, JsonLocation at) {
        int i = (int) at.getCharOffset();
        if (i < 0) {
            return null;
        }
        int line = at.getLineNr();
        int column = at.getColumnNr();
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                column = 1;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                column++;
            } else {
                return new Position(line, column);
            }
        }
        return null;
    }

    /**
     * The position where a run of characters matching {@code part} ends at {@code at} starts (on the same
     * line): the start of a number the parser has just read past. {@code at} itself when there is none.
     */
    static Position backOver(String text, JsonLocation at, IntPredicate part) {
        int end = (int) Math.min(at.getCharOffset(), text.length());
        int i = end;
        while (i > 0 && part.test(text.charAt(i - 1))) {
            i--;
        }
        return new Position(at.getLineNr(), Math.max(1, at.getColumnNr() - (end - i)));
    }

    /**
     * The opening quote of the key the parser stopped in or just after at {@code at} (keys hold no raw
     * newlines, and any quote inside one is escaped).
     */
    static Position openingQuote(String text, JsonLocation at) {
        int end = (int) Math.min(at.getCharOffset(), text.length());
        int i = end - 1;
        if (i >= 0 && isUnescapedQuote(text, i)) {
            i--; // the closing quote
        }
        for (; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (isUnescapedQuote(text, i)) {
                return new Position(at.getLineNr(), Math.max(1, at.getColumnNr() - (end - i)));
            }
        }
        return new Position(at.getLineNr(), at.getColumnNr());
    }

    private static boolean isUnescapedQuote(String text, int i) {
        if (text.charAt(i) != '"') {
            return false;
        }
        int backslashes = 0;
        while (i - 1 - backslashes >= 0 && text.charAt(i - 1 - backslashes) == '\\') {
            backslashes++;
        }
        return backslashes % 2 == 0;
    }

    /**
     * The comma before the closing bracket the parser stopped at ({@code at}), when only whitespace
     * separates them: the trailing comma JSON does not allow. Null when there is none.
     */
    static Position trailingComma(String text, JsonLocation at) {
        int bracket = (int) Math.min(at.getCharOffset(), text.length());
        int i = bracket - 1;
        int newlines = 0;
        for (; i >= 0 && " \t\r\n".indexOf(text.charAt(i)) >= 0; i--) {
            newlines += text.charAt(i) == '\n' ? 1 : 0;
        }
        if (i < 0 || text.charAt(i) != ',') {
            return null;
        }
        int lineStart = text.lastIndexOf('\n', i) + 1;
        return new Position(at.getLineNr() - newlines, i - lineStart + 1);
    }

    static boolean isNumberChar(int c) {
        return c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
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
