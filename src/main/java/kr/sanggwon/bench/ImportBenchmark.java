package kr.sanggwon.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Progress;
import kr.sanggwon.ingest.ImportResult;
import kr.sanggwon.ingest.ImportService;
import kr.sanggwon.sample.SalesBenchFile;
import kr.sanggwon.store.Database;

/**
 * bench import: writes a large 추정매출-상권 file in the official layout, imports it into a fresh database through the
 * normal importer (summaries included), and measures rows/s and peak heap; when DuckDB's JDBC driver is on the
 * classpath, times DuckDB's read_csv on the same file in the same run.
 */
public final class ImportBenchmark {
    /** What one run measured. DuckDB figures are null when the driver is not on the classpath. */
    public record Report(long rows, long fileBytes, double writeSeconds, double importSeconds, double importCpuSeconds,
                         double rowsPerSecond, long peakHeapBytes, long poolPeakBytes, long maxHeapBytes, int processors,
                         double loadAverage, String javaVersion, String duckdbVersion, Double duckdbCountSeconds,
                         Double duckdbCreateSeconds, Double duckdbCreateCpuSeconds, Long duckdbRows, long rejected,
                         double finishingSeconds) {
        /** Our import time over DuckDB's CREATE TABLE AS SELECT … read_csv time. */
        public Double ratioToDuckdb() {
            return duckdbCreateSeconds == null || duckdbCreateSeconds <= 0 ? null : importSeconds / duckdbCreateSeconds;
        }
    }

    public Report run(long rows, Path workDir, Progress progress) throws IOException, SQLException {
        Files.createDirectories(workDir);
        Path file = workDir.resolve("서울시 상권분석서비스(추정매출-상권).csv");
        progress.update(0, 3, Messages.get("bench.progress.writing", rows));
        long t0 = System.nanoTime();
        long written = SalesBenchFile.write(file, rows, 42);
        double writeSeconds = seconds(t0);
        long bytes = Files.size(file);
        progress.checkCancelled();

        progress.update(1, 3, Messages.get("bench.progress.importing"));
        System.gc();
        HeapWatch heap = new HeapWatch();
        ImportResult result;
        double importSeconds;
        double importCpu;
        FinishingClock finishing = new FinishingClock();
        double finishingSeconds;
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        // opening (Flyway) and closing the database are not part of the import: the clock runs from the first byte
        // read to the commit of the file's transaction
        try (Database db = Database.open(workDir.resolve("db"))) {
            long cpu1 = processCpuNanos();
            long t1 = System.nanoTime();
            try {
                result = new ImportService(db).importFile(file, finishing.watch(progress));
            } finally {
                heap.stop();
            }
            importSeconds = seconds(t1);
            finishingSeconds = finishing.secondsUntil(System.nanoTime());
            importCpu = (processCpuNanos() - cpu1) / 1e9;
        }

        progress.update(2, 3, Messages.get("bench.progress.duckdb"));
        String duckVersion = null;
        Double countSeconds = null;
        Double createSeconds = null;
        Double createCpu = null;
        Long duckRows = null;
        if (duckdbAvailable()) {
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
                duckVersion = c.getMetaData().getDatabaseProductVersion();
                // DuckDB has no CP949 decoder built in; latin-1 keeps every byte, and the quotes and commas the parser
                // needs are ASCII, so numbers parse exactly and only the Korean names come out garbled
                String source = "read_csv('" + file.toAbsolutePath().toString().replace("'", "''")
                        + "', header = true, encoding = 'latin-1')";
                long t2 = System.nanoTime();
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + source)) {
                    rs.next();
                    duckRows = rs.getLong(1);
                }
                countSeconds = seconds(t2);
                long cpu3 = processCpuNanos();
                long t3 = System.nanoTime();
                st.execute("CREATE TABLE sales AS SELECT * FROM " + source);
                createSeconds = seconds(t3);
                createCpu = (processCpuNanos() - cpu3) / 1e9;
            }
        }
        progress.update(3, 3, Messages.get("bench.progress.done"));
        return new Report(written, bytes, writeSeconds, importSeconds, importCpu, result.rowsImported() / importSeconds, heap.peak(),
                heap.poolPeak(), Runtime.getRuntime().maxMemory(), Runtime.getRuntime().availableProcessors(), load,
                System.getProperty("java.version"), duckVersion, countSeconds, createSeconds, createCpu, duckRows,
                result.rowsRejected(), finishingSeconds);
    }

    /** CPU time of the whole process (all threads, DuckDB's native threads included); -1 when not available. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    static boolean duckdbAvailable() {
        try {
            Class.forName("org.duckdb.DuckDBDriver");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /**
     * Notes when the importer announces its finishing stage (after the last row): summary rebuilds, the import record
     * and the commit.
     */
    private static final class FinishingClock {
        private final String finishingMessage = Messages.get("ingest.progress.finishing");
        private long startedFinishing;

        Progress watch(Progress outer) {
            return new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    if (startedFinishing == 0 && finishingMessage.equals(message)) {
                        startedFinishing = System.nanoTime();
                    }
                    outer.update(done, total, message);
                }

                @Override
                public boolean isCancelled() {
                    return outer.isCancelled();
                }
            };
        }

        double secondsUntil(long endNanos) {
            return startedFinishing == 0 ? 0 : (endNanos - startedFinishing) / 1e9;
        }
    }
}
