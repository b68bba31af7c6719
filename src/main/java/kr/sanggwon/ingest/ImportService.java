package kr.sanggwon.ingest;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
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
import kr.sanggwon.store.Database;

/**
 * Imports one file at a time, all or nothing: every row, the districts and industries it names, the rebuilt
 * summaries and the import_batch record commit in one transaction, or nothing changes.
 */
public final class ImportService {
    private static final int PROGRESS_EVERY = 8192;

    private final Database database;
    private final Path rejectsFolder;

    public ImportService(Database database) {
        this.database = database;
        this.rejectsFolder = database.folder().resolve("rejects");
    }

    public ImportResult importFile(Path file, Progress progress) throws IOException {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw ImportException.ofFile("ingest.error.notFound", name);
        }
        FileFormat format = FileSniffer.sniff(file);
        Instant started = Instant.now();
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
        RejectsWriter rejects = new RejectsWriter(rejectsFolder.resolve(stamp + "_" + name + ".rejects.csv"), name);
        try {
            ImportResult result = database.inTransaction(c -> importCsv(c, file, format, rejects, started, progress));
            rejects.close();
            return result;
        } catch (SQLException e) {
            rejects.close();
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw ImportException.ofFile("ingest.error.database", name, e.getMessage());
        } catch (CancelledException e) {
            rejects.delete();
            throw e;
        } catch (RuntimeException e) {
            rejects.close();
            throw e;
        }
    }

    private ImportResult importCsv(Connection c, Path file, FileFormat format, RejectsWriter rejects, Instant started,
                                   Progress progress) throws IOException, SQLException {
        String name = file.getFileName().toString();
        long size = Files.size(file);
        long batchId = ImportBatches.open(c, name, started);
        try (CountingDigestStream counted = new CountingDigestStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            InputStream in = counted;
            in.skipNBytes(format.bomBytes());
            Reader reader = new InputStreamReader(in, format.charset());
            CsvParser parser = new CsvParser(settings(format));
            parser.beginParsing(reader);
            try {
                String[] headerRow = parser.parseNext();
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
                while ((row = parseNext(parser, name)) != null) {
                    read++;
                    long line = parser.getContext().currentLine();
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
                refuseIfTooBad(name, read, imported, rejects);
                progress.checkCancelled();
                progress.update(size, size, Messages.get("ingest.progress.finishing"));
                handler.finish();
                String sha = counted.finishHash();
                SortedSet<Integer> quarters = handler.quarters();
                Path rejectsFile = rejects.pathIfWritten();
                ImportBatches.complete(c, batchId, new ImportBatches.Completion(sha, detected, format.encodingLabel(), read, imported,
                        rejects.count(), quarters, rejectsFile));
                report(progress, size, size, read, started);
                return new ImportResult(name, detected.id(), detected.officialName(), format.encodingLabel(), read, imported,
                        rejects.count(), quarters, rejectsFile, batchId, Duration.between(started, Instant.now()), warnings);
            } finally {
                parser.stopParsing();
            }
        }
    }

    private static String[] parseNext(CsvParser parser, String name) {
        try {
            return parser.parseNext();
        } catch (TextParsingException e) {
            throw new ImportException("ingest.error.unreadable", name, e.getLineIndex() + 1, "", String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    private RowHandler handlerFor(Connection c, DetectedFile detected, HeaderIndex header, long batchId,
                                  List<String> warnings, String name) throws SQLException {
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
            case SEMAS_STORES -> new SemasRowHandler(c, header, batchId, name);
            default -> throw ImportException.ofFile("ingest.error.unknownHeader", name, detected.officialName());
        };
    }

    private static void refuseIfTooBad(String name, long read, long imported, RejectsWriter rejects) {
        RejectsWriter.RowProblem first = rejects.first();
        if (imported == 0) {
            if (first == null) {
                throw ImportException.ofFile("ingest.error.noRows", name);
            }
            throw new ImportException("ingest.error.noValidRows", name, first.line(), first.column(), Messages.get(first.reasonKey()), first.value());
        }
        long allowed = Math.max(1, read / 20);
        if (rejects.count() > allowed) {
            throw new ImportException("ingest.error.tooManyBad", name, first.line(), first.column(),
                    Messages.get(first.reasonKey()), first.value(), rejects.count(), read);
        }
    }

    private static CsvParserSettings settings(FileFormat format) {
        CsvParserSettings s = new CsvParserSettings();
        s.getFormat().setDelimiter(format.delimiter());
        s.getFormat().setQuote('"');
        s.getFormat().setQuoteEscape('"');
        s.setLineSeparatorDetectionEnabled(true);
        s.setMaxCharsPerColumn(1 << 16);
        s.setMaxColumns(1024);
        s.setSkipEmptyLines(true);
        s.setIgnoreLeadingWhitespaces(true);
        s.setIgnoreTrailingWhitespaces(true);
        s.setHeaderExtractionEnabled(false);
        s.setErrorContentLength(60);
        return s;
    }

    private static void report(Progress progress, long done, long total, long rows, Instant started) {
        double secs = Math.max(1e-3, Duration.between(started, Instant.now()).toNanos() / 1e9);
        progress.update(done, total, Messages.get("ingest.progress.rows", rows, Math.round(rows / secs)));
    }
}
