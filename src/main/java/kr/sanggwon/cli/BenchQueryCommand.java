package kr.sanggwon.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import kr.sanggwon.AppContext;
import kr.sanggwon.bench.BenchData;
import kr.sanggwon.bench.FullScaleGenerator;
import kr.sanggwon.bench.QueryBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * bench query: p50/p95 per screen query over many random districts. With --generate, first fills an empty
 * data folder with the full-scale synthetic set (1,650 상권 × 100 업종 × 26 분기).
 */
@Command(name = "query", mixinStandardHelpOptions = true, description = "Time the screen queries (p50/p95 ms) over random districts; --generate fills an empty folder at full Seoul scale.")
final class BenchQueryCommand implements Callable<Integer> {
    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Option(names = "--generate", description = "generate the full-scale synthetic set first if the folder has no sales")
    boolean generate;

    @Option(names = "--rebuild-summaries", description = "rebuild the summary tables for every quarter first (after an upgrade)")
    boolean rebuild;

    @Option(names = "--runs", defaultValue = "300", description = "timed runs per query type (default ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--warmup", defaultValue = "50", description = "untimed runs first (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--seed", defaultValue = "7")
    long seed;

    @Option(names = "--json", description = "print as JSON")
    boolean json;

    @Option(names = "--db-url", paramLabel = "URL", description = "time them on this database (e.g. a shared PostgreSQL), as the global --db-url")
    String dbUrl;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (dbUrl != null) {
            bench.main.dbUrl = dbUrl;   // `bench query --db-url …` as well as `--db-url … bench query`
        }
        AppContext ctx = bench.main.context();

        if (generate && salesRows(ctx) == 0) {
            long t0 = System.nanoTime();
            new FullScaleGenerator(ctx.database(), seed).generate(new TerminalProgress(spec.commandLine().getErr(), "generate"));
            out.printf(Locale.ROOT, "generated full-scale set in %.1f s (sales_q %,d rows)%n", (System.nanoTime() - t0) / 1e9,
                    salesRows(ctx));
        }
        if (rebuild) {
            long t0 = System.nanoTime();
            BenchData.rebuildSummaries(ctx.database());
            out.printf(Locale.ROOT, "rebuilt summaries in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        }
        QueryBenchmark b = new QueryBenchmark(ctx.database(), ctx.districts(), ctx.customers(), ctx.compare(), ctx.lookalike(),
                ctx.dataHealth());
        long t0 = System.nanoTime();
        ctx.dataHealth().report();
        double healthMs = (System.nanoTime() - t0) / 1e6;
        List<QueryBenchmark.Result> results = b.run(runs, warmup, seed);
        if (json) {
            out.println(Json.write(results));
            return MainCommand.OK;
        }
        out.printf(Locale.ROOT, "database: %s%n", ctx.database().embedded() ? "H2 (embedded)" : "PostgreSQL");
        out.printf(Locale.ROOT, "sales_q rows: %,d; health report (first, per data version): %.0f ms%n", salesRows(ctx), healthMs);
        out.printf(Locale.ROOT, "%-28s %6s %9s %9s %9s%n", "query", "runs", "p50 ms", "p95 ms", "max ms");
        for (QueryBenchmark.Result r : results) {
            out.printf(Locale.ROOT, "%-28s %6d %9.2f %9.2f %9.2f%n", r.query(), r.runs(), r.p50(), r.p95(), r.max());
        }
        return MainCommand.OK;
    }

    private static long salesRows(AppContext ctx) {
        return BenchData.salesRows(ctx.database());
    }
}
