package kr.sanggwon.geo;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Compact binary form of polygon rings stored in {@code district_shape.geometry}. Layout (all integers are
 * unsigned LEB128 varints; signed values are zigzag-encoded first):
 * <pre>
 *   byte    version = 1
 *   varint  ring count R
 *   varint  point count of ring 1 … ring R
 *   then for every point of every ring, in order:
 *   zigzag  dx, zigzag dy   — coordinate in centimetres minus the previous point's (the first point minus 0,0)
 * </pre>
 * Coordinates are TM metres (EPSG:5181) rounded to 1 cm, so a typical boundary point takes 2–4 bytes instead of
 * the shapefile's 16. {@link #decode} returns metres.
 */
public final class GeometryCodec {
    public static final int VERSION = 1;

    private GeometryCodec() {
    }

    public static byte[] encode(List<double[]> rings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        out.write(VERSION);
        writeVarint(out, rings.size());
        for (double[] r : rings) {
            if (r.length % 2 != 0) {
                throw new IllegalArgumentException("odd coordinate count");
            }
            writeVarint(out, r.length / 2);
        }
        long px = 0;
        long py = 0;
        for (double[] r : rings) {
            for (int i = 0; i < r.length; i += 2) {
                long x = Math.round(r[i] * 100);
                long y = Math.round(r[i + 1] * 100);
                writeVarint(out, zigzag(x - px));
                writeVarint(out, zigzag(y - py));
                px = x;
                py = y;
            }
        }
        return out.toByteArray();
    }

    public static List<double[]> decode(byte[] data) {
        int[] pos = {0};
        int version = data[pos[0]++];
        if (version != VERSION) {
            throw new IllegalArgumentException("unknown geometry version " + version);
        }
        int ringCount = (int) readVarint(data, pos);
        int[] sizes = new int[ringCount];
        for (int i = 0; i < ringCount; i++) {
            sizes[i] = (int) readVarint(data, pos);
        }
        List<double[]> rings = new ArrayList<>(ringCount);
        long px = 0;
        long py = 0;
        for (int size : sizes) {
            double[] r = new double[size * 2];
            for (int i = 0; i < r.length; i += 2) {
                px += unzigzag(readVarint(data, pos));
                py += unzigzag(readVarint(data, pos));
                r[i] = px / 100.0;
                r[i + 1] = py / 100.0;
            }
            rings.add(r);
        }
        return rings;
    }

    private static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    private static long unzigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }

    private static void writeVarint(ByteArrayOutputStream out, long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    private static long readVarint(byte[] data, int[] pos) {
        long result = 0;
        int shift = 0;
        while (true) {
            byte b = data[pos[0]++];
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
            shift += 7;
            if (shift > 63) {
                throw new IllegalArgumentException("varint too long");
            }
        }
    }
}
