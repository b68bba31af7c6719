package kr.sanggwon.cli;

import java.io.PrintWriter;
import kr.sanggwon.AppContext;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.recommend.BacktestResult;
import kr.sanggwon.recommend.RecommendBacktest;

/** eval --recommend: the ranking backtest, printed per origin and summarized per method. */
final class RecommendEval {
    private RecommendEval() {
    }

    static int run(AppContext app, PrintWriter out, PrintWriter err, boolean json) {
        TerminalProgress progress = new TerminalProgress(err, "eval");
        BacktestResult r = new RecommendBacktest(app.database()).run(progress);
        progress.end();
        if (json) {
            out.println(Json.write(r));
            return MainCommand.OK;
        }
        if (r.origins().isEmpty()) {
            out.println(Messages.get("recommend.eval.none"));
            return MainCommand.OK;
        }
        for (BacktestResult.Origin o : r.origins()) {
            out.println();
            out.println(Messages.get("recommend.eval.origin", o.industryName(), o.industry(), Messages.get("recommend.grain." + o.level()),
                    Formats.quarter(o.quarter()), Formats.quarter(o.horizon()), o.districts(), pp(o.medianGrowth() * 100)));
            table(out, o.methods());
        }
        out.println();
        out.println(Messages.get("recommend.eval.summary", r.origins().size()));
        table(out, r.summary());
        return MainCommand.OK;
    }

    private static void table(PrintWriter out, java.util.List<BacktestResult.MethodResult> methods) {
        out.println(String.format("  %-32s %6s %9s %11s %10s %11s", "method", "n", "spearman", "top10-med", "close-sp", "close-gap"));
        for (BacktestResult.MethodResult m : methods) {
            out.println(String.format("  %-32s %6d %9s %11s %10s %11s", m.method(), m.n(), num(m.spearman()), pp(m.topDecileGapPp()),
                    num(m.closureSpearman()), pp(m.closureGapPp())));
        }
    }

    private static String num(double v) {
        return Double.isFinite(v) ? Formats.number(v, 3) : "-";
    }

    private static String pp(double v) {
        if (!Double.isFinite(v)) {
            return "-";
        }
        String s = Formats.number(v, 1);
        return (s.startsWith("-") ? "" : "+") + s + "pp";
    }
}
