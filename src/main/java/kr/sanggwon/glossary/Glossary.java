package kr.sanggwon.glossary;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * 용어 사전: every indicator the app shows, explained in plain Korean and English. The entries are data files
 * ({@code glossary_ko.properties}, {@code glossary.properties}), not code; a "?" beside a number opens one by id.
 */
public final class Glossary {
    static final String BASE = "/kr/sanggwon/glossary/glossary";
    private static final Map<String, List<GlossaryEntry>> CACHE = new ConcurrentHashMap<>();

    private Glossary() {
    }

    /** All entries in the file's order; Korean for "ko", English otherwise. */
    public static List<GlossaryEntry> entries(Locale locale) {
        return CACHE.computeIfAbsent(fileFor(locale), Glossary::load);
    }

    public static Optional<GlossaryEntry> entry(String id, Locale locale) {
        return entries(locale).stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public static List<GlossaryEntry> search(String query, Locale locale) {
        return entries(locale).stream().filter(e -> e.matches(query)).toList();
    }

    static String fileFor(Locale locale) {
        return BASE + ("ko".equals(locale.getLanguage()) ? "_ko" : "") + ".properties";
    }

    static List<GlossaryEntry> load(String file) {
        Properties p = new Properties();
        try (InputStream in = Glossary.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing " + file);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<GlossaryEntry> out = new ArrayList<>();
        for (String id : p.getProperty("entries", "").split(",")) {
            String k = id.trim();
            if (!k.isEmpty()) {
                out.add(new GlossaryEntry(k, required(p, file, k + ".term"), required(p, file, k + ".plain"),
                        required(p, file, k + ".caveat"), required(p, file, k + ".example")));
            }
        }
        return List.copyOf(out);
    }

    private static String required(Properties p, String file, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException(file + ": missing " + key);
        }
        return v.trim();
    }
}
