package kr.sanggwon.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The files of one shapefile: .shp (geometry), .shx (index), .dbf (attributes), .prj (projection) are required,
 * .cpg (text encoding of the .dbf) is optional. Importing any part finds the others next to it by base name
 * (extension case ignored).
 */
record ShapefileSet(Path shp, Path shx, Path dbf, Path prj, Path cpg) {
    static final int SHAPE_MAGIC = 9994;

    /** True when the file is a part of a shapefile, judged from its bytes (and, for .dbf/.prj/.cpg, its extension). */
    static boolean isPart(Path file, byte[] head) {
        if (head.length >= 100 && readIntBE(head, 0) == SHAPE_MAGIC && readIntLE(head, 28) == 1000) {
            return true;
        }
        String ext = extension(file);
        return switch (ext) {
            case "dbf" -> looksLikeDbf(head);
            case "prj" -> {
                String t = new String(head, StandardCharsets.US_ASCII).stripLeading();
                yield t.startsWith("PROJCS[") || t.startsWith("GEOGCS[");
            }
            case "cpg" -> head.length < 64 && sibling(file, "shp") != null;
            default -> false;
        };
    }

    private static boolean looksLikeDbf(byte[] h) {
        if (h.length < 33) {
            return false;
        }
        int version = h[0] & 0xFF;
        int headerLength = (h[8] & 0xFF) | (h[9] & 0xFF) << 8;
        int month = h[2];
        int day = h[3];
        return (version == 0x03 || version == 0x83 || version == 0x8B || version == 0x30 || version == 0xF5)
                && month >= 1 && month <= 12 && day >= 1 && day <= 31 && headerLength >= 65 && (headerLength - 1) % 32 == 0;
    }

    static ShapefileSet locate(Path anyPart) throws IOException {
        String name = anyPart.getFileName().toString();
        Path shp = require(anyPart, "shp", name);
        Path shx = require(anyPart, "shx", name);
        Path dbf = require(anyPart, "dbf", name);
        Path prj = require(anyPart, "prj", name);
        return new ShapefileSet(shp, shx, dbf, prj, sibling(anyPart, "cpg"));
    }

    private static Path require(Path anyPart, String ext, String name) throws IOException {
        Path p = sibling(anyPart, ext);
        if (p == null) {
            throw ImportException.ofFile("ingest.error.shapeMissingPart", name, baseName(anyPart.getFileName().toString()) + "." + ext);
        }
        return p;
    }

    /** The file next to {@code part} with the same base name and extension {@code ext} (any case), or null. */
    static Path sibling(Path part, String ext) {
        Path folder = part.toAbsolutePath().getParent();
        String base = baseName(part.getFileName().toString());
        Path exact = folder.resolve(base + "." + ext);
        if (Files.isRegularFile(exact)) {
            return exact;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().equalsIgnoreCase(base + "." + ext))
                    .filter(Files::isRegularFile).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? fileName : fileName.substring(0, dot);
    }

    static String extension(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static int readIntBE(byte[] b, int off) {
        return (b[off] & 0xFF) << 24 | (b[off + 1] & 0xFF) << 16 | (b[off + 2] & 0xFF) << 8 | (b[off + 3] & 0xFF);
    }

    static int readIntLE(byte[] b, int off) {
        return (b[off + 3] & 0xFF) << 24 | (b[off + 2] & 0xFF) << 16 | (b[off + 1] & 0xFF) << 8 | (b[off] & 0xFF);
    }
}
