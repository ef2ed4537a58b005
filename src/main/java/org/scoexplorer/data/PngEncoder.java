package org.scoexplorer.data;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Encodes ARGB pixels as a PNG (8-bit RGBA). Small and dependency-free: the app does not need the
 * javafx.swing module (ImageIO) only to save a picture of the graph.
 */
public final class PngEncoder {
    private PngEncoder() {}

    public static byte[] encode(int width, int height, int[] argb) {
        if (width <= 0 || height <= 0 || argb.length < width * height) {
            throw new IllegalArgumentException("no pixels to encode: " + width + "x" + height);
        }
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(width);
            h.writeInt(height);
            h.writeByte(8);  // bit depth
            h.writeByte(6);  // colour type: RGBA
            h.writeByte(0);  // compression
            h.writeByte(0);  // filter method
            h.writeByte(0);  // no interlace
            chunk(png, "IHDR", header.toByteArray());

            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            try (DeflaterOutputStream z = new DeflaterOutputStream(raw, new Deflater(6))) {
                byte[] row = new byte[1 + width * 4];
                for (int y = 0; y < height; y++) {
                    row[0] = 0; // filter: none
                    for (int x = 0; x < width; x++) {
                        int p = argb[y * width + x];
                        int o = 1 + x * 4;
                        row[o] = (byte) (p >> 16);
                        row[o + 1] = (byte) (p >> 8);
                        row[o + 2] = (byte) p;
                        row[o + 3] = (byte) (p >>> 24);
                    }
                    z.write(row);
                }
            }
            chunk(png, "IDAT", raw.toByteArray());
            chunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory streams do not fail
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        d.writeInt(data.length);
        d.write(t);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }
}
