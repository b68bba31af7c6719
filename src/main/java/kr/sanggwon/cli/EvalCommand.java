package kr.sanggwon.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.estimate.Conformal;
import kr.sanggwon.estimate.EstimateService;
import kr.sanggwon.estimate.SelectionText;
import kr.sanggwon.estimate.Evaluation;
import kr.sanggwon.estimate.Metrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** eval: rolling-origin backtest of the estimate models against the naive baselines, per task and grain. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Backtest the sales models against baselines (forecast and cold start) on the loaded data.")
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
        out.println(String.format("  %-22s %8s %7s %14s %8s %8s %6s %6s %7s", "method", "medAPE", "<=20%", "MAE(KRW)", "R2(log)",
                "cover80", "above", "below", "n"));
        for (Evaluation.MethodResult m : e.methods()) {
            Metrics x = m.metrics();
            String mark = m.method().equals(e.chosen()) ? "*" : " ";
            String note = m.fallbackShare() > 0 ? "  " + Messages.get("estimate.cli.fallback", Formats.percent(m.fallbackShare())) : "";
            out.println(String.format("%s %-22s %8s %7s %14s %8s %8s %6s %6s %7d%s", mark, m.method(), pct(x.medianApe()), pct(x.within20()),
                    Formats.number(x.maeKrw(), 0), Formats.number(x.r2Log(), 3), pct(x.coverage80()), pct(x.missAbove()), pct(x.missBelow()),
                    x.n(), note));
        }
        printPerOrigin(out, e);
        printPerIndustry(out, e);
        out.println("  " + Messages.get("estimate.cli.chosen", EstimateService.methodName(e.chosen()),
                EstimateService.methodName(e.reference()), Formats.number(e.ratioToBaseline(), 2)));
        out.println("  " + Messages.get("estimate.cli.selection", SelectionText.line(e.selection())));
        Conformal.Coverage c = e.latestCoverage();
        if (c != null && c.n() > 0) {
            out.println("  " + Messages.get("estimate.cli.latestCoverage", Formats.quarter(e.origins().get(e.origins().size() - 1).quarter()),
                    pct(c.hit()), pct(c.above()), pct(c.below())));
        }
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

    /** method × origin: median APE (share within ±20%), over all industries. */
    private static void printPerOrigin(PrintWriter out, Evaluation e) {
        out.println("  " + Messages.get("estimate.cli.perOrigin"));
        StringBuilder head = new StringBuilder(String.format("  %-22s", ""));
        for (Evaluation.Origin o : e.origins()) {
            head.append(String.format(" %13s", Formats.quarter(o.quarter())));
        }
        out.println(head);
        for (Evaluation.MethodResult m : e.methods()) {
            StringBuilder line = new StringBuilder(String.format("  %-22s", m.method()));
            java.util.Map<Integer, Evaluation.OriginResult> by = new java.util.HashMap<>();
            e.perOrigin(m.method()).forEach(o -> by.put(o.quarter(), o));
            for (Evaluation.Origin o : e.origins()) {
                Evaluation.OriginResult r = by.get(o.quarter());
                line.append(String.format(" %13s", r == null ? "-" : pct(r.medianApe()) + " (" + pct(r.within20()) + ")"));
            }
            out.println(line);
        }
    }

    /** method × industry: median APE, when the backtest has more than one industry. */
    private static void printPerIndustry(PrintWriter out, Evaluation e) {
        java.util.TreeSet<String> industries = new java.util.TreeSet<>();
        e.perIndustry().forEach(r -> industries.add(r.industry()));
        if (industries.isEmpty()) {
            return;
        }
        out.println("  " + Messages.get("estimate.cli.perIndustry"));
        StringBuilder head = new StringBuilder(String.format("  %-22s", ""));
        industries.forEach(i -> head.append(String.format(" %18s", i)));
        out.println(head);
        for (Evaluation.MethodResult m : e.methods()) {
            StringBuilder line = new StringBuilder(String.format("  %-22s", m.method()));
            for (String ind : industries) {
                Metrics x = e.perIndustry().stream().filter(r -> r.industry().equals(ind) && r.method().equals(m.method()))
                        .map(Evaluation.IndustryResult::metrics).findFirst().orElse(null);
                line.append(String.format(" %18s", x == null ? "-" : pct(x.medianApe()) + " n=" + x.n() + " c" + pct(x.coverage80())));
            }
            out.println(line);
        }
    }

    private static String pct(double v) {
        return Double.isFinite(v) ? Formats.percent(v) : "-";
    }
}
