package kr.sanggwon.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** What kind of container a file is, from its first bytes: a table (CSV), a JSON download, or a shapefile part. */
enum SourceKind {
    TABLE, JSON, SHAPEFILE;

    static SourceKind of(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(512);
        }
        if (ShapefileSet.isPart(file, head)) {
            return SHAPEFILE;
        }
        int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        if (i < head.length && (head[i] == '{' || head[i] == '[')) {
            return JSON;
        }
        return TABLE;
    }
}
