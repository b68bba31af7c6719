package kr.sanggwon.consult;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Dates as typed by a consultant: 2026-02-28 or 2026.2.28; an impossible date (2월 30일) is refused, not rolled over. */
public final class ConsultDates {
    private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT);

    private ConsultDates() {
    }

    /** The date, null for blank text; throws {@code consult.error.date} for text that is not a real date. */
    public static LocalDate parse(String text) {
        String t = ClientInput.trim(text);
        if (t == null) {
            return null;
        }
        String normalized = t.replace('.', '-').replace('/', '-').replaceAll("-$", "");
        try {
            return LocalDate.parse(normalized, STRICT);
        } catch (DateTimeParseException e) {
            throw new ConsultException("consult.error.date", t);
        }
    }

    public static String format(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
