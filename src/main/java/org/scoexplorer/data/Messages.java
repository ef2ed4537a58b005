package org.scoexplorer.data;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns Jackson's wording into short messages for people editing a dataset by hand. */
final class Messages {
    private static final Pattern UNCLOSED = Pattern.compile(
            "expected close marker for (Object|Array) \\(start marker at .*?line: (\\d+), column: (\\d+)\\]\\)");
    /** Jackson's location suffixes; the problem carries line and column already. */
    private static final Pattern SOURCE = Pattern.compile("\\s*\\(?\\s*at \\[Source: .*?\\]\\)?");

    private static final Pattern NON_NUMERIC = Pattern.compile("^Non-standard token '([^']*)'");
    private static final Pattern CONTROL = Pattern.compile("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    /** {@code ('x' (code 120))} in Jackson's messages: the character is enough. */
    private static final Pattern CODE = Pattern.compile("\\('(.+?)' \\(code \\d+\\)\\)");

    /** A whole number the schema allows but a record field cannot hold. */
    private static final Pattern OUT_OF_RANGE = Pattern.compile(
            "^Numeric value \\((.+?)\\) out of range of \\w+ \\(-?\\d+ - (\\d+)\\)");

    private Messages() {}

    static String jackson(String original) {
        if (original == null) {
            return "unreadable content";
        }
        String m = original.strip();
        int newline = m.indexOf('\n');
        if (newline > 0) {
            m = m.substring(0, newline);
        }
        Matcher open = UNCLOSED.matcher(m);
        if (open.find()) {
            return "the file ends too early (truncated?): the " + open.group(1).toLowerCase(Locale.ROOT)
                    + " opened at line " + open.group(2) + ", column " + open.group(3) + " is never closed";
        }
        m = SOURCE.matcher(m).replaceAll("").strip();
        if (m.startsWith("Unexpected end-of-input")) {
            String where = m.substring("Unexpected end-of-input".length()).replaceFirst("^[:\\s]+", "");
            if (where.startsWith("within/between Object entries")) {
                where = "it stops inside an object";
            } else if (where.startsWith("within/between Array entries")) {
                where = "it stops inside an array";
            } else if (where.startsWith("was expecting closing quote")) {
                where = "it stops inside a string";
            }
            return "the file ends too early (truncated?): " + where;
        }
        if (m.startsWith("Duplicate field")) {
            return "duplicate key " + m.substring("Duplicate field".length()).strip() + " in the same object";
        }
        // Jackson suggests parser features here; a person editing the file needs to know what JSON allows
        if (m.contains("maybe a (non-standard) comment?")) {
            return "comments are not allowed in JSON";
        }
        Matcher nonNumeric = NON_NUMERIC.matcher(m);
        if (nonNumeric.find()) {
            return nonNumeric.group(1) + " is not a JSON number (JSON has no NaN or Infinity)";
        }
        Matcher control = CONTROL.matcher(m);
        if (control.find()) {
            return "a control character (code " + control.group(1) + ") inside a string; write it escaped "
                    + "(\\t, \\n or \\u00XX)";
        }
        if (m.startsWith("Unexpected character (''' (code 39))")) {
            return "unexpected character \"'\": JSON strings and keys need double quotes";
        }
        Matcher range = OUT_OF_RANGE.matcher(m);
        if (range.find()) {
            return "the number " + range.group(1) + " is too large here (at most " + range.group(2) + ")";
        }
        return CODE.matcher(m).replaceAll("'$1'");
    }

    static String kindOf(JsonNode node) {
        if (node.isArray()) {
            return "an array";
        }
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        if (node.isNull()) {
            return "null";
        }
        return "an object";
    }

    /** The JSON pointer of the value a mapping error concerns. */
    static String pointer(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                b.append('/').append(r.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else if (r.getIndex() >= 0) {
                b.append('/').append(r.getIndex());
            }
        }
        return b.toString();
    }
}
