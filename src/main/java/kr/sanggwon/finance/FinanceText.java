package kr.sanggwon.finance;

import java.util.List;
import java.util.function.Function;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;

/** Sentences of the profit simulation, rendered for the CLI and the screen in the current language. */
public final class FinanceText {
    private FinanceText() {
    }

    public static String money(double won) {
        return new Money(won).toString();
    }

    /** "상위 x%" sentence of a target check, or the "no peers" line when {@code t} is null. */
    public static String target(TargetCheck t, String industryName) {
        if (t == null) {
            return Messages.get("finance.target.none");
        }
        String where = t.scope() == TargetCheck.Scope.GU ? t.guName() : Messages.get("finance.target.seoul");
        if (t.atOrAbove() == 0) {
            return Messages.get("finance.target.aboveAll", money(t.breakEven()), where, industryName, t.districts(), money(t.median()));
        }
        return Messages.get("finance.target.sentence", money(t.breakEven()), where, industryName, t.districts(),
                Formats.percent(t.topShare()), money(t.median()));
    }

    /** Payback in months (and years), or "not within reach" when the cash never turns positive. */
    public static String payback(double months) {
        if (months == 0) {
            return Messages.get("finance.payback.nothing");
        }
        if (!Double.isFinite(months)) {
            return Messages.get("finance.payback.never");
        }
        return Messages.get("finance.payback.months", Formats.number(months, 0), Formats.number(months / 12, 1));
    }

    public static String breakEven(double won) {
        return Double.isFinite(won) ? money(won) : Messages.get("finance.breakEven.none");
    }

    /** A default's value in its unit (ratio as %, money, hours, years). */
    public static String value(Param p, double v) {
        return switch (p.unit()) {
            case RATIO -> Formats.number(v * 100, 2) + "%";
            case WON -> Formats.number(v, 0) + Messages.get("finance.unit.won");
            case HOURS -> Formats.number(v, 0) + Messages.get("finance.unit.hours");
            case YEARS -> Formats.number(v, 0) + Messages.get("finance.unit.years");
        };
    }

    /** One row of a side-by-side comparison: its label and each column's text. */
    public record Row(String label, Function<FinanceResult, String> value) {
    }

    /** The rows of a side-by-side comparison of two plans (CLI and screen). */
    public static List<Row> comparisonRows() {
        return List.of(
                new Row(Messages.get("finance.compare.district"), FinanceResult::districtName),
                new Row(Messages.get("finance.compare.sales"), r -> money(r.sales().monthly())),
                new Row(Messages.get("finance.compare.rent"), r -> money(r.plan().rent())),
                new Row(Messages.get("finance.compare.delivery"), r -> Formats.percent(r.plan().deliveryShare())),
                new Row(Messages.get("finance.line.operating_profit"), r -> money(r.pnl().operatingProfit())),
                new Row(Messages.get("finance.compare.margin"), r -> Formats.percent(r.pnl().operatingMargin())),
                new Row(Messages.get("finance.compare.breakEven"), r -> breakEven(r.pnl().breakEvenSales())),
                new Row(Messages.get("finance.compare.customers"), r -> Double.isFinite(r.breakEvenCustomersPerDay())
                        ? Formats.number(r.breakEvenCustomersPerDay(), 0) : "-"),
                new Row(Messages.get("finance.compare.payback"), r -> payback(r.pnl().paybackMonths())),
                new Row(Messages.get("finance.compare.loss"), r -> r.simulation() == null ? "-" : Formats.percent(r.simulation().lossProbability())));
    }

    /** "source (year)" of a default, saying when it is the user's own value. */
    public static String source(Assumption a) {
        String src = a.source(Messages.locale());
        return a.userSet() ? Messages.get("finance.source.user", src, a.year()) : Messages.get("finance.source.bundled", src, a.year());
    }
}
