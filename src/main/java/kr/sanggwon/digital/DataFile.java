package kr.sanggwon.digital;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * One editable CSV of 디지털 전환 진단 in the workspace folder. The bundled copy is put there on first use so the
 * consultant edits it without a new release; it is read again on every use, so an edit counts at once. Rows come with
 * their line numbers so a bad value is reported with file, line and column.
 */
final class DataFile {
    private final Path file;
    private final String resource;

    DataFile(Path folder, String name) {
        this.file = folder.resolve(name);
        this.resource = name;
    }

    Path file() {
        ensure();
        return file;
    }

    /** The rows of the workspace copy (created from the bundled one when missing). */
    List<Row> rows(int columns, String header) {
        ensure();
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString(), columns, header);
        } catch (IOException e) {
            throw new DigitalFileException("consult.digital.error.read", file, e.getMessage());
        }
    }

    /** The rows of the bundled copy, as shipped. */
    List<Row> bundledRows(int columns, String header) {
        return parse(bundledText(), resource, columns, header);
    }

    /** Puts the bundled copy back (the consultant's edits are replaced). */
    void restoreDefaults() {
        try (InputStream in = bundled()) {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "digital", ".tmp");
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DigitalFileException("consult.digital.error.read", file, e.getMessage());
        }
    }

    private void ensure() {
        if (!Files.exists(file)) {
            restoreDefaults();
        }
    }

    private String bundledText() {
        try (InputStream in = bundled()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private InputStream bundled() {
        InputStream in = DataFile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return in;
    }

    /** Rows of {@code text} (comments with #, the header row whose first cell is {@code header} skipped). */
    static List<Row> parse(String text, String name, int columns, String header) {
        CsvParserSettings s = new CsvParserSettings();
        s.getFormat().setComment('#');
        s.setHeaderExtractionEnabled(false);
        s.setLineSeparatorDetectionEnabled(true);
        s.setEmptyValue("");
        CsvParser parser = new CsvParser(s);
        List<Row> out = new ArrayList<>();
        boolean first = true;
        try (Reader r = new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            parser.beginParsing(r);
            String[] cells;
            while ((cells = parser.parseNext()) != null) {
                long line = parser.getContext().currentLine();
                if (first) {
                    first = false;
                    if (cells.length > 0 && header.equals(cells[0] == null ? "" : cells[0].strip())) {
                        continue;
                    }
                }
                if (cells.length == 1 && (cells[0] == null || cells[0].isBlank())) {
                    continue;
                }
                Row row = new Row(name, line, cells);
                if (cells.length < columns) {
                    throw DigitalFileException.at(name, line, cells.length + 1, columns + " columns");
                }
                out.add(row);
            }
        } catch (TextParsingException | IOException e) {
            throw DigitalFileException.at(name, parser.getContext() == null ? 0 : parser.getContext().currentLine(), 1, "CSV");
        } finally {
            parser.stopParsing();
        }
        return out;
    }

    /** One data row and where it is, for messages. */
    record Row(String file, long line, String[] cells) {
        String text(int column) {
            int i = column - 1;
            return i < cells.length && cells[i] != null ? cells[i].strip() : "";
        }

        String required(int column, String expected) {
            String v = text(column);
            if (v.isEmpty()) {
                throw bad(column, expected);
            }
            return v;
        }

        /** A number in [min, max]; {@code null} when the cell is empty and {@code optional}. */
        Double number(int column, double min, double max, boolean optional) {
            String v = text(column).replace(",", "").replace("_", "");
            if (v.isEmpty() && optional) {
                return null;
            }
            try {
                double d = Double.parseDouble(v);
                if (Double.isFinite(d) && d >= min && d <= max) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // reported below with the range expected
            }
            throw bad(column, "number " + plain(min) + " ~ " + plain(max));
        }

        DigitalFileException bad(int column, String expected) {
            return DigitalFileException.at(file, line, column, expected);
        }

        private static String plain(double d) {
            return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
        }
    }
}
