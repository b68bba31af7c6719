package kr.sanggwon.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import kr.sanggwon.common.Level;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Progress;
import kr.sanggwon.geo.GeometryCodec;
import kr.sanggwon.store.BatchedUpsert;
import kr.sanggwon.store.Transaction;

/**
 * Imports an 영역-상권 (or 영역-행정동) shapefile set: record i of the .shp is the boundary of row i of the .dbf.
 * The .dbf attributes complete the district rows (as the 영역 CSV does); the rings go to {@code district_shape}
 * in {@link GeometryCodec}'s encoding with their bounding box. Coordinates must be Korea 2000 Central Belt
 * (EPSG:5181) metres, checked from the .prj.
 */
final class ShapefileImport {
    private static final int BATCH = 200;

    private final ShapefileSet set;
    private final Progress progress;

    ShapefileImport(ShapefileSet set, Progress progress) {
        this.set = set;
        this.progress = progress;
    }

    ImportResult run(Transaction tx, RejectsWriter rejects, Instant started) throws IOException {
        String name = set.shp().getFileName().toString();
        checkProjection(name);
        Charset charset = dbfCharset();
        long size = Files.size(set.shp());
        int indexed = (int) ((Files.size(set.shx()) - 100) / 8);
        long batchId = ImportBatchRepository.open(tx, name, started);
        try (CountingDigestStream counted = new CountingDigestStream(new BufferedInputStream(Files.newInputStream(set.shp()), 1 << 16));
             ShpReader shp = new ShpReader(counted, name);
             DbfReader dbf = new DbfReader(new BufferedInputStream(Files.newInputStream(set.dbf()), 1 << 16), charset,
                     set.dbf().getFileName().toString())) {
            if (dbf.recordCount() != indexed) {
                throw ImportException.ofFile("ingest.error.shapeMismatch", name, dbf.recordCount(), indexed);
            }
            HeaderIndex header = new HeaderIndex(dbf.fieldNames());
            Level level;
            RowHandler attributes;
            int codeIdx;
            if (header.has(DatasetDetector.TRDAR_CODE)) {
                level = Level.TRDAR;
                attributes = new AreaTrdarRowHandler(tx, header, batchId);
                codeIdx = header.find(DatasetDetector.TRDAR_CODE);
            } else if (header.has(DatasetDetector.ADSTRD_CODE)) {
                level = Level.DONG;
                attributes = new AreaAdstrdRowHandler(tx, header, batchId);
                codeIdx = header.find(DatasetDetector.ADSTRD_CODE);
            } else {
                throw ImportException.ofFile("ingest.error.shapeNoCode", name, String.join(", ", dbf.fieldNames()));
            }
            DetectedFile detected = new DetectedFile(DetectedFile.Kind.SHAPE, null, level);
            long read = 0;
            long imported = 0;
            try (BatchedUpsert merge = DistrictMasterRepository.shapeWriter(tx)) {
                int pending = 0;
                DbfReader.Row row;
                while ((row = dbf.next()) != null) {
                    ShpReader.Record shape = shp.next();
                    if (shape == null) {
                        throw ImportException.ofFile("ingest.error.shapeMismatch", name, dbf.recordCount(), read);
                    }
                    read++;
                    if (row.deleted()) {
                        continue;
                    }
                    String code = row.values()[codeIdx];
                    if (shape.shapeType() == ShpReader.NULL || shape.parts().length == 0) {
                        rejects.add(row.number(), "geometry", code, "ingest.reject.noGeometry");
                        continue;
                    }
                    try {
                        attributes.handle(row.values());
                    } catch (RowRejected r) {
                        rejects.add(row.number(), r.column, r.value, r.reasonKey);
                        continue;
                    }
                    List<double[]> rings = rings(shape, name);
                    merge.add(new Object[] {code, rings.size(), shape.xy().length / 2, shape.minX(), shape.minY(), shape.maxX(),
                        shape.maxY(), GeometryCodec.encode(rings), batchId}, false);
                    imported++;
                    if (++pending >= BATCH) {
                        merge.flush();
                        pending = 0;
                        progress.checkCancelled();
                        ImportService.report(progress, counted.count(), size, read, started);
                    }
                }
                merge.flush();
            }
            ImportService.refuseIfTooBad(name, read, imported, rejects);
            progress.checkCancelled();
            progress.update(size, size, Messages.get("ingest.progress.finishing"));
            attributes.finish();
            String sha = counted.finishHash();
            String encoding = "dbf " + (charset.name().equalsIgnoreCase("x-windows-949") ? "CP949" : charset.name());
            ImportBatchRepository.complete(tx, batchId, new ImportBatchRepository.Completion(sha, detected, encoding, read, imported,
                    rejects.count(), new TreeSet<>(), rejects.pathIfWritten()));
            ImportService.report(progress, size, size, read, started);
            return new ImportResult(name, detected.id(), detected.officialName(), encoding, read, imported, rejects.count(),
                    new TreeSet<>(), rejects.pathIfWritten(), batchId, Duration.between(started, Instant.now()), List.of());
        }
    }

    private static List<double[]> rings(ShpReader.Record shape, String name) {
        int[] parts = shape.parts();
        double[] xy = shape.xy();
        List<double[]> rings = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            int from = parts[i] * 2;
            int to = i + 1 < parts.length ? parts[i + 1] * 2 : xy.length;
            if (from < 0 || to > xy.length || from >= to) {
                throw ImportException.ofFile("ingest.error.shapeDamaged", name, "record " + shape.number());
            }
            rings.add(java.util.Arrays.copyOfRange(xy, from, to));
        }
        return rings;
    }

    /** Refuses anything but Transverse Mercator on GRS80, central meridian 127, origin 38, FE 200000, FN 500000. */
    private void checkProjection(String name) throws IOException {
        String wkt = Files.readString(set.prj(), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT).replace(" ", "");
        boolean ok = wkt.contains("transverse_mercator")
                && parameter(wkt, "central_meridian") == 127.0
                && parameter(wkt, "latitude_of_origin") == 38.0
                && parameter(wkt, "false_easting") == 200000.0
                && parameter(wkt, "false_northing") == 500000.0;
        if (!ok) {
            throw ImportException.ofFile("ingest.error.shapeProjection", name, set.prj().getFileName().toString());
        }
    }

    private static double parameter(String wkt, String key) {
        int at = wkt.indexOf("parameter[\"" + key + "\",");
        if (at < 0) {
            return Double.NaN;
        }
        int start = at + key.length() + 13;
        int end = wkt.indexOf(']', start);
        try {
            return Double.parseDouble(wkt.substring(start, end));
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    /** The .cpg names the .dbf text encoding; without one, Korean GIS files are CP949. */
    private Charset dbfCharset() throws IOException {
        if (set.cpg() == null) {
            return FileSniffer.CP949;
        }
        String name = Files.readString(set.cpg(), StandardCharsets.US_ASCII).strip().toUpperCase(Locale.ROOT);
        return switch (name) {
            case "UTF-8", "UTF8", "65001" -> StandardCharsets.UTF_8;
            case "", "EUC-KR", "EUCKR", "CP949", "MS949", "949", "X-WINDOWS-949" -> FileSniffer.CP949;
            default -> {
                try {
                    yield Charset.forName(name);
                } catch (RuntimeException e) {
                    yield FileSniffer.CP949;
                }
            }
        };
    }
}
