package kr.sanggwon.ingest;

import com.univocity.parsers.csv.CsvWriter;
import com.univocity.parsers.csv.CsvWriterSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kr.sanggwon.common.CsvCells;
import kr.sanggwon.common.Messages;

/** Writes rejected rows (file, line, column, value, reason) to a UTF-8 CSV with BOM that Excel opens in Korean. */
final class RejectsWriter implements AutoCloseable {
    private final Path path;
    private final String fileName;
    private CsvWriter writer;
    private long count;
    private RowProblem first;

    record RowProblem(long line, String column, String value, String reasonKey) {
    }

    RejectsWriter(Path path, String fileName) {
        this.path = path;
        this.fileName = fileName;
    }

    void add(long line, String column, String value, String reasonKey) throws IOException {
        if (writer == null) {
            Files.createDirectories(path.getParent());
            OutputStream out = Files.newOutputStream(path);
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            writer = new CsvWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), new CsvWriterSettings());
            writer.writeHeaders(Messages.get("ingest.rejects.file"), Messages.get("ingest.rejects.line"),
                    Messages.get("ingest.rejects.column"), Messages.get("ingest.rejects.value"),
                    Messages.get("ingest.rejects.reason"));
        }
        if (first == null) {
            first = new RowProblem(line, column, value, reasonKey);
        }
        String shown = value == null ? "" : value.length() > 200 ? value.substring(0, 200) + "…" : value;
        // the values come from the refused file: never let one run as a formula when the rejects file is opened
        writer.writeRow(CsvCells.safe(fileName), String.valueOf(line), CsvCells.safe(column), CsvCells.safe(shown), Messages.get(reasonKey));
        count++;
    }

    String fileName() {
        return fileName;
    }

    long count() {
        return count;
    }

    RowProblem first() {
        return first;
    }

    /** The file written, or null when every row was fine. */
    Path pathIfWritten() {
        return writer == null ? null : path;
    }

    void delete() throws IOException {
        close();
        Files.deleteIfExists(path);
    }

    @Override
    public void close() {
        if (writer != null) {
            writer.close();
        }
    }
}
