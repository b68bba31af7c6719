package kr.sanggwon.glossary;

import java.util.Locale;

/** One indicator explained: its name, a plain explanation, the caveat and a worked example (one language). */
public record GlossaryEntry(String id, String term, String plain, String caveat, String example) {
    /** Whether every word of {@code query} appears somewhere in the entry (case and spaces ignored). */
    public boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String all = (id + ' ' + term + ' ' + plain + ' ' + caveat + ' ' + example).toLowerCase(Locale.ROOT);
        for (String w : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!all.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
