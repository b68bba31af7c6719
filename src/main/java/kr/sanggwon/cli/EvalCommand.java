package kr.sanggwon.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.estimate.EstimateService;
import kr.sanggwon.estimate.Evaluation;
import kr.sanggwon.estimate.Metrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** eval: rolling-origin backtest of the estimate models against the naive baselines, per task and grain. */
@Command(name = "eval", description = "Backtest the sales models against baselines (forecast and cold start) on the loaded data.")
final class EvalCommand implements Callable<Integer> {
    @ParentCommand
    MainCommand main;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "print as JSON")
    boolean json;

    @Option(names = "--recommend", description = "backtest the 유망 상권 ranking instead (rank at T, growth T → T+4)")
    boolean recommend;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (recommend) {
            return RecommendEval.run(main.context(), out, spec.commandLine().getErr(), json);
        }
        TerminalProgress progress = new TerminalProgress(spec.commandLine().getErr(), "eval");
        List<Evaluation> evaluations = main.context().estimateService().evaluate(progress);
        progress.end();
        if (json) {
            out.println(Json.write(evaluations));
        } else {
            evaluations.forEach(e -> print(out, e));
        }
        return MainCommand.OK;
    }

    static void print(PrintWriter out, Evaluation e) {
        out.println();
        out.println(Messages.get("estimate.cli.evalTitle", Messages.get("estimate.task." + e.task().id()),
                Messages.get("estimate.grain." + e.grain().code())));
        for (Evaluation.Origin o : e.origins()) {
            out.println("  " + Messages.get("estimate.cli.origin", Formats.quarter(o.quarter()), o.testRows(), o.trainRows(),
                    Formats.quarter(o.trainFirstQuarter()), Formats.quarter(o.trainLastQuarter())));
        }
        if (e.origins().isEmpty()) {
            out.println("  " + Messages.get("estimate.cli.noOrigins"));
            return;
        }
        out.println(String.format("  %-22s %10s %14s %8s %9s %7s", "method", "medAPE", "MAE(KRW)", "R2(log)", "cover80", "n"));
        for (Evaluation.MethodResult m : e.methods()) {
            Metrics x = m.metrics();
            String mark = m.method().equals(e.chosen()) ? "*" : " ";
            String note = m.fallbackShare() > 0 ? "  " + Messages.get("estimate.cli.fallback", Formats.percent(m.fallbackShare())) : "";
            out.println(String.format("%s %-22s %10s %14s %8s %9s %7d%s", mark, m.method(), pct(x.medianApe()), Formats.number(x.maeKrw(), 0),
                    Formats.number(x.r2Log(), 3), pct(x.coverage80()), x.n(), note));
        }
        out.println("  " + Messages.get("estimate.cli.chosen", EstimateService.methodName(e.chosen()),
                EstimateService.methodName(e.bestBaseline()), Formats.number(e.ratioToBaseline(), 2)));
        Evaluation.MethodResult best = e.result(e.bestBaseline());
        if (Double.isFinite(e.oracleShiftMedianApe()) && best != null && best.metrics().medianApe() > 0) {
            out.println("  " + Messages.get("estimate.cli.oracle", pct(e.oracleShiftMedianApe()),
                    Formats.number(e.oracleShiftMedianApe() / best.metrics().medianApe(), 2)));
            Evaluation.MethodResult seasonal = e.result(kr.sanggwon.estimate.Baselines.SEASONAL_NAIVE);
            if (seasonal != null && seasonal.fallbackShare() >= 0.5) {
                out.println("  " + Messages.get("estimate.cli.oracleNoSeason"));
            }
        }
    }

    private static String pct(double v) {
        return Double.isFinite(v) ? Formats.percent(v) : "-";
    }
}
