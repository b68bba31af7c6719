package kr.sanggwon.digital;

import java.util.Locale;
import kr.sanggwon.common.Messages;

/**
 * What taking up one checklist item typically costs and brings, as written in the items file for an industry scope
 * ({@code *}, a group such as {@code CS1}, or a code): won a month, won once, and the sales effect as a range of
 * fractions (0.02 = +2%) with the year and source of the numbers ("가정값" when no public figure is behind them).
 */
public record ItemCost(DigitalItem item, String scope, int year, double monthlyCost, double oneOffCost, double effectLow,
                       double effectHigh, String sourceKo, String sourceEn) {

    /** The middle of the effect range, used for the point estimate of sales. */
    public double effectMid() {
        return (effectLow + effectHigh) / 2;
    }

    public String source() {
        return Messages.locale().getLanguage().equals(Locale.KOREAN.getLanguage()) ? sourceKo : sourceEn;
    }

    /** Whether this row speaks for {@code industry} (a scope that is a prefix of its code, or {@code *}). */
    boolean covers(String industry) {
        return scope.equals("*") || (industry != null && industry.startsWith(scope));
    }
}
