package kr.sanggwon.wizard;

import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.finance.FinanceResult;
import kr.sanggwon.recommend.ExpectedSales;

/** The wizard's answer as plain sentences (the CLI prints them; the screen uses the same lines). */
public final class WizardText {
    private WizardText() {
    }

    public static String title(WizardAnswer a) {
        WizardQuestion q = a.question();
        String what = a.what() == null ? a.industryName() : a.what().word(Messages.locale());
        String where = q.district() != null && a.hasPicks() ? a.picks().get(0).row().district().name()
                : q.gu() == null || q.gu().isBlank() ? Messages.get("wizard.where.seoul") : q.gu();
        return Messages.get("wizard.answer.title", what, where, money(q.budget()), money(q.rent()));
    }

    public static String basis(WizardAnswer a) {
        return Messages.get("wizard.answer.basis", a.industryName(), Formats.quarter(a.quarter()), a.matching());
    }

    public static String pickLine(int i, WizardPick p) {
        var d = p.row().district();
        return Messages.get(p.chosenByOwner() ? "wizard.pick.chosen" : "wizard.pick.line", i + 1, d.name(),
                d.guName() == null ? "-" : d.guName(), d.typeName() == null ? "" : d.typeName(),
                Formats.number(p.row().points(), 0));
    }

    public static String salesLine(ExpectedSales e) {
        if (!e.ok()) {
            return Messages.get("wizard.pick.noSales", Messages.get(e.errorKey(), e.errorArgs()));
        }
        return Messages.get("wizard.pick.sales", money(e.monthly()),
                Formats.moneyRange(Math.round(e.monthlyLow()), Math.round(e.monthlyHigh()), Messages.locale()));
    }

    public static String breakEvenLine(WizardAnswer a) {
        FinanceResult f = a.finance();
        if (f == null) {
            return Messages.get("wizard.plan.none", a.financeError() == null ? "" : a.financeError());
        }
        double be = f.pnl().breakEvenSales();
        String beText = Double.isFinite(be) ? money(be) : Messages.get("wizard.plan.neverBreaksEven");
        String verdict = Double.isFinite(be) && f.sales().monthly() >= be ? "wizard.plan.above" : "wizard.plan.below";
        return Messages.get("wizard.plan.line", f.districtName(), beText, money(f.sales().monthly()), Messages.get(verdict));
    }

    public static String profitLine(WizardAnswer a) {
        FinanceResult f = a.finance();
        if (f == null) {
            return "";
        }
        String loss = f.simulation() == null ? "-" : Formats.percent(f.simulation().lossProbability());
        double days = f.breakEvenCustomersPerDay();
        return Messages.get("wizard.plan.profit", money(f.pnl().profitBeforeTax()), loss,
                Double.isFinite(days) ? Formats.number(days, 0) : "-");
    }

    public static String risk(Risk r) {
        return Messages.get(r.messageKey(), r.args());
    }

    /** The whole answer, one fact per line. */
    public static String text(WizardAnswer a) {
        StringBuilder b = new StringBuilder();
        b.append(title(a)).append('\n').append(basis(a)).append("\n\n");
        b.append(Messages.get("wizard.section.where")).append('\n');
        if (!a.hasPicks()) {
            b.append("  ").append(Messages.get("wizard.pick.none")).append('\n');
        }
        for (int i = 0; i < a.picks().size(); i++) {
            b.append("  ").append(pickLine(i, a.picks().get(i))).append('\n');
            b.append("     ").append(salesLine(a.picks().get(i).expected())).append('\n');
        }
        b.append('\n').append(Messages.get("wizard.section.plan")).append('\n');
        b.append("  ").append(breakEvenLine(a)).append('\n');
        if (a.finance() != null) {
            b.append("  ").append(profitLine(a)).append('\n');
        }
        b.append('\n').append(Messages.get("wizard.section.risks")).append('\n');
        for (int i = 0; i < a.risks().size(); i++) {
            b.append("  ").append(i + 1).append(". ").append(risk(a.risks().get(i))).append('\n');
        }
        b.append('\n').append(Messages.get("wizard.section.ask")).append('\n');
        for (String k : a.askKeys()) {
            b.append("  - ").append(Messages.get(k)).append('\n');
        }
        b.append('\n').append(Messages.get("wizard.answer.caveat"));
        return b.toString();
    }

    static String money(double won) {
        return Double.isFinite(won) ? Formats.money(Math.round(won), Messages.locale()) : "-";
    }

}
