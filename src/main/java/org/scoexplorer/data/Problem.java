package org.scoexplorer.data;

/**
 * One thing wrong with a dataset file: where it is (file, 1-based line and column, JSON pointer) and
 * what is wrong, in words a person editing the file can act on.
 */
public record Problem(Severity severity, String file, int line, int column, String pointer, String message) {

    public enum Severity { ERROR, WARNING }

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
