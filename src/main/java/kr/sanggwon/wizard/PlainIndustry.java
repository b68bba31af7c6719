package kr.sanggwon.wizard;

import java.util.List;
import java.util.Locale;

/**
 * A shop as an owner names it ("카페", "치킨집") and the official 서비스_업종_코드 it stands for. {@code officialName}
 * is the code's name in the Seoul data, kept beside the code so a test can check the pair against the official list.
 */
public record PlainIndustry(String id, String wordKo, String wordEn, String code, String officialName, List<String> otherWords) {
    public PlainIndustry {
        otherWords = List.copyOf(otherWords);
    }

    /** The word in the given language. */
    public String word(Locale locale) {
        return "en".equals(locale.getLanguage()) ? wordEn : wordKo;
    }

    /** Whether the owner's {@code typed} word names this shop (either language, any listed word, spaces ignored). */
    public boolean matches(String typed) {
        String t = normalize(typed);
        if (t.isEmpty()) {
            return false;
        }
        if (t.equals(normalize(id)) || t.equals(normalize(wordKo)) || t.equals(normalize(wordEn))
                || t.equals(normalize(code)) || t.equals(normalize(officialName))) {
            return true;
        }
        return otherWords.stream().anyMatch(w -> normalize(w).equals(t));
    }

    private static String normalize(String s) {
        return s == null ? "" : s.replace(" ", "").toLowerCase(Locale.ROOT);
    }
}
