package kr.sanggwon.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import kr.sanggwon.common.CancelledException;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Progress;
import kr.sanggwon.common.Text;
import kr.sanggwon.store.DataAccessException;
import kr.sanggwon.store.Database;
import kr.sanggwon.store.Transaction;

/**
 * Imports one file at a time, all or nothing: every row, the districts and industries it names, the rebuilt
 * summaries and the import_batch record commit in one transaction, or nothing changes.
 */
public final class ImportService {
    private static final int PROGRESS_EVERY = 8192;
    /** SQLSTATE of H2 (and the standard) for a value longer than its column. */
    private static final String VALUE_TOO_LONG = "22001";

    private final Database database;
    private final Path rejectsFolder;
    private volatile Runnable beforeImport = () -> { };

    public ImportService(Database database) {
        this.database = database;
        this.rejectsFolder = database.folder().resolve("rejects");
    }

    public ImportResult importFile(Path file, Progress progress) throws IOException {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw ImportException.ofFile("ingest.error.notFound", name);
        }
        beforeImport.run();
        SourceKind kind = SourceKind.of(file);
        Instant started = Instant.now();
        if (kind == SourceKind.SHAPEFILE) {
            ShapefileSet set = ShapefileSet.locate(file);
            RejectsWriter rejects = newRejects(set.shp());
            return run(rejects, c -> new ShapefileImport(set, progress).run(c, rejects, started));
        }
        FileFormat format = kind == SourceKind.JSON ? null : FileSniffer.sniff(file);
        RejectsWriter rejects = newRejects(file);
        return run(rejects, c -> kind == SourceKind.JSON
                ? importTable(c, file, in -> new JsonRowSource(in, name), -1, "UTF-8 (JSON)", rejects, started, progress)
                : importTable(c, file, in -> new CsvRowSource(in, format, file), format.bomBytes(), format.encodingLabel(),
                        rejects, started, progress));
    }

    /** Work run before every import of a file (the app takes its pre-import backup here). */
    public void beforeEachImport(Runnable work) {
        this.beforeImport = work;
    }

    private RejectsWriter newRejects(Path file) {
        String name = file.getFileName().toString();
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
        return new RejectsWriter(rejectsFolder.resolve(stamp + "_" + name + ".rejects.csv"), name);
    }

    /** One transaction: the rejects file is kept when the import commits or is refused, dropped when cancelled. */
    private ImportResult run(RejectsWriter rejects, Transaction.Work<ImportResult> work) throws IOException {
        String name = rejects.fileName();
        try {
            ImportResult result = Transaction.run(database, work);
            closeQuietly(rejects);
            // committed: caches, screens and the retrainer hear of it (ADR 0020)
            database.versions().changed(kr.sanggwon.store.DataVersionService.Cause.IMPORT);
            return result;
        } catch (DataAccessException failure) {
            closeQuietly(rejects);
            // the SQL failure (a checked exception of the work, an IOException among them, is its cause)
            Throwable e = failure.getCause();
            // before the cause is unwrapped: H2 wraps a failed file write (its own runtime exception) in the SQLException
            if (kr.sanggwon.store.StorageFailure.diskFull(e)) {
                throw ImportException.ofFile("ingest.error.diskFull", name, database.folder());
            }
            if (kr.sanggwon.store.StorageFailure.readOnly(e)) {
                throw ImportException.ofFile("ingest.error.readOnly", name, database.folder());
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (VALUE_TOO_LONG.equals(failure.sqlState())) {
                throw tooLong(name, e.getMessage());
            }
            throw ImportException.ofFile("ingest.error.database", name, e.getMessage());
        } catch (CancelledException e) {
            rejects.delete();
            throw e;
        } catch (RuntimeException e) {
            closeQuietly(rejects);
            // H2's file store reports a failed write as its own runtime exception, not an SQLException
            if (!(e instanceof kr.sanggwon.common.UserException) && kr.sanggwon.store.StorageFailure.diskFull(e)) {
                throw ImportException.ofFile("ingest.error.diskFull", name, database.folder());
            }
            if (!(e instanceof kr.sanggwon.common.UserException) && kr.sanggwon.store.StorageFailure.readOnly(e)) {
                throw ImportException.ofFile("ingest.error.readOnly", name, database.folder());
            }
            throw e;
        }
    }

    /**
     * A cell wider than its database column (a damaged or foreign file, not a database fault): names the column and
     * the start of the value instead of showing the SQL error.
     */
    static ImportException tooLong(String name, String sqlMessage) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("column \"([A-Za-z0-9_]+)[^\"]*\": \"'(.{0,40})")
                .matcher(String.valueOf(sqlMessage));
        String column = m.find() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : "";
        String value = column.isEmpty() ? "" : m.group(2);
        return new ImportException("ingest.error.valueTooLong", name, 0, column, value);
    }

    private static void closeQuietly(RejectsWriter rejects) {
        rejects.close();
    }

    /** Opens a {@link RowSource} on the (counted, BOM-skipped) byte stream of the file. */
    @FunctionalInterface
    private interface SourceOpener {
        RowSource open(InputStream in) throws IOException;
    }

    private ImportResult importTable(Transaction c, Path file, SourceOpener opener, int bomBytes, String encoding,
                                     RejectsWriter rejects, Instant started, Progress progress) throws IOException {
        String name = file.getFileName().toString();
        long size = Files.size(file);
        long batchId = ImportBatchRepository.open(c, name, started);
        try (CountingDigestStream counted = new CountingDigestStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            InputStream in = counted;
            in.skipNBytes(Math.max(0, bomBytes));
            RowSource source = opener.open(in);
            try {
                String[] headerRow = source.header();
                if (headerRow == null) {
                    throw ImportException.ofFile("ingest.error.empty", name);
                }
                HeaderIndex header = new HeaderIndex(headerRow);
                DetectedFile detected = DatasetDetector.detect(name, header);
                List<String> warnings = new ArrayList<>();
                RowHandler handler = handlerFor(c, detected, header, batchId, warnings, name);
                long read = 0;
                long imported = 0;
                long shortLastLine = -1;
                String[] row;
                while ((row = source.next()) != null) {
                    read++;
                    long line = source.line();
                    shortLastLine = -1;
                    if (row.length != header.size()) {
                        if (row.length < header.size()) {
                            shortLastLine = line;
                        }
                        rejects.add(line, "", String.join(",", row), "ingest.reject.columnCount");
                    } else {
                        try {
                            handler.handle(row);
                            imported++;
                        } catch (RowRejected r) {
                            rejects.add(line, r.column, r.value, r.reasonKey);
                        }
                    }
                    if (read % PROGRESS_EVERY == 0) {
                        progress.checkCancelled();
                        report(progress, counted.count(), size, read, started);
                    }
                }
                if (shortLastLine > 0) {
                    throw new ImportException("ingest.error.truncated", name, shortLastLine, "");
                }
                if (bomBytes >= 0 && read > 0 && FileSniffer.quotedButCut(file, bomBytes)) {
                    throw new ImportException("ingest.error.truncated", name, source.line(), "");
                }
                refuseIfTooBad(name, read, imported, rejects);
                progress.checkCancelled();
                progress.update(size, size, Messages.get("ingest.progress.finishing"));
                handler.finish();
                String sha = counted.finishHash();
                SortedSet<Integer> quarters = handler.quarters();
                Path rejectsFile = rejects.pathIfWritten();
                ImportBatchRepository.complete(c, batchId, new ImportBatchRepository.Completion(sha, detected, encoding, read, imported,
                        rejects.count(), quarters, rejectsFile));
                report(progress, size, size, read, started);
                return new ImportResult(name, detected.id(), detected.officialName(), encoding, read, imported,
                        rejects.count(), quarters, rejectsFile, batchId, Duration.between(started, Instant.now()), warnings);
            } finally {
                source.close();
            }
        }
    }

    private RowHandler handlerFor(Transaction c, DetectedFile detected, HeaderIndex header, long batchId,
                                  List<String> warnings, String name) {
        return switch (detected.kind()) {
            case FACT -> {
                FactRowHandler h = new FactRowHandler(c, detected.fact(), detected.level(), header, batchId, name);
                List<String> missing = h.missingMeasures();
                if (!missing.isEmpty()) {
                    warnings.add(Messages.get("ingest.warn.missingColumns", missing.size(), String.join(", ", missing.subList(0, Math.min(5, missing.size())))));
                }
                yield h;
            }
            case AREA_TRDAR -> new AreaTrdarRowHandler(c, header, batchId);
            case AREA_ADSTRD -> new AreaAdstrdRowHandler(c, header, batchId);
            case SEMAS_STORES -> new SemasRowHandler(c, header, batchId, name);
            default -> throw ImportException.ofFile("ingest.error.unknownHeader", name, detected.officialName());
        };
    }

    static void refuseIfTooBad(String name, long read, long imported, RejectsWriter rejects) {
        RejectsWriter.RowProblem first = rejects.first();
        if (imported == 0) {
            if (first == null) {
                throw ImportException.ofFile("ingest.error.noRows", name);
            }
            throw new ImportException("ingest.error.noValidRows", name, first.line(), first.column(), Text.of(first.reasonKey()), first.value());
        }
        long allowed = Math.max(1, read / 20);
        if (rejects.count() > allowed) {
            throw new ImportException("ingest.error.tooManyBad", name, first.line(), first.column(),
                    Text.of(first.reasonKey()), first.value(), rejects.count(), read);
        }
    }

    /** Rows so far, rows/s and, once a second has passed, the time left at the pace so far (by bytes read). */
    static void report(Progress progress, long done, long total, long rows, Instant started) {
        double secs = Math.max(1e-3, Duration.between(started, Instant.now()).toNanos() / 1e9);
        long rate = Math.round(rows / secs);
        if (secs < 1 || done <= 0 || done >= total) {
            progress.update(done, total, Messages.get("ingest.progress.rows", rows, rate));
            return;
        }
        long left = Math.round(secs * (total - done) / done);
        progress.update(done, total, Messages.get("ingest.progress.rowsLeft", rows, rate, timeLeft(left)));
    }

    /** "45초", "2분 5초" (at least one second). */
    static String timeLeft(long seconds) {
        long s = Math.max(1, seconds);
        return s < 60 ? Messages.get("ingest.progress.seconds", s) : Messages.get("ingest.progress.minutes", s / 60, s % 60);
    }
}
