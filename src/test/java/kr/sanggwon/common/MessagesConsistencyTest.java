package kr.sanggwon.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text exists in Korean and English, every pattern parses, and every key the code names exists. */
class MessagesConsistencyTest {
    private static final Pattern KEY_LITERAL = Pattern.compile(
            "\"((?:app|common|store|ingest|cli|ui|district|customer|compare|estimate|recommend|finance|sample|bench|health|map|search|consult|report)"
                    + "\\.[A-Za-z0-9_.]+)\"");

    @Test
    void koreanAndEnglishHaveTheSameKeysAndValidPatterns() throws IOException {
        for (String base : Messages.BUNDLES) {
            Properties en = load(base + ".properties");
            Properties ko = load(base + "_ko.properties");
            if (en == null && ko == null) {
                continue;
            }
            assertThat(en).as(base + " English file").isNotNull();
            assertThat(ko).as(base + " Korean file").isNotNull();
            assertThat(ko.stringPropertyNames()).as("keys of " + base + "_ko vs " + base).isEqualTo(en.stringPropertyNames());
            for (String key : en.stringPropertyNames()) {
                new MessageFormat(en.getProperty(key), Locale.ENGLISH);
                new MessageFormat(ko.getProperty(key), Locale.KOREAN);
                assertThat(ko.getProperty(key)).as("Korean text of " + key + " should contain Hangul or be a symbol")
                        .satisfiesAnyOf(v -> assertThat(v).containsPattern("[\\uAC00-\\uD7A3]"),
                                v -> assertThat(v).doesNotContainPattern("[A-Za-z]{4,}"),
                                v -> assertThat(v).isEqualTo(en.getProperty(key)));
            }
        }
    }

    /** Every entry goes through MessageFormat, which eats a lone quote: "owner's" must be written "owner''s". */
    @Test
    void apostrophesInsideWordsAreDoubledSoTheyShow() throws IOException {
        Set<String> eaten = new TreeSet<>();
        for (String base : Messages.BUNDLES) {
            for (String file : new String[] {base + ".properties", base + "_ko.properties"}) {
                Properties p = load(file);
                if (p == null) {
                    continue;
                }
                for (String key : p.stringPropertyNames()) {
                    String shown = new MessageFormat(p.getProperty(key), Locale.ENGLISH).format(new Object[0]);
                    String written = p.getProperty(key).replace("''", "'");
                    if (written.matches("(?s).*\\p{L}'\\p{L}.*") && !shown.matches("(?s).*\\p{L}'\\p{L}.*")) {
                        eaten.add(file + ": " + key);
                    }
                }
            }
        }
        assertThat(eaten).isEmpty();
    }

    @Test
    void everyKeyNamedInTheCodeExists() throws IOException {
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    String key = m.group(1);
                    if (!key.endsWith(".") && !exists(key)) {
                        missing.add(key + " (" + f.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void missingKeyShowsTheKeyInsteadOfFailing() {
        assertThat(Messages.get("no.such.key")).isEqualTo("<no.such.key>");
    }

    private static boolean exists(String key) throws IOException {
        for (String base : Messages.BUNDLES) {
            Properties p = load(base + ".properties");
            if (p != null && p.containsKey(key)) {
                return true;
            }
        }
        return false;
    }

    private static Properties load(String name) throws IOException {
        try (InputStream in = MessagesConsistencyTest.class.getResourceAsStream("/" + name.replace('.', '/').replaceFirst("/properties$", ".properties")
                .replaceFirst("_ko/properties$", "_ko.properties"))) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
