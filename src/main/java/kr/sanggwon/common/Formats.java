package kr.sanggwon.common;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.SortedSet;

/** Numbers as Koreans read them: money in 만원/억원, quarters as "2024년 1분기". Used by UI, PDF and CLI. */
public final class Formats {
    private Formats() {
    }

    public static String quarter(Integer yyyyq) {
        return quarter(yyyyq, Messages.locale());
    }

    /** "2024년 1분기" / "2024 Q1" in {@code locale}. */
    public static String quarter(Integer yyyyq, Locale locale) {
        if (yyyyq == null || yyyyq == 0) {
            return "-";
        }
        int year = yyyyq / 10;
        int q = yyyyq % 10;
        return english(locale) ? year + " Q" + q : year + "년 " + q + "분기";
    }

    private static boolean english(Locale locale) {
        return locale.getLanguage().equals("en");
    }

    public static String quarterRange(SortedSet<Integer> quarters) {
        if (quarters == null || quarters.isEmpty()) {
            return "-";
        }
        if (quarters.size() == 1) {
            return quarter(quarters.first());
        }
        return quarter(quarters.first()) + " ~ " + quarter(quarters.last()) + " (" + quarters.size() + ")";
    }

    /** KRW in the current language; see {@link #money(long, Locale)}. */
    public static String money(long won) {
        return money(won, Messages.locale());
    }

    /**
     * KRW as Koreans read it (억원 above 1억, else 만원, else 원), or in English as million/billion KRW (the one English
     * money style of the app, also on chart axes): "19.3 million KRW", "530 million KRW", "1.25 billion KRW".
     */
    public static String money(long won, Locale locale) {
        return english(locale) ? englishMoney(won) + " KRW" : koreanAmount(won) + koreanUnit(won);
    }

    /**
     * A range in one unit where it can: "1,900만~2,300만원", "4.3억~5.8억원", "9,500만원~1.2억원";
     * English "19.0–23.0 million KRW".
     */
    public static String moneyRange(long low, long high, Locale locale) {
        if (english(locale)) {
            String lo = englishMoney(low);
            String hi = englishMoney(high);
            String unit = englishUnit(high);
            if (englishUnit(low).equals(unit) && !unit.isEmpty()) {
                return lo.substring(0, lo.length() - unit.length() - 1) + "–" + hi + " KRW";
            }
            return lo + " KRW – " + hi + " KRW";
        }
        String unit = koreanUnit(high);
        if (koreanUnit(low).equals(unit) && !unit.equals("원")) {
            return koreanAmount(low) + unit.substring(0, 1) + "~" + koreanAmount(high) + unit;
        }
        return money(low, locale) + "~" + money(high, locale);
    }

    private static boolean eok(long won) {
        // 99,995,000원 reads 1.0억원, not 10,000만원
        return Math.abs(won) >= 100_000_000L || Math.abs(Math.round(won / 10_000.0)) >= 10_000;
    }

    private static String koreanUnit(long won) {
        return eok(won) ? "억원" : Math.abs(won) >= 10_000L ? "만원" : "원";
    }

    private static String koreanAmount(long won) {
        if (eok(won)) {
            return number(won / 100_000_000.0, 1);
        }
        return Math.abs(won) >= 10_000L ? number(Math.round(won / 10_000.0), 0) : number(won, 0);
    }

    private static String englishUnit(long won) {
        long abs = Math.abs(won);
        return abs >= 999_500_000L ? "billion" : abs >= 999_950L ? "million" : "";
    }

    private static String englishMoney(long won) {
        String unit = englishUnit(won);
        if (unit.equals("billion")) {
            return number(won / 1e9, 2) + " billion";
        }
        if (unit.equals("million")) {
            double m = won / 1e6;
            return number(m, Math.abs(m) >= 99.95 ? 0 : 1) + " million";
        }
        return number(Math.abs(won) >= 1_000 ? Math.round(won / 1_000.0) * 1_000.0 : won, 0);
    }

    public static String number(double value, int decimals) {
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);   // as people round: 1.25억 → 1.3억 (the default HALF_EVEN gives 1.2억)
        return f.format(value);
    }

    public static String percent(double ratio) {
        return number(ratio * 100, 1) + "%";
    }

    /** "+12.3%" / "−4.0%" (a true minus sign). */
    public static String signedPercent(double ratio) {
        return (ratio >= 0 ? "+" : "−") + percent(Math.abs(ratio));
    }
}
