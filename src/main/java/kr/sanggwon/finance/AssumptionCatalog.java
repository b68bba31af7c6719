package kr.sanggwon.finance;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bundled defaults ({@code assumptions.csv} next to this class), read once at start. Picks, per parameter, the
 * row of the most specific scope (industry code, then its group CS1/CS2/CS3, then *), then the year (latest not after
 * the plan's year) and, for tiered values (card fees), the tier of the plan's annual sales.
 */
public final class AssumptionCatalog {
    static final String RESOURCE = "assumptions.csv";
    private final List<Row> rows;

    /** One row of the data file; {@code upto}: annual-sales limit of a tier in won, +∞ when none. */
    record Row(Param param, String scope, int year, double value, double upto, String sourceKo, String sourceEn) {
        Assumption toAssumption() {
            return new Assumption(param, scope, year, value, sourceKo, sourceEn, false);
        }
    }

    AssumptionCatalog(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The defaults bundled with the app. */
    public static AssumptionCatalog bundled() {
        try (InputStream in = AssumptionCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AssumptionCatalog read(Reader reader) {
        CsvParserSettings s = new CsvParserSettings();
        s.getFormat().setComment('#');
        s.setHeaderExtractionEnabled(true);
        s.setLineSeparatorDetectionEnabled(true);
        CsvParser parser = new CsvParser(s);
        List<Row> rows = new ArrayList<>();
        for (String[] r : parser.parseAll(reader)) {
            Param p = Param.byId(r[0].trim()).orElseThrow(() -> new IllegalStateException("unknown parameter " + r[0]));
            double upto = r[4] == null || r[4].isBlank() ? Double.POSITIVE_INFINITY : Double.parseDouble(r[4].trim());
            rows.add(new Row(p, r[1].trim(), Integer.parseInt(r[2].trim()), Double.parseDouble(r[3].trim()), upto, r[5], r[6]));
        }
        return new AssumptionCatalog(rows);
    }

    /** Every row for one parameter (for the defaults table: all tiers and years). */
    public List<Assumption> rows(Param p) {
        return rows.stream().filter(r -> r.param() == p).map(Row::toAssumption).toList();
    }

    /**
     * The bundled default of {@code p} for an industry, a plan year and the plan's annual sales (used by tiered values
     * only; NaN picks the lowest tier).
     */
    public Assumption pick(Param p, String industry, int year, double annualSales) {
        List<Row> scoped = List.of();
        for (String scope : scopes(industry)) {
            scoped = rows.stream().filter(r -> r.param() == p && r.scope().equals(scope)).toList();
            if (!scoped.isEmpty()) {
                break;
            }
        }
        if (scoped.isEmpty()) {
            throw new IllegalStateException("no default for " + p.id());
        }
        int bestYear = scoped.stream().mapToInt(Row::year).filter(y -> y <= year).max()
                .orElse(scoped.stream().mapToInt(Row::year).min().orElseThrow());
        List<Row> ofYear = scoped.stream().filter(r -> r.year() == bestYear).sorted(Comparator.comparingDouble(Row::upto)).toList();
        double sales = Double.isFinite(annualSales) ? annualSales : 0;
        Optional<Row> tier = ofYear.stream().filter(r -> sales <= r.upto()).findFirst();
        return tier.orElse(ofYear.get(ofYear.size() - 1)).toAssumption();
    }

    /** Every parameter's default for an industry (see {@link #pick}). */
    public Map<Param, Assumption> defaults(String industry, int year, double annualSales) {
        Map<Param, Assumption> out = new EnumMap<>(Param.class);
        for (Param p : Param.values()) {
            out.put(p, pick(p, industry, year, annualSales));
        }
        return out;
    }

    /** Scopes from the most specific: the code, its group (first three characters), then *. */
    static List<String> scopes(String industry) {
        List<String> out = new ArrayList<>();
        if (industry != null && !industry.isBlank()) {
            out.add(industry);
            if (industry.length() > 3) {
                out.add(industry.substring(0, 3));
            }
        }
        out.add("*");
        return out;
    }
}
