package kr.sanggwon.ui.finance;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.StringProperty;
import kr.sanggwon.finance.Assumption;
import kr.sanggwon.finance.FinanceRequest;
import kr.sanggwon.finance.Investment;
import kr.sanggwon.finance.MoneyInput;
import kr.sanggwon.finance.MonteCarlo;
import kr.sanggwon.finance.Param;
import kr.sanggwon.finance.SalesBasis;

/** Reading the form's texts into a request, and filling them from defaults. */
final class FinanceForm {
    private FinanceForm() {
    }

    /** A typed amount; {@code blank} when empty; NaN when it is not an amount (the validator then names the field). */
    static double money(String text, double blank) {
        return text == null || text.isBlank() ? blank : MoneyInput.parse(text);
    }

    /** A percentage as typed (30 or 30%) as a fraction; NaN when blank or unreadable. */
    static double percent(String text) {
        if (text == null || text.isBlank()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text.replace("%", "").replace(",", "").trim()) / 100;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static double count(String text, double blank) {
        if (text == null || text.isBlank()) {
            return blank;
        }
        try {
            return Double.parseDouble(text.replace(",", "").trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String text(Map<FinanceInput, StringProperty> in, FinanceInput i) {
        return in.get(i).get();
    }

    /** Typed sales: point with a range when both ends are given; null when the point is empty. */
    static SalesBasis sales(Map<FinanceInput, StringProperty> in) {
        String point = text(in, FinanceInput.SALES);
        if (point == null || point.isBlank()) {
            return null;
        }
        double low = money(text(in, FinanceInput.SALES_LOW), Double.NaN);
        double high = money(text(in, FinanceInput.SALES_HIGH), Double.NaN);
        return SalesBasis.typed(money(point, Double.NaN), low, high);
    }

    /** The user's values of the defaults shown in the form (blank ones are left to the defaults). */
    static Map<Param, Double> values(Map<FinanceInput, StringProperty> in) {
        Map<Param, Double> out = new EnumMap<>(Param.class);
        for (FinanceInput i : FinanceInput.values()) {
            if (i.param() == null) {
                continue;
            }
            String t = text(in, i);
            if (t == null || t.isBlank()) {
                continue;
            }
            out.put(i.param(), i.kind() == FinanceInput.Kind.PERCENT ? percent(t) : money(t, Double.NaN));
        }
        return out;
    }

    static FinanceRequest request(String district, String industry, SalesBasis sales, Map<FinanceInput, StringProperty> in,
                                  boolean ownerPriced) {
        Investment inv = new Investment(money(text(in, FinanceInput.DEPOSIT), 0), money(text(in, FinanceInput.PREMIUM), 0),
                money(text(in, FinanceInput.INTERIOR), 0), money(text(in, FinanceInput.EQUIPMENT), 0));
        double term = count(text(in, FinanceInput.LOAN_TERM), 0);
        SalesBasis s = sales != null ? sales : SalesBasis.typed(Double.NaN);
        return new FinanceRequest(district, industry, s, null, inv, money(text(in, FinanceInput.RENT), 0),
                money(text(in, FinanceInput.MAINTENANCE), 0), count(text(in, FinanceInput.STAFF), 0),
                money(text(in, FinanceInput.WAGE), Double.NaN), ownerPriced, money(text(in, FinanceInput.OWNER_WAGE), Double.NaN),
                money(text(in, FinanceInput.LOAN_AMOUNT), 0), Double.isNaN(term) ? -1 : (int) Math.round(term), values(in),
                MonteCarlo.DEFAULT_SEED, MonteCarlo.DEFAULT_DRAWS);
    }

    /** Puts the defaults into the inputs they fill, and the minimum wage of a full month into the wage fields. */
    static void fill(Map<Param, Assumption> d, Map<FinanceInput, StringProperty> in) {
        for (FinanceInput i : FinanceInput.values()) {
            if (i.param() != null) {
                double v = d.get(i.param()).value();
                in.get(i).set(i.kind() == FinanceInput.Kind.PERCENT ? FinanceViewModel.percentText(v) : FinanceViewModel.moneyText(v));
            }
        }
        String month = FinanceViewModel.moneyText(fullMonthWage(d));
        in.get(FinanceInput.WAGE).set(month);
        in.get(FinanceInput.OWNER_WAGE).set(month);
    }

    static double fullMonthWage(Map<Param, Assumption> d) {
        return d.get(Param.MIN_WAGE_HOURLY).value() * d.get(Param.MONTHLY_HOURS).value();
    }
}
