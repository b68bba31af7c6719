package kr.sanggwon.ui.chart;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import kr.sanggwon.common.Formats;

/**
 * Tooltip format for single KRW amounts: 만원/억원 through {@link Formats#money(long)}. Not for axes, where each tick
 * would pick its own unit; axes use {@link MoneyAxis}.
 */
public final class MoneyFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(Formats.money(Math.round(number)));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(Formats.money(number));
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        return null;
    }
}
