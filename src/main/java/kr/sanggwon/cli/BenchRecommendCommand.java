package kr.sanggwon.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import kr.sanggwon.AppContext;
import kr.sanggwon.bench.FullScaleGenerator;
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

    @Option(names = "--generate", description = "first fill an empty folder with a full-scale synthetic set for one industry (1,650 상권, 26 분기)")
    boolean generate;

    @Option(names = "--json", description = "print as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        AppContext ctx = bench.main.context();
        if (generate && !hasSales(ctx)) {
            long t0 = System.nanoTime();
            new FullScaleGenerator(ctx.database(), seed, 1).generate(new TerminalProgress(spec.commandLine().getErr(), "generate"));
            out.printf(Locale.ROOT, "generated a full-scale set for one industry in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        }
        String code = industry == null ? null : Inputs.industry(ctx, industry);
        List<RecommendBenchmark.Result> results = new RecommendBenchmark(ctx.database(), ctx.recommend()).run(code, changes, warmup, seed);
        if (json) {
            out.println(Json.write(results));
            return MainCommand.OK;
        }
        out.printf(Locale.ROOT, "load average %s%n", loadAverage());
        out.printf(Locale.ROOT, "%-8s %-20s %6s %9s %7s %8s %8s %8s %9s %9s%n", "grain", "industry", "rows", "frame ms", "changes",
                "p50 ms", "p95 ms", "max ms", "cpu p50", "cpu p95");
        for (RecommendBenchmark.Result r : results) {
            out.printf(Locale.ROOT, "%-8s %-20s %6d %9s %7d %8.2f %8.2f %8.2f %9.2f %9.2f%n", r.grain(), r.industry(), r.rows(),
                    Double.isNaN(r.frameMs()) ? "-" : String.format(Locale.ROOT, "%.0f", r.frameMs()), r.changes(), r.p50(), r.p95(),
                    r.max(), r.cpuP50(), r.cpuP95());
        }
        return MainCommand.OK;
    }

    private static String loadAverage() {
        double l = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return l < 0 ? "-" : String.format(Locale.ROOT, "%.1f", l);
    }

    private static boolean hasSales(AppContext ctx) {
        return kr.sanggwon.bench.BenchData.salesRows(ctx.database()) > 0;
    }
}
