package kr.sanggwon.search;

import java.text.Normalizer;
import java.util.Locale;

/**
 * As-you-type matching for Korean names. Text and query are normalised (NFC, lower case, spaces and separators
 * such as '·', '?', '-', '(' removed); then the query must occur in the text where each query character matches
 * <ul>
 *   <li>the same character,</li>
 *   <li>a syllable with that 초성 when it is a lone consonant ("ㅅㄹ" matches "신림", "강ㄴ" matches "강남"),</li>
 *   <li>for the last query character only, a syllable that continues it (the user is still typing: "시" or "신리"
 *       matches "신림").</li>
 * </ul>
 */
public final class KoreanMatcher {
    private KoreanMatcher() {
    }

    /** Lower case, NFC, without whitespace and separator characters. */
    public static String normalize(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!Character.isWhitespace(c) && "·?-_()[],./'\"‧ㆍ".indexOf(c) < 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** True when normalised {@code query} occurs in {@code text} (both raw). An empty query matches everything. */
    public static boolean matches(String query, String text) {
        return indexOf(normalize(text), normalize(query)) >= 0;
    }

    /** Position of the normalised query in the normalised text, or -1. Both arguments already normalised. */
    public static int indexOf(String text, String query) {
        if (query.isEmpty()) {
            return 0;
        }
        int last = text.length() - query.length();
        for (int start = 0; start <= last; start++) {
            if (matchesAt(text, query, start)) {
                return start;
            }
        }
        return -1;
    }

    private static boolean matchesAt(String text, String query, int start) {
        int n = query.length();
        for (int i = 0; i < n - 1; i++) {
            if (!charMatches(query.charAt(i), text.charAt(start + i), false)) {
                return false;
            }
        }
        char q = query.charAt(n - 1);
        int at = start + n - 1;
        return charMatches(q, text.charAt(at), true) || finalMovesOn(q, text, at);
    }

    /**
     * While typing, the IME puts the next syllable's first consonant under the previous one: "섳" on the way to
     * "서초". True when {@code q} without its final is the text character and the final starts the next syllable.
     */
    private static boolean finalMovesOn(char q, String text, int at) {
        char f = Hangul.simpleFinal(q);
        return f != 0 && at + 1 < text.length() && text.charAt(at) == Hangul.withoutFinal(q)
                && Hangul.isSyllable(text.charAt(at + 1)) && Hangul.initial(text.charAt(at + 1)) == f;
    }

    static boolean charMatches(char q, char t, boolean lastInQuery) {
        if (q == t) {
            return true;
        }
        if (Hangul.isInitialConsonant(q)) {
            return Hangul.isSyllable(t) && Hangul.initial(t) == q;
        }
        if (lastInQuery && Hangul.isSyllable(q) && Hangul.isSyllable(t) && !Hangul.hasFinal(q)) {
            return Hangul.withoutFinal(t) == q;
        }
        return false;
    }
}
