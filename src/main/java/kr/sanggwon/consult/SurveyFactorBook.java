package kr.sanggwon.consult;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The storefront factors of 현장 조사, read from {@value #FILE} in the workspace folder. The bundled defaults are
 * copied there on first use, so a consultant edits the numbers (and writes why beside them) without a new release;
 * the file is read again on every use, so an edit counts at once. A bad row is refused with its file, line and column.
 */
public final class SurveyFactorBook {
    public static final String FILE = "survey-factors.csv";
    static final String RESOURCE = "survey-factors.csv";
    private static final List<String> FIELDS = List.of("frontage", "floor", "visibility", "corner", "parking", "traffic", "competitor");
    private static final List<String> OPS = List.of("=", "<", "<=", ">", ">=");
    private static final List<String> NUMERIC = List.of("frontage", "floor", "traffic", "competitor");

    private final Path file;

    public SurveyFactorBook(Path workspaceFolder) {
        this.file = workspaceFolder.resolve(FILE);
    }

    /** The user-editable file (created from the defaults when missing). */
    public Path file() {
        ensureFile();
        return file;
    }

    /** The factors in file order. */
    public List<SurveyFactor> factors() {
        ensureFile();
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new ConsultException("consult.survey.error.read", file, e.getMessage());
        }
    }

    /** Puts the bundled defaults back (the consultant's edits are replaced). */
    public void restoreDefaults() {
        try (InputStream in = bundled()) {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "survey-factors", ".tmp");
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ConsultException("consult.survey.error.read", file, e.getMessage());
        }
    }

    private void ensureFile() {
        if (!Files.exists(file)) {
            restoreDefaults();
        }
    }

    /** The bundled defaults, as shipped. */
    static List<SurveyFactor> defaults() {
        try (InputStream in = bundled()) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream bundled() {
        InputStream in = SurveyFactorBook.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        return in;
    }

    static List<SurveyFactor> parse(String text, String name) {
        CsvParserSettings s = new CsvParserSettings();
        s.getFormat().setComment('#');
        s.setHeaderExtractionEnabled(false);
        s.setLineSeparatorDetectionEnabled(true);
        s.setEmptyValue("");
        CsvParser parser = new CsvParser(s);
        List<SurveyFactor> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        boolean header = true;
        try (Reader r = new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            parser.beginParsing(r);
            String[] row;
            while ((row = parser.parseNext()) != null) {
                long line = parser.getContext().currentLine();
                if (header) {
                    header = false;
                    if (row.length > 0 && "id".equals(v(row, 0))) {
                        continue;
                    }
                }
                out.add(row(row, name, line, ids));
            }
        } catch (TextParsingException | IOException e) {
            throw new ConsultException("consult.survey.error.file", name, parser.getContext() == null ? 0 : parser.getContext().currentLine(),
                    1, e.getMessage());
        } finally {
            parser.stopParsing();
        }
        return out;
    }

    private static SurveyFactor row(String[] r, String name, long line, Set<String> ids) {
        if (r.length < 12) {
            throw bad(name, line, r.length + 1, "12 columns");
        }
        String id = v(r, 0);
        if (id.isEmpty() || !ids.add(id)) {
            throw bad(name, line, 1, "id");
        }
        String field = v(r, 1);
        if (!FIELDS.contains(field)) {
            throw bad(name, line, 2, String.join("|", FIELDS));
        }
        String op = v(r, 2);
        if (!OPS.contains(op) || (!NUMERIC.contains(field) && !op.equals("="))) {
            throw bad(name, line, 3, NUMERIC.contains(field) ? String.join(" ", OPS) : "=");
        }
        String value = v(r, 3);
        if (NUMERIC.contains(field)) {
            number(value, name, line, 4);
        } else if (value.isEmpty()) {
            throw bad(name, line, 4, "value");
        }
        String each = v(r, 4);
        if (!each.equals("yes") && !each.equals("no")) {
            throw bad(name, line, 5, "yes|no");
        }
        double multiplier = number(v(r, 5), name, line, 6);
        if (multiplier <= 0 || multiplier > 3) {
            throw bad(name, line, 6, "0 < multiplier <= 3");
        }
        Double limit = v(r, 6).isEmpty() ? null : number(v(r, 6), name, line, 7);
        return new SurveyFactor(id, field, op, value, each.equals("yes"), multiplier, limit, v(r, 7), v(r, 8), v(r, 9), v(r, 10), v(r, 11));
    }

    private static double number(String s, String name, long line, int column) {
        try {
            double d = Double.parseDouble(s);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException(s);
            }
            return d;
        } catch (NumberFormatException e) {
            throw bad(name, line, column, "number");
        }
    }

    private static ConsultException bad(String name, long line, int column, String expected) {
        return new ConsultException("consult.survey.error.file", name, line, column, expected);
    }

    private static String v(String[] r, int i) {
        return i < r.length && r[i] != null ? r[i].strip() : "";
    }
}
