package kr.sanggwon.search;

/** Hangul syllable arithmetic: initial consonant (초성), vowel, final consonant of precomposed syllables. */
public final class Hangul {
    private static final char FIRST = '\uAC00';
    private static final char LAST = '\uD7A3';
    /** The 19 initial consonants as compatibility jamo (what a keyboard types alone). */
    private static final char[] CHOSEONG = {'ㄱ', 'ㄲ', 'ㄴ', 'ㄷ', 'ㄸ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅃ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅉ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ'};

    private Hangul() {
    }

    public static boolean isSyllable(char c) {
        return c >= FIRST && c <= LAST;
    }

    /** True for a compatibility-jamo consonant that can start a syllable (ㄱ … ㅎ). */
    public static boolean isInitialConsonant(char c) {
        for (char j : CHOSEONG) {
            if (j == c) {
                return true;
            }
        }
        return false;
    }

    /** The 초성 of a syllable as compatibility jamo ('신' → 'ㅅ'); the character itself otherwise. */
    public static char initial(char c) {
        return isSyllable(c) ? CHOSEONG[(c - FIRST) / 588] : c;
    }

    /** True when the syllable has a final consonant (받침). */
    public static boolean hasFinal(char c) {
        return isSyllable(c) && (c - FIRST) % 28 != 0;
    }

    /** The syllable without its final consonant ('림' → '리'). */
    public static char withoutFinal(char c) {
        return isSyllable(c) ? (char) (c - (c - FIRST) % 28) : c;
    }

    /** Finals that are a single consonant, as compatibility jamo (index = final index); 0 for none or a cluster. */
    private static final char[] SIMPLE_FINAL = {0, 'ㄱ', 'ㄲ', 0, 'ㄴ', 0, 0, 'ㄷ', 'ㄹ', 0, 0, 0, 0, 0, 0, 0, 'ㅁ', 'ㅂ', 0,
        'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ'};

    /** The final consonant as a compatibility jamo if it is a single consonant ('섳' → 'ㅊ'), else 0. */
    public static char simpleFinal(char c) {
        return isSyllable(c) ? SIMPLE_FINAL[(c - FIRST) % 28] : 0;
    }

    /** "신림" → "ㅅㄹ"; other characters stay. */
    public static String initials(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            sb.append(initial(s.charAt(i)));
        }
        return sb.toString();
    }
}
