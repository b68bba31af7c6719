package kr.sanggwon.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Korean particles (조사) that depend on the sound before them: 이/가, 을/를, 은/는, 과/와, 으로/로. The form is
 * chosen from the last syllable's final consonant (받침); digits and Latin letters are read as a Korean speaker
 * reads them aloud (3 = 삼, 7 = 칠, L = 엘, M = 엠). Closing quotes are skipped ("'신림역'을"), and a trailing
 * parenthesis is read past, as Korean writing does ("신림역(3110001)을").
 */
public final class KoreanParticles {
    /** A particle pair: the form after a final consonant, the form after a vowel. */
    public enum Particle {
        I_GA("이", "가", "이(가)"),
        EUL_REUL("을", "를", "을(를)"),
        EUN_NEUN("은", "는", "은(는)"),
        GWA_WA("과", "와", "과(와)"),
        /** 으로 after a consonant except ㄹ; 로 after a vowel or ㄹ. */
        EURO_RO("으로", "로", "(으)로");

        private final String afterConsonant;
        private final String afterVowel;
        private final String marker;

        Particle(String afterConsonant, String afterVowel, String marker) {
            this.afterConsonant = afterConsonant;
            this.afterVowel = afterVowel;
            this.marker = marker;
        }

        /** The both-forms spelling used when the sound cannot be told, e.g. "이(가)". */
        public String marker() {
            return marker;
        }
    }

    /** The sound a word ends in, as far as the particle cares. */
    enum Ending {
        VOWEL, RIEUL, CONSONANT, UNKNOWN
    }

    /** Both-forms markers as written in message patterns: 이(가), 을(를), 은(는), 과(와), (으)로. */
    private static final Pattern MARKER = Pattern.compile("이\\(가\\)|을\\(를\\)|은\\(는\\)|과\\(와\\)|\\(으\\)로");

    private static final int HANGUL_FIRST = 0xAC00;
    private static final int HANGUL_LAST = 0xD7A3;
    /** Index of ㄹ among the 28 finals (0 = none). */
    private static final int FINAL_RIEUL = 8;
    /** Korean reading of 0–9: 영/공, 일, 이, 삼, 사, 오, 육, 칠, 팔, 구 (0 and 10s end in a consonant too: 십, 백, 천, 만). */
    private static final Ending[] DIGITS = {Ending.CONSONANT, Ending.RIEUL, Ending.VOWEL, Ending.CONSONANT, Ending.VOWEL,
            Ending.VOWEL, Ending.CONSONANT, Ending.RIEUL, Ending.RIEUL, Ending.VOWEL};

    private KoreanParticles() {
    }

    /** {@code word} followed by the right form of {@code particle}. */
    public static String attach(String word, Particle particle) {
        return word + particle(word, particle);
    }

    /** The form of {@code particle} that follows {@code word}; both forms ("이(가)") when the sound is unknown. */
    public static String particle(String word, Particle particle) {
        return switch (ending(word)) {
            case VOWEL -> particle.afterVowel;
            case RIEUL -> particle == Particle.EURO_RO ? particle.afterVowel : particle.afterConsonant;
            case CONSONANT -> particle.afterConsonant;
            case UNKNOWN -> particle.marker;
        };
    }

    /**
     * Replaces every both-forms marker in a finished Korean sentence ("'신림역'을(를) 찾을 수 없습니다") by the form the
     * word before it needs ("'신림역'을 찾을 수 없습니다"). A marker whose word cannot be read is left as it is.
     */
    public static String resolve(String text) {
        if (text == null || text.indexOf('(') < 0) {
            return text;
        }
        Matcher m = MARKER.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            Particle p = of(m.group());
            out.append(particle(out.toString(), p));
            last = m.end();
        }
        if (last == 0) {
            return text;
        }
        out.append(text, last, text.length());
        return out.toString();
    }

    private static Particle of(String marker) {
        for (Particle p : Particle.values()) {
            if (p.marker.equals(marker)) {
                return p;
            }
        }
        throw new IllegalArgumentException(marker);
    }

    /** How {@code word} ends when read aloud. */
    static Ending ending(String word) {
        if (word == null) {
            return Ending.UNKNOWN;
        }
        int end = word.length();
        while (end > 0) {
            char ch = word.charAt(end - 1);
            if (Character.isWhitespace(ch) || "'\"’”」』》〉".indexOf(ch) >= 0) {
                end--;
            } else if (ch == ')' || ch == ']') {
                int open = word.lastIndexOf(ch == ')' ? '(' : '[', end - 1);
                if (open <= 0) {
                    // nothing before the brackets: read what is inside them
                    end--;
                } else {
                    end = open;
                }
            } else {
                break;
            }
        }
        if (end == 0) {
            return Ending.UNKNOWN;
        }
        char ch = word.charAt(end - 1);
        if (ch >= HANGUL_FIRST && ch <= HANGUL_LAST) {
            int fin = (ch - HANGUL_FIRST) % 28;
            return fin == 0 ? Ending.VOWEL : fin == FINAL_RIEUL ? Ending.RIEUL : Ending.CONSONANT;
        }
        if (ch >= '0' && ch <= '9') {
            return DIGITS[ch - '0'];
        }
        if (ch == '%') {
            return Ending.VOWEL; // 퍼센트
        }
        if (isLatin(ch)) {
            return latin(word, end);
        }
        return Ending.UNKNOWN;
    }

    private static boolean isLatin(char ch) {
        return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
    }

    /**
     * A Latin word: an upper-case letter (or a code such as "CS100010A") is read by its name (엘, 엠, 엔, 알 end in a
     * consonant); a lower-case word by its usual Korean loan reading (…m, …n, …ng, …l, …k, …p, …t end in one).
     */
    private static Ending latin(String word, int end) {
        char ch = word.charAt(end - 1);
        if (Character.isUpperCase(ch)) {
            return switch (ch) {
                case 'L', 'R' -> Ending.RIEUL;
                case 'M', 'N' -> Ending.CONSONANT;
                default -> Ending.VOWEL;
            };
        }
        return switch (Character.toLowerCase(ch)) {
            case 'l' -> Ending.RIEUL;
            case 'm', 'n', 'g', 'k', 'p', 't' -> ch == 'g' && !(end >= 2 && word.charAt(end - 2) == 'n')
                    ? Ending.VOWEL : Ending.CONSONANT;
            default -> Ending.VOWEL;
        };
    }
}
