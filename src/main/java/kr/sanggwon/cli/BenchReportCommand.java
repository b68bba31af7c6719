package kr.sanggwon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import kr.sanggwon.common.Progress;
import kr.sanggwon.report.ReportOptions;
import kr.sanggwon.report.ReportService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * bench report: writes the PDF report of a consultation several times (to a temporary folder that is removed) and
 * prints the first run (class loading and font parsing included) and the median of the rest, pages and file size.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Benchmark: time to write a consultation's PDF report (first run and median). Passphrase as for consult.")
final class BenchReportCommand implements Callable<Integer> {
    @ParentCommand
    BenchCommand bench;
    @Spec
    CommandSpec spec;
    @Option(names = "--consultation", required = true, paramLabel = "ID")
    long consultation;
    @Option(names = "--runs", defaultValue = "5", description = "timed runs after the first (default ${DEFAULT-VALUE})")
    int runs;
    @Option(names = "--one-page", description = "time the one-page summary instead of the full report")
    boolean onePage;

    @Override
    public Integer call() throws IOException {
        CasePassphrase.unlock(bench.main);
        ReportService reports = bench.main.context().report();
        ReportOptions options = new ReportOptions(Locale.KOREAN, onePage);
        Path dir = Files.createTempDirectory("sanggwon-bench-report");
        try {
            Path out = dir.resolve("bench-report.pdf");
            long t0 = System.nanoTime();
            reports.write(consultation, out, options, Progress.NONE);
            double first = (System.nanoTime() - t0) / 1e6;
            double[] ms = new double[Math.max(1, runs)];
            double[] cpu = new double[ms.length];
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int i = 0; i < ms.length; i++) {
                long s = System.nanoTime();
                long c = threads.getCurrentThreadCpuTime();
                reports.write(consultation, out, options, Progress.NONE);
                ms[i] = (System.nanoTime() - s) / 1e6;
                cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
            }
            Arrays.sort(ms);
            Arrays.sort(cpu);
            int pages;
            try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                pages = doc.getNumberOfPages();
            }
            PrintWriter pw = spec.commandLine().getOut();
            pw.printf("report%s: %d pages, %.0f KB; first run %.0f ms (font loading included), then median %.0f ms wall"
                    + " (%.0f ms CPU of this thread), max %.0f ms over %d runs%n", onePage ? " --one-page" : "", pages,
                    Files.size(out) / 1024.0, first, ms[ms.length / 2], cpu[cpu.length / 2], ms[ms.length - 1], ms.length);
            return MainCommand.OK;
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }
}
