package kr.sanggwon.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Column positions of a header line, looked up by any of a column's names (Korean or English API, any case). */
public final class HeaderIndex {
    private final String[] names;
    private final Map<String, Integer> positions = new HashMap<>();

    public HeaderIndex(String[] header) {
        this.names = new String[header.length];
        for (int i = 0; i < header.length; i++) {
            names[i] = header[i] == null ? "" : header[i];
            positions.putIfAbsent(normalize(names[i]), i);
        }
    }

    static String normalize(String header) {
        String h = header.replace("\uFEFF", "").strip();
        if (h.length() >= 2 && h.startsWith("\"") && h.endsWith("\"")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    public int size() {
        return names.length;
    }

    public String name(int position) {
        return names[position];
    }

    /** Position of the first of {@code aliases} present, or -1. */
    public int find(List<String> aliases) {
        for (String alias : aliases) {
            Integer p = positions.get(normalize(alias));
            if (p != null) {
                return p;
            }
        }
        return -1;
    }

    public int find(String... aliases) {
        return find(List.of(aliases));
    }

    public boolean has(String... aliases) {
        return find(aliases) >= 0;
    }
}
