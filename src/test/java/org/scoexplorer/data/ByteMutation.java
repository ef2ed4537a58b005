package org.scoexplorer.data;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import java.util.List;

/**
 * One way to damage a file's bytes, as a value jqwik can generate, shrink and print. Positions are
 * taken modulo the input's length, so any generated value applies to any input.
 */
sealed interface ByteMutation {
    byte[] apply(byte[] in);

    private static int at(int position, int length) {
        return length == 0 ? 0 : Math.floorMod(position, length);
    }

    record DeleteRange(int from, int length) implements ByteMutation {
        @Override
        public byte[] apply(byte[] in) {
            int a = at(from, in.length);
            int b = Math.min(in.length, a + length);
            return join(slice(in, 0, a), slice(in, b, in.length));
        }
    }

    record DuplicateRange(int from, int length, int insertAt) implements ByteMutation {
        @Override
        public byte[] apply(byte[] in) {
            int a = at(from, in.length);
            byte[] copy = slice(in, a, Math.min(in.length, a + length));
            int to = at(insertAt, in.length + 1);
            return join(slice(in, 0, to), copy, slice(in, to, in.length));
        }
    }

    record Truncate(int keep) implements ByteMutation {
        @Override
        public byte[] apply(byte[] in) {
            return slice(in, 0, at(keep, in.length));
        }
    }

    record Flip(int position, int mask) {}

    /** XORs single bytes with a non-zero mask: wrong characters, invalid UTF-8, NULs, stray quotes. */
    record FlipBytes(List<Flip> flips) implements ByteMutation {
        @Override
        public byte[] apply(byte[] in) {
            byte[] out = in.clone();
            for (Flip f : flips) {
                if (out.length > 0) {
                    int i = at(f.position(), out.length);
                    out[i] = (byte) (out[i] ^ f.mask());
                }
            }
            return out;
        }
    }

    record InsertBytes(int insertAt, byte[] bytes) implements ByteMutation {
        @Override
        public byte[] apply(byte[] in) {
            int to = at(insertAt, in.length + 1);
            return join(slice(in, 0, to), bytes, slice(in, to, in.length));
        }

        @Override
        public String toString() {
            return "InsertBytes[insertAt=" + insertAt + ", bytes=" + HexFormat.ofDelimiter(" ").formatHex(bytes) + "]";
        }
    }

    /** Exchanges two ranges of equal length that do not overlap (keeps the size, breaks the order). */
    record SwapRanges(int first, int second, int length) implements ByteMutation {
        @Override
        public byte[] apply(byte[] in) {
            int a = at(first, in.length);
            int b = at(second, in.length);
            int lo = Math.min(a, b);
            int hi = Math.max(a, b);
            int n = Math.min(length, Math.min(hi - lo, in.length - hi));
            if (n <= 0) {
                return in.clone();
            }
            return join(slice(in, 0, lo), slice(in, hi, hi + n), slice(in, lo + n, hi), slice(in, lo, lo + n),
                    slice(in, hi + n, in.length));
        }
    }

    private static byte[] slice(byte[] in, int from, int to) {
        return java.util.Arrays.copyOfRange(in, from, Math.max(from, to));
    }

    private static byte[] join(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
