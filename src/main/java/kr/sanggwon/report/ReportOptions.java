package kr.sanggwon.report;

import java.util.Locale;

/** The report's language (independent of the app's) and whether it is the one-page owner summary. */
public record ReportOptions(Locale locale, boolean onePage) {
    public ReportOptions {
        locale = locale != null && locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.KOREAN;
    }
}
