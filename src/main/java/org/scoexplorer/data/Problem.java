package org.scoexplorer.data;

/**
 * One thing wrong with a dataset file: where it is (file, 1-based line and column, JSON pointer), what
 * kind of problem it is (for tests and tools) and what is wrong, in words a person editing the file can
 * act on.
 */
public record Problem(Severity severity, Kind kind, String file, int line, int column, String pointer,
                      String message) {

    public enum Severity { ERROR, WARNING }

    /** What sort of problem, in the order the loader meets them. The message says the particulars. */
    public enum Kind {
        /** The file cannot be read at all: missing, a folder, no permission, an I/O error. */
        UNREADABLE,
        /** The file is larger than the size limit; it is not read. */
        TOO_LARGE,
        /** Nothing but whitespace. */
        EMPTY,
        /** Text that is not UTF-8: UTF-16 or UTF-32, or an invalid UTF-8 byte sequence. */
        ENCODING,
        /** Not text at all. */
        BINARY,
        /** Not valid JSON: a missing comma, a comment, NaN, a trailing comma, ... */
        SYNTAX,
        /** The JSON stops before its end: a file cut short, or still being written. */
        TRUNCATED,
        /** More content after the end of the top-level value. */
        TRAILING_CONTENT,
        /** The same key twice in one object. */
        DUPLICATE_KEY,
        /** A safety limit: nesting depth, length of a string, key or number, items in an array. */
        LIMIT,
        /** The top level is an array, a string, a number, ... */
        NOT_AN_OBJECT,
        /** The file declares a format version newer than this program reads. */
        NEWER_FORMAT,
        /** A value of the wrong JSON type (schema keyword {@code type}). */
        SCHEMA_TYPE,
        /** A required field is missing ({@code required}). */
        SCHEMA_REQUIRED,
        /** A number outside its range ({@code minimum}, {@code maximum}, ...), or too large to represent. */
        SCHEMA_RANGE,
        /** A string, array or object too short or too long ({@code minLength}, {@code maxItems}, ...). */
        SCHEMA_LENGTH,
        /** Not one of the allowed values ({@code enum}, {@code const}). */
        SCHEMA_VALUE,
        /** A string of the wrong form ({@code pattern}, {@code format}, {@code propertyNames}). */
        SCHEMA_PATTERN,
        /** The same item twice in a list that must not repeat ({@code uniqueItems}). */
        SCHEMA_UNIQUE,
        /** Any other schema rule. */
        SCHEMA_OTHER,
        /** A field the format does not know; a warning, the field is ignored. */
        UNKNOWN_FIELD,
        /** A value the schema allows that still cannot be read into a record. */
        MAPPING,
        /** Two records of one kind with the same id. */
        DUPLICATE_ID,
        /** An id that names no record of the kind expected. */
        UNKNOWN_REFERENCE,
        /** A leg that starts where it ends, a corridor that is its own parent. */
        SELF_LOOP,
        /** Two consecutive places of a corridor's route that no leg of the corridor joins. */
        ROUTE_GAP,
        /** A date of the right form that is not a calendar date (2024-02-30). */
        DATE,
        /** Dates or years out of order: an end before its start, a status granted after the summit. */
        DATE_ORDER,
        /** A record that cites no source. */
        NO_SOURCE,
        /** A statement that names nobody who made it. */
        UNATTRIBUTED,
        /** A value the data should have but can do without (a warning). */
        INCOMPLETE,
        /** A failure of the program rather than of the file. */
        INTERNAL
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code FILE:LINE:COL: message (at /pointer)}, the form compilers use, so editors can jump to it. */
    public String format() {
        StringBuilder b = new StringBuilder();
        b.append(file).append(':').append(line).append(':').append(column).append(": ");
        if (severity == Severity.WARNING) {
            b.append("warning: ");
        }
        b.append(message);
        if (pointer != null && !pointer.isEmpty()) {
            b.append(" (at ").append(pointer).append(')');
        }
        return b.toString();
    }
}
