package org.scoexplorer.data;

import java.nio.charset.StandardCharsets;

/** Recognises files that are not UTF-8 before JSON parsing turns them into confusing syntax errors. */
final class TextEncoding {
    private TextEncoding() {}

    static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /** What is wrong with bytes that are not UTF-8 text. */
    record Issue(Problem.Kind kind, String message) {}

    private static final Issue WIDE = new Issue(Problem.Kind.ENCODING, "the file is UTF-16 (or UTF-32); save it as UTF-8");
    private static final Issue BINARY = new Issue(Problem.Kind.BINARY, "the file is binary, not a JSON text file");

    /** The issue when the bytes are clearly UTF-16/32 or binary, else null. */
    static Issue problem(byte[] b) {
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
            return WIDE;
        }
        int probe = Math.min(b.length, 64);
        for (int i = 0; i < probe; i++) {
            if (b[i] == 0) {
                return looksLikeWideText(b) ? WIDE : BINARY;
            }
        }
        return null;
    }

    private static boolean looksLikeWideText(byte[] b) {
        // UTF-16 without a byte order mark: in ASCII text every other byte is zero
        int probe = Math.min(b.length, 64) & ~1;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < probe; i += 2) {
            evenZeros += b[i] == 0 ? 1 : 0;
            oddZeros += b[i + 1] == 0 ? 1 : 0;
        }
        int pairs = probe / 2;
        return pairs >= 2 && Math.max(evenZeros, oddZeros) * 10 >= pairs * 8;
    }

    /** 1-based line and column (in characters) of a byte offset, for messages about bad bytes. */
    static JsonLocator.Position positionOfByte(byte[] b, int start, int offset) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < offset && i < b.length; i++) {
            if (b[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(b, lineStart, Math.max(0, offset - lineStart), StandardCharsets.UTF_8);
        return new JsonLocator.Position(line, before.length() + 1);
    }
}
