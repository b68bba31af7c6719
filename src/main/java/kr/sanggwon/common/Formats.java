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
        if (yyyyq == null || yyyyq == 0) {
            return "-";
        }
        int year = yyyyq / 10;
        int q = yyyyq % 10;
        return Messages.locale().getLanguage().equals("en") ? year + " Q" + q : year + "년 " + q + "분기";
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

    /** KRW as 억원 above 1억, else 만원; English shows the same units in romanised form. */
    public static String money(long won) {
        boolean en = Messages.locale().getLanguage().equals("en");
        long abs = Math.abs(won);
        long man = Math.round(won / 10_000.0);
        if (abs >= 100_000_000L || Math.abs(man) >= 10_000) {   // 99,995,000원 reads 1.0억원, not 10,000만원
            return number(won / 100_000_000.0, 1) + (en ? " eok KRW" : "억원");
        }
        if (abs >= 10_000L) {
            return number(man, 0) + (en ? " man KRW" : "만원");
        }
        return number(won, 0) + (en ? " KRW" : "원");
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
}
