package kr.sanggwon.ui.chart;

import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;

/**
 * One unit for a whole money axis, chosen from the axis range: 억원 (at least one decimal) when the larger end reaches
 * 1억, else 만원 when it reaches 1만, else 원. Ticks then show bare numbers in that unit and the axis label names it,
 * so an axis never mixes "5,000만원" with "1.0억원". Decimals follow the tick size, so neighbouring ticks never
 * print the same text (0.25억 steps show two decimals, 1만원 steps none).
 */
public record MoneyScale(Unit unit, int decimals) {
    private static final int MAX_DECIMALS = 3;

    /** The units a money axis can use, with their size in KRW and their message key. */
    public enum Unit {
        EOK(100_000_000d, 1, "ui.chart.unit.eok"),
        MAN(10_000d, 0, "ui.chart.unit.man"),
        /** English only: the app's one English money style is million KRW (see {@code Formats.money}). */
        MILLION(1_000_000d, 0, "ui.chart.unit.million"),
        WON(1d, 0, "ui.chart.unit.won");

        private final double won;
        private final int minDecimals;
        private final String key;

        Unit(double won, int minDecimals, String key) {
            this.won = won;
            this.minDecimals = minDecimals;
            this.key = key;
        }

        public double won() {
            return won;
        }
    }

    /** The scale for an axis showing {@code lower..upper} KRW with ticks every {@code tickSize} KRW (0 if unknown). */
    public static MoneyScale of(double lower, double upper, double tickSize) {
        double max = Math.max(abs(lower), abs(upper));
        Unit unit;
        if (Messages.locale().getLanguage().equals("en")) {
            unit = max >= Unit.MILLION.won ? Unit.MILLION : Unit.WON;
        } else {
            unit = max >= Unit.EOK.won ? Unit.EOK : max >= Unit.MAN.won ? Unit.MAN : Unit.WON;
        }
        return new MoneyScale(unit, decimalsFor(unit, tickSize));
    }

    private static double abs(double v) {
        return Double.isFinite(v) ? Math.abs(v) : 0;
    }

    private static int decimalsFor(Unit unit, double tickSize) {
        int d = unit.minDecimals;
        if (!(tickSize > 0) || !Double.isFinite(tickSize)) {
            return d;
        }
        double step = tickSize / unit.won;
        while (d < MAX_DECIMALS) {
            double scaled = step * Math.pow(10, d);
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-6 * Math.max(1, scaled)) {
                break;
            }
            d++;
        }
        return d;
    }

    /** A tick's text: the amount in this scale's unit, without the unit (the axis label carries it). */
    public String tick(double won) {
        double v = won / unit.won;
        if (Math.abs(v) < 0.5 * Math.pow(10, -decimals)) {
            v = 0;   // no "-0.0"
        }
        return Formats.number(v, decimals);
    }

    /** The unit's name in the current language ("억원", "만원", "원"). */
    public String unitName() {
        return Messages.get(unit.key);
    }

    /** The axis label with the unit: "월 매출 (억원)", or just "억원" when the axis has no label of its own. */
    public String label(String base) {
        return base == null || base.isBlank() ? unitName() : Messages.get("ui.chart.axisWithUnit", base, unitName());
    }
}
