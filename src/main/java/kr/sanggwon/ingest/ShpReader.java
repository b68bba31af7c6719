package kr.sanggwon.ingest;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Streams the records of a .shp file (ESRI Shapefile Technical Description, 1998): a 100-byte header, then
 * records of a big-endian header (number, content length in 16-bit words) and little-endian content. Polygon
 * (5), PolygonZ (15) and PolygonM (25) give rings of x/y; Z and M values are skipped; null shapes have no rings.
 */
final class ShpReader implements AutoCloseable {
    static final int NULL = 0;
    static final int POLYGON = 5;
    static final int POLYGON_Z = 15;
    static final int POLYGON_M = 25;

    /** One record: shape type, bounding box, ring start indexes (into points) and x/y pairs. */
    record Record(int number, int shapeType, double minX, double minY, double maxX, double maxY, int[] parts, double[] xy) {
    }

    private final DataInputStream in;
    private final String name;
    private final int shapeType;
    private final long fileBytes;
    private long offset;

    ShpReader(InputStream raw, String name) throws IOException {
        this.in = new DataInputStream(raw);
        this.name = name;
        byte[] header = new byte[100];
        try {
            in.readFully(header);
        } catch (EOFException e) {
            throw ImportException.ofFile("ingest.error.shapeDamaged", name, "header");
        }
        if (ShapefileSet.readIntBE(header, 0) != ShapefileSet.SHAPE_MAGIC) {
            throw ImportException.ofFile("ingest.error.shapeDamaged", name, "file code");
        }
        fileBytes = ShapefileSet.readIntBE(header, 24) * 2L;
        shapeType = ShapefileSet.readIntLE(header, 32);
        if (shapeType != POLYGON && shapeType != POLYGON_Z && shapeType != POLYGON_M) {
            throw ImportException.ofFile("ingest.error.shapeType", name, shapeType);
        }
        offset = 100;
    }

    long fileBytes() {
        return fileBytes;
    }

    /** The next record, or null at the end of the file. */
    Record next() throws IOException {
        if (offset >= fileBytes) {
            return null;
        }
        int number;
        int words;
        byte[] content;
        try {
            number = in.readInt();
            words = in.readInt();
            if (words < 2 || words > 64 * 1024 * 1024) {
                throw ImportException.ofFile("ingest.error.shapeDamaged", name, "record " + number);
            }
            content = new byte[words * 2];
            in.readFully(content);
        } catch (EOFException e) {
            throw ImportException.ofFile("ingest.error.shapeDamaged", name, "truncated at byte " + offset);
        }
        offset += 8 + content.length;
        ByteBuffer b = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
        int type = b.getInt();
        if (type == NULL) {
            return new Record(number, NULL, 0, 0, 0, 0, new int[0], new double[0]);
        }
        if (type != POLYGON && type != POLYGON_Z && type != POLYGON_M) {
            throw ImportException.ofFile("ingest.error.shapeType", name, type);
        }
        try {
            double minX = b.getDouble();
            double minY = b.getDouble();
            double maxX = b.getDouble();
            double maxY = b.getDouble();
            int numParts = b.getInt();
            int numPoints = b.getInt();
            if (numParts < 0 || numPoints < 0 || numParts > numPoints) {
                throw ImportException.ofFile("ingest.error.shapeDamaged", name, "record " + number);
            }
            int[] parts = new int[numParts];
            for (int i = 0; i < numParts; i++) {
                parts[i] = b.getInt();
            }
            double[] xy = new double[numPoints * 2];
            for (int i = 0; i < xy.length; i++) {
                xy[i] = b.getDouble();
            }
            return new Record(number, type, minX, minY, maxX, maxY, parts, xy);
        } catch (java.nio.BufferUnderflowException e) {
            throw ImportException.ofFile("ingest.error.shapeDamaged", name, "record " + number);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
