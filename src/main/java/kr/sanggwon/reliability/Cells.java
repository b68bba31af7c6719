package kr.sanggwon.reliability;

import java.util.ArrayList;
import java.util.List;

/** Splits a CSV line into its raw cells (quotes kept) and puts it back, to change single values in a file's own style. */
public final class Cells {
    private Cells() {
    }

    public static List<String> split(String line, char delimiter) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            }
            if (ch == delimiter && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    public static String join(List<String> cells, char delimiter) {
        return String.join(String.valueOf(delimiter), cells);
    }

    /** {@code value} in the quoting style of {@code raw} (quoted when raw was). */
    public static String like(String raw, String value) {
        return raw.startsWith("\"") ? "\"" + value + "\"" : value;
    }

    /** The value of a raw cell without its quotes. */
    public static String value(String raw) {
        String s = raw.strip();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
