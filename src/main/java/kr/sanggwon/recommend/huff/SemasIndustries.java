package kr.sanggwon.recommend.huff;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which SEMAS 상가정보 stores belong to a Seoul 서비스 업종 ({@code semas-industries.csv}: 소분류 codes and name words).
 * A SEMAS 소분류 code itself (e.g. D10A07) is accepted too, for trades the Seoul list does not name.
 */
public final class SemasIndustries {
    static final String RESOURCE = "semas-industries.csv";
    private static final Pattern SEMAS_CODE = Pattern.compile("[A-Z][0-9]{2}[A-Z][0-9]{2}|[A-Z][0-9]{5}");
    private final Map<String, Match> byIndustry;

    /** Stores of an industry: 소분류 code in {@code codes} or 소분류 name containing one of {@code words}. */
    public record Match(List<String> codes, List<String> words) {
        public boolean accepts(String code, String name) {
            if (code != null && codes.contains(code)) {
                return true;
            }
            return name != null && words.stream().anyMatch(name::contains);
        }
    }

    SemasIndustries(Map<String, Match> byIndustry) {
        this.byIndustry = Map.copyOf(byIndustry);
    }

    public static SemasIndustries bundled() {
        try (InputStream in = SemasIndustries.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            CsvParserSettings s = new CsvParserSettings();
            s.getFormat().setComment('#');
            s.setHeaderExtractionEnabled(true);
            s.setLineSeparatorDetectionEnabled(true);
            Map<String, List<String>> codes = new LinkedHashMap<>();
            Map<String, List<String>> words = new LinkedHashMap<>();
            for (String[] r : new CsvParser(s).parseAll(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String industry = r[0].trim();
                (r[1].trim().equals("code") ? codes : words).computeIfAbsent(industry, k -> new ArrayList<>()).add(r[2].trim());
                codes.computeIfAbsent(industry, k -> new ArrayList<>());
                words.computeIfAbsent(industry, k -> new ArrayList<>());
            }
            Map<String, Match> out = new LinkedHashMap<>();
            codes.forEach((k, v) -> out.put(k, new Match(List.copyOf(v), List.copyOf(words.get(k)))));
            return new SemasIndustries(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The match for a 서비스 업종 code or a SEMAS 소분류 code; null when neither. */
    public Match forIndustry(String industry) {
        if (industry == null) {
            return null;
        }
        String code = industry.trim().toUpperCase(Locale.ROOT);
        Match m = byIndustry.get(code);
        if (m != null) {
            return m;
        }
        return SEMAS_CODE.matcher(code).matches() && !code.startsWith("CS") ? new Match(List.of(code), List.of()) : null;
    }

    /** The Seoul industries this file maps. */
    public java.util.Set<String> industries() {
        return byIndustry.keySet();
    }
}
