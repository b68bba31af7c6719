package kr.sanggwon.recommend.huff;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The defaults of the walk-in competition model ({@code huff-defaults.csv} next to this class): distance decay λ, radius,
 * grid step, minimum distance, same-place distance — each with the year and source written in the file.
 */
public record HuffDefaults(Map<String, Value> values) {
    static final String RESOURCE = "huff-defaults.csv";
    public static final String LAMBDA = "lambda";
    public static final String RADIUS = "radius_m";
    public static final String GRID_STEP = "grid_step_m";
    public static final String MIN_DISTANCE = "min_distance_m";
    public static final String SAME_PLACE = "same_place_m";

    /** One value with its source in both languages. */
    public record Value(String param, double value, int year, String sourceKo, String sourceEn) {
        public String source(Locale locale) {
            return "ko".equals(locale.getLanguage()) ? sourceKo : sourceEn;
        }
    }

    public HuffDefaults {
        values = Map.copyOf(values);
        for (String p : new String[] {LAMBDA, RADIUS, GRID_STEP, MIN_DISTANCE, SAME_PLACE}) {
            if (!values.containsKey(p)) {
                throw new IllegalStateException("huff-defaults.csv has no " + p);
            }
        }
    }

    public static HuffDefaults bundled() {
        try (InputStream in = HuffDefaults.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            CsvParserSettings s = new CsvParserSettings();
            s.getFormat().setComment('#');
            s.setHeaderExtractionEnabled(true);
            s.setLineSeparatorDetectionEnabled(true);
            Map<String, Value> out = new HashMap<>();
            for (String[] r : new CsvParser(s).parseAll(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                out.put(r[0].trim(), new Value(r[0].trim(), Double.parseDouble(r[1].trim()), Integer.parseInt(r[2].trim()), r[3], r[4]));
            }
            return new HuffDefaults(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Value get(String param) {
        return values.get(param);
    }

    public double value(String param) {
        return values.get(param).value();
    }
}
