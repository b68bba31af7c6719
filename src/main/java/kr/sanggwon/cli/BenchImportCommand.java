package kr.sanggwon.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import kr.sanggwon.bench.ImportBenchmark;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** bench import: a 1M-row 추정매출 file imported into a fresh database; DuckDB read_csv on the same file when present. */
@Command(name = "import", mixinStandardHelpOptions = true, description = {"Write a 추정매출-상권 file (CP949, quoted, as published), import it into a fresh",
        "database and print rows/s, seconds and peak heap; with DuckDB's JDBC driver on the classpath also time",
        "DuckDB read_csv on the same file (scripts/bench-import.sh)."})
final class BenchImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--rows", description = "data rows in the file (default ${DEFAULT-VALUE})")
    long rows = 1_000_000;

    @Option(names = "--dir", description = "work folder (default: a temporary folder, deleted afterwards)")
    Path dir;

    @Option(names = "--keep", description = "keep the file and database")
    boolean keep;

    @Option(names = "--json", description = "print as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        Path work = dir != null ? dir : Files.createTempDirectory("sanggwon-bench");
        TerminalProgress progress = new TerminalProgress(spec.commandLine().getErr(), "bench import");
        ImportBenchmark.Report r;
        try {
            r = new ImportBenchmark().run(rows, work, progress);
        } finally {
            progress.end();
            if (!keep) {
                deleteTree(work);
            }
        }
        if (json) {
            out.println(Json.write(r));
            return MainCommand.OK;
        }
        out.println(Messages.get("bench.import.machine", r.processors(), r.javaVersion(), r.maxHeapBytes() / (1024 * 1024),
                Formats.number(r.loadAverage(), 1)));
        out.println(Messages.get("bench.import.file", r.rows(), Formats.number(r.fileBytes() / 1048576.0, 1), Formats.number(r.writeSeconds(), 1)));
        out.println(Messages.get("bench.import.result", Formats.number(r.importSeconds(), 2), Formats.number(r.rowsPerSecond(), 0),
                r.rejected(), Formats.number(r.importCpuSeconds(), 2), Formats.number(r.rows() / r.importCpuSeconds(), 0)));
        out.println(Messages.get("bench.import.stages", Formats.number(r.importSeconds() - r.finishingSeconds(), 2),
                Formats.number(r.finishingSeconds(), 2)));
        out.println(Messages.get("bench.import.heap", r.peakHeapBytes() / (1024 * 1024), r.poolPeakBytes() / (1024 * 1024)));
        if (r.duckdbVersion() == null) {
            out.println(Messages.get("bench.import.noDuckdb"));
        } else {
            out.println(Messages.get("bench.import.duckdb", r.duckdbVersion(), Formats.number(r.duckdbCountSeconds(), 2),
                    Formats.number(r.duckdbCreateSeconds(), 2), r.duckdbRows(), Formats.number(r.ratioToDuckdb(), 2),
                    Formats.number(r.duckdbCreateCpuSeconds(), 2), Formats.number(r.importCpuSeconds() / r.duckdbCreateCpuSeconds(), 2)));
        }
        return MainCommand.OK;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
