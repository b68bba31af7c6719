package kr.sanggwon.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.consult.Client;
import kr.sanggwon.consult.Consultation;
import kr.sanggwon.consult.RangeCalibration;
import kr.sanggwon.consult.Scenario;

/**
 * Everything a report prints, read once from the case file: the client, the consultation, the consultant and the
 * saved scenarios exactly as saved. Text is looked up in {@code locale}, never in the app's current language.
 * {@code calibration}: this consultant's range calibration from 사후 점검 at printing time (null or inactive: none is
 * printed); it is shown beside a saved range, never in its place.
 */
public record ReportContent(Locale locale, boolean onePage, Client client, Consultation consultation, String consultantName,
                            List<Scenario> scenarios, LocalDate printedOn, RangeCalibration calibration) {
    public ReportContent {
        scenarios = List.copyOf(scenarios);
    }

    public ReportContent(Locale locale, boolean onePage, Client client, Consultation consultation, String consultantName,
                         List<Scenario> scenarios, LocalDate printedOn) {
        this(locale, onePage, client, consultation, consultantName, scenarios, printedOn, null);
    }

    /** A {@code report.*} text in the report's language. */
    public String t(String key, Object... args) {
        return Messages.get(locale, "report." + key, args);
    }

    /** Any message key (another feature's labels) in the report's language. */
    public String text(String fullKey, Object... args) {
        return Messages.get(locale, fullKey, args);
    }

    public String money(double won) {
        return Formats.money(Math.round(won), locale);
    }

    public String moneyRange(double low, double high) {
        return Formats.moneyRange(Math.round(low), Math.round(high), locale);
    }

    public String quarter(Integer yyyyq) {
        return Formats.quarter(yyyyq, locale);
    }

    public boolean english() {
        return locale.getLanguage().equals("en");
    }

    public String date(LocalDate d) {
        if (d == null) {
            return "-";
        }
        return english() ? d.toString() : d.getYear() + "년 " + d.getMonthValue() + "월 " + d.getDayOfMonth() + "일";
    }
}
