package kr.sanggwon.finance;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an amount of money as people type it: "350000", "3,500,000", "350만", "1.5억", "1억 2000만", "350만원".
 * Returns NaN for anything else (the validator then says what is wrong); a leading minus is kept so that negative
 * amounts reach the validator instead of being dropped.
 */
public final class MoneyInput {
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(억|만|천)?");

    private MoneyInput() {
    }

    public static double parse(String text) {
        if (text == null) {
            return Double.NaN;
        }
        String s = text.replace(",", "").replace("원", "").replace("KRW", "").trim();
        if (s.isEmpty()) {
            return Double.NaN;
        }
        boolean negative = s.startsWith("-");
        if (negative) {
            s = s.substring(1).trim();
        }
        Matcher m = PART.matcher(s);
        double total = 0;
        int end = 0;
        boolean any = false;
        while (m.find()) {
            if (!s.substring(end, m.start()).isBlank()) {
                return Double.NaN;
            }
            double v = Double.parseDouble(m.group(1));
            String unit = m.group(2);
            total += unit == null ? v : v * switch (unit) {
                case "억" -> 100_000_000d;
                case "만" -> 10_000d;
                default -> 1_000d;
            };
            end = m.end();
            any = true;
        }
        if (!any || !s.substring(end).isBlank()) {
            return Double.NaN;
        }
        return negative ? -total : total;
    }
}
