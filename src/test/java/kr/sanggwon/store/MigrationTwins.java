package kr.sanggwon.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Pairs H2's migrations with PostgreSQL's (ADR 0018): PostgreSQL's baseline V92 stands for H2's V1 to V92, and every
 * later migration must exist in both folders with the same version. A missing twin is reported with the tables its
 * migration touches, so the message says what PostgreSQL lacks.
 */
final class MigrationTwins {
    static final int BASELINE = 92;
    private static final Pattern FILE = Pattern.compile("V(\\d+)__(.+)\\.sql");
    private static final Pattern TABLE = Pattern.compile(
            "(?i)\\b(?:CREATE|ALTER|DROP)\\s+TABLE\\s+(?:IF\\s+(?:NOT\\s+)?EXISTS\\s+)?(\\w+)|\\bINDEX\\s+\\w+\\s+ON\\s+(\\w+)");

    private MigrationTwins() {
    }

    /** Version → file of the versioned migrations in a class-path folder. */
    static Map<Integer, Path> onClassPath(String location) {
        URL url = MigrationTwins.class.getClassLoader().getResource(location);
        Map<Integer, Path> out = new TreeMap<>();
        if (url == null) {
            return out;
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            files.forEach(f -> {
                Matcher m = FILE.matcher(f.getFileName().toString());
                if (m.matches()) {
                    out.put(Integer.parseInt(m.group(1)), f);
                }
            });
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list " + location, e);
        }
        return out;
    }

    /** One line per migration without its twin, naming the file and the tables it touches; empty when all pair up. */
    static List<String> missing(Map<Integer, Path> h2, Map<Integer, Path> postgres) {
        List<String> out = new ArrayList<>();
        if (!postgres.containsKey(BASELINE)) {
            out.add("db/postgresql has no baseline V" + BASELINE + "__*.sql (H2's schema up to V" + BASELINE + ")");
        }
        for (var e : h2.entrySet()) {
            if (e.getKey() > BASELINE && !postgres.containsKey(e.getKey())) {
                out.add("H2 migration " + e.getValue().getFileName() + " has no PostgreSQL twin db/postgresql/V" + e.getKey()
                        + "__*.sql: PostgreSQL lacks its changes to table(s) " + tables(e.getValue()));
            }
        }
        for (var e : postgres.entrySet()) {
            if (e.getKey() > BASELINE && !h2.containsKey(e.getKey())) {
                out.add("PostgreSQL migration " + e.getValue().getFileName() + " has no H2 twin db/migration/V" + e.getKey()
                        + "__*.sql: H2 lacks its changes to table(s) " + tables(e.getValue()));
            }
            if (e.getKey() < BASELINE) {
                out.add("PostgreSQL migration " + e.getValue().getFileName() + " is older than the baseline V" + BASELINE);
            }
        }
        return out;
    }

    /** The tables a migration creates, alters, drops or indexes, in order of appearance. */
    static Set<String> tables(Path migration) {
        try {
            return tables(Files.readString(migration, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> tables(String sql) {
        Set<String> out = new LinkedHashSet<>();
        String withoutComments = sql.replaceAll("--[^\\n]*", "");
        Matcher m = TABLE.matcher(withoutComments);
        while (m.find()) {
            out.add((m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }
}
