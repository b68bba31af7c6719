package kr.sanggwon.report;

import java.util.Locale;

/**
 * The report's language (independent of the app's), whether it is the one-page owner summary, and the consultant's
 * name to print when it should differ from the one saved in 상담 (null: the saved one).
 */
public record ReportOptions(Locale locale, boolean onePage, String consultant) {
    public ReportOptions {
        locale = locale != null && locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.KOREAN;
        consultant = consultant == null || consultant.isBlank() ? null : consultant.strip();
    }

    public ReportOptions(Locale locale, boolean onePage) {
        this(locale, onePage, null);
    }
}
