package kr.sanggwon.ingest;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams a dBASE III/IV table (.dbf of a shapefile): a 32-byte header, 32-byte field descriptors ended by 0x0D,
 * then fixed-width records that start with a deletion flag ('*' = deleted). Values come back as trimmed strings
 * in the charset of the .cpg file; a multi-byte character cut by the field width is dropped.
 */
final class DbfReader implements AutoCloseable {
    /** One field descriptor: name (at most 10 characters), type (C, N, F, D, L …) and width in bytes. */
    record Field(String name, char type, int length) {
    }

    private final DataInputStream in;
    private final String name;
    private final CharsetDecoder decoder;
    private final List<Field> fields = new ArrayList<>();
    private final int recordCount;
    private final byte[] record;
    private int read;

    DbfReader(InputStream raw, Charset charset, String name) throws IOException {
        this.in = new DataInputStream(raw);
        this.name = name;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] h = new byte[32];
        try {
            in.readFully(h);
            recordCount = ShapefileSet.readIntLE(h, 4);
            int headerLength = (h[8] & 0xFF) | (h[9] & 0xFF) << 8;
            int recordLength = (h[10] & 0xFF) | (h[11] & 0xFF) << 8;
            int consumed = 32;
            int width = 1;
            while (true) {
                int first = in.readUnsignedByte();
                consumed++;
                if (first == 0x0D) {
                    break;
                }
                byte[] d = new byte[32];
                d[0] = (byte) first;
                in.readFully(d, 1, 31);
                consumed += 31;
                int end = 0;
                while (end < 11 && d[end] != 0) {
                    end++;
                }
                Field f = new Field(new String(d, 0, end, java.nio.charset.StandardCharsets.US_ASCII).strip(), (char) d[11], d[16] & 0xFF);
                fields.add(f);
                width += f.length();
                if (consumed > headerLength) {
                    throw ImportException.ofFile("ingest.error.shapeDamaged", name, "dbf header");
                }
            }
            in.skipNBytes(headerLength - consumed);
            if (width != recordLength || recordCount < 0) {
                throw ImportException.ofFile("ingest.error.shapeDamaged", name, "dbf record length");
            }
            record = new byte[recordLength];
        } catch (EOFException e) {
            throw ImportException.ofFile("ingest.error.shapeDamaged", name, "dbf header");
        }
    }

    List<Field> fields() {
        return fields;
    }

    String[] fieldNames() {
        return fields.stream().map(Field::name).toArray(String[]::new);
    }

    int recordCount() {
        return recordCount;
    }

    /** Values of the next record (null for a deleted one is not used: deleted records are returned flagged). */
    Row next() throws IOException {
        if (read >= recordCount) {
            return null;
        }
        try {
            in.readFully(record);
        } catch (EOFException e) {
            throw ImportException.ofFile("ingest.error.shapeDamaged", name, "dbf record " + (read + 1));
        }
        read++;
        String[] values = new String[fields.size()];
        int pos = 1;
        for (int i = 0; i < values.length; i++) {
            int len = fields.get(i).length();
            values[i] = decode(pos, len);
            pos += len;
        }
        return new Row(read, record[0] == '*', values);
    }

    /** One record: 1-based number, deletion flag and values. */
    record Row(int number, boolean deleted, String[] values) {
    }

    private String decode(int pos, int len) {
        int end = pos + len;
        while (end > pos && (record[end - 1] == ' ' || record[end - 1] == 0)) {
            end--;
        }
        int start = pos;
        while (start < end && record[start] == ' ') {
            start++;
        }
        if (start == end) {
            return "";
        }
        // a character cut by the field width leaves up to three bytes of a sequence at the end: drop them
        for (int cut = 0; cut <= 3 && end - cut > start; cut++) {
            try {
                CharBuffer cb = decoder.reset().decode(ByteBuffer.wrap(record, start, end - cut - start));
                return cb.toString().strip();
            } catch (CharacterCodingException e) {
                // try shorter
            }
        }
        throw ImportException.ofFile("ingest.error.shapeEncoding", name, decoder.charset().name());
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
