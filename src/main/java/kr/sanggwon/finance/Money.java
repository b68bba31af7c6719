package kr.sanggwon.finance;

import kr.sanggwon.common.Formats;

/** A won amount used as a message argument: shown as 만원/억원 by {@link #toString()} in the current language. */
public record Money(double won) {
    @Override
    public String toString() {
        return Double.isFinite(won) ? Formats.money(Math.round(won)) : "-";
    }
}
