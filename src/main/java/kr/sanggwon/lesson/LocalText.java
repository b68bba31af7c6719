package kr.sanggwon.lesson;

import java.util.Locale;

/** One text of a lesson file in both languages; Korean is the default. */
public record LocalText(String ko, String en) {
    /** The text in {@code locale}: English for "en", Korean otherwise. */
    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : ko;
    }

    boolean complete() {
        return ko != null && !ko.isBlank() && en != null && !en.isBlank();
    }
}
