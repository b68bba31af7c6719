package kr.sanggwon.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import kr.sanggwon.AppContext;
import kr.sanggwon.bench.RecommendBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** bench recommend: p50/p95 of re-ranking 유망 상권 after a weight change, per grain and for both grains together. */
@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = "Time the 유망 상권 re-rank after a weight change (p50/p95 ms over random weight sets) on the data folder.")
final class BenchRecommendCommand implements Callable<Integer> {
    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Option(names = "--industry", paramLabel = "CODE", description = "industry to rank (default: the one with sales in the most districts, per grain)")
    String industry;

    @Option(names = "--changes", defaultValue = "200", description = "timed weight changes (default ${DEFAULT-VALUE})")
    int changes;

    @Option(names = "--warmup", defaultValue = "30", description = "untimed weight changes first (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--seed", defaultValue = "7", description = "seed of the random weights (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--json", description = "print as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        AppContext ctx = bench.main.context();
        String code = industry == null ? null : Inputs.industry(ctx, industry);
        List<RecommendBenchmark.Result> results = new RecommendBenchmark(ctx.database(), ctx.recommend()).run(code, changes, warmup, seed);
        if (json) {
            out.println(Json.write(results));
            return MainCommand.OK;
        }
        out.printf(Locale.ROOT, "%-12s %-20s %6s %10s %7s %9s %9s %9s%n", "grain", "industry", "rows", "frame ms", "changes",
                "p50 ms", "p95 ms", "max ms");
        for (RecommendBenchmark.Result r : results) {
            out.printf(Locale.ROOT, "%-12s %-20s %6d %10s %7d %9.2f %9.2f %9.2f%n", r.grain(), r.industry(), r.rows(),
                    Double.isNaN(r.frameMs()) ? "-" : String.format(Locale.ROOT, "%.0f", r.frameMs()), r.changes(), r.p50(), r.p95(),
                    r.max());
        }
        return MainCommand.OK;
    }
}
