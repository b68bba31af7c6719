package kr.sanggwon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import kr.sanggwon.Launcher;
import kr.sanggwon.TestData;
import kr.sanggwon.common.Level;
import kr.sanggwon.common.Progress;
import kr.sanggwon.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: an import runs in a child JVM (the real CLI) and is killed with SIGKILL at random moments; each
 * time the database must reopen and hold either all or none of the file's rows, with earlier data intact.
 * {@code -Dcrash.kills=N} (default 5) sets the number of kills, {@code -Dcrash.seed=S} the random seed; see
 * docs/RELIABILITY.md and scripts/crash-soak.sh for the long soak.
 */
class CrashSafetyTest {
    /**
     * A 3.4 MB file (killed inside its row loop), a 50-row file and a 5,444-row 추정매출 file (killed before, during or
     * after its commit), in turn.
     */
    private static final Path BIG = TestData.seoul("집객시설-상권");
    private static final long BIG_ROWS = 29982;
    private static final Path SMALL = TestData.seoul("상주인구-상권");
    private static final long SMALL_ROWS = 50;
    /** A 추정매출 file: its summaries are written while the rows stream, so they must commit with the rows or not at all. */
    private static final Path SALES = TestData.MULTI.resolve("서울시 상권분석서비스(추정매출-상권)_커피-음료_20233-20243.csv");
    private static final long SALES_ROWS = 5444;

    @TempDir
    Path dir;

    @Test
    void killedImportLeavesAllOrNoneOfTheFileAndEarlierDataIntact() throws Exception {
        int kills = Integer.getInteger("crash.kills", 4);
        long seed = Long.getLong("crash.seed", System.nanoTime());
        Random random = new Random(seed);
        String before;
        try (Database db = Database.open(dir)) {
            new ImportService(db).importFile(TestData.require(TestData.seoul("영역-상권")), Progress.NONE);
            before = new DbProbe(db).dump("SELECT * FROM district");
        }
        int none = 0;
        int all = 0;
        ExecutorService drain = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "child-output");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int i = 0; i < kills; i++) {
                boolean big = i % 3 == 0;
                boolean sales = i % 3 == 2;
                Process child = start(TestData.require(big ? BIG : sales ? SALES : SMALL));
                CountDownLatch importing = new CountDownLatch(1);
                InputStream out = child.getInputStream();
                drain.submit(() -> {
                    byte[] buf = new byte[4096];
                    int n;
                    while ((n = out.read(buf)) > 0) {
                        if (new String(buf, 0, n, StandardCharsets.UTF_8).contains("%")) {
                            importing.countDown();
                        }
                    }
                    return null;
                });
                if (big) {
                    // at a random moment after the first progress report: inside the row loop or while committing
                    importing.await(60, TimeUnit.SECONDS);
                    Thread.sleep(random.nextInt(1500));
                } else {
                    // at a random moment from JVM start: start-up, opening the database, the import, or after it
                    Thread.sleep(300 + random.nextInt(4000));
                }
                child.destroyForcibly();
                child.waitFor(30, TimeUnit.SECONDS);
                try (Database db = Database.open(dir)) {
                    DbProbe probe = new DbProbe(db);
                    long bigRows = probe.count("SELECT COUNT(*) FROM facility_q");
                    long smallRows = probe.count("SELECT COUNT(*) FROM resident_q");
                    long salesRows = probe.count("SELECT COUNT(*) FROM sales_q");
                    assertThat(bigRows).as("kill %d (seed %d)", i, seed).isIn(0L, BIG_ROWS);
                    assertThat(smallRows).as("kill %d (seed %d)", i, seed).isIn(0L, SMALL_ROWS);
                    assertThat(salesRows).as("kill %d (seed %d)", i, seed).isIn(0L, SALES_ROWS);
                    assertThat(probe.count("SELECT COUNT(*) FROM import_batch WHERE dataset = 'SALES_T'") > 0).isEqualTo(salesRows > 0);
                    // the summaries written during the row pass are all there exactly when the rows are
                    assertThat(probe.count("SELECT COUNT(*) FROM industry_district_kpi")).as("cells, kill %d (seed %d)", i, seed)
                            .isEqualTo(salesRows);
                    assertThat(probe.count("SELECT COUNT(*) FROM district_quarter_kpi")).as("districts, kill %d (seed %d)", i, seed)
                            .isEqualTo(probe.count("SELECT COUNT(*) FROM (SELECT DISTINCT district_code, quarter FROM sales_q)"));
                    assertThat(probe.count("SELECT COUNT(*) FROM industry_quarter_kpi")).as("industries, kill %d (seed %d)", i, seed)
                            .isEqualTo(probe.count("SELECT COUNT(*) FROM (SELECT DISTINCT industry_code, quarter FROM sales_q)"));
                    assertThat(probe.count("SELECT COUNT(*) FROM import_batch WHERE dataset = 'FACILITY_T'") > 0).isEqualTo(bigRows > 0);
                    assertThat(probe.count("SELECT COUNT(*) FROM import_batch WHERE dataset = 'RESIDENT_T'") > 0).isEqualTo(smallRows > 0);
                    assertThat(probe.count("SELECT COUNT(*) FROM import_batch WHERE sha256 = ''")).isZero();
                    assertThat(probe.dump("SELECT * FROM district")).as("earlier data, kill %d (seed %d)", i, seed).isEqualTo(before);
                    if ((big ? bigRows : sales ? salesRows : smallRows) == 0) {
                        none++;
                    } else {
                        all++;
                    }
                    // start the next round without the file again, so a later kill can still lose it
                    try (var c = db.connection(); var st = c.createStatement()) {
                        if (sales) {
                            for (String t : List.of("sales_q", "industry_district_kpi", "district_quarter_kpi", "industry_quarter_kpi")) {
                                st.executeUpdate("DELETE FROM " + t);
                            }
                        }
                        st.executeUpdate("DELETE FROM " + (big ? "facility_q" : sales ? "sales_q" : "resident_q"));
                        st.executeUpdate("DELETE FROM import_batch WHERE dataset = '" + (big ? "FACILITY_T" : sales ? "SALES_T" : "RESIDENT_T") + "'");
                    }
                }
            }
        } finally {
            drain.shutdownNow();
        }
        // every outcome was all or none; report the split for docs/RELIABILITY.md
        System.getLogger(CrashSafetyTest.class.getName()).log(System.Logger.Level.INFO,
                "crash test: " + kills + " kills, " + none + " none, " + all + " all, seed " + seed);
        assertThat(none + all).isEqualTo(kills);
    }

    private Process start(Path file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", cp,
                Launcher.class.getName(), "--data-dir", dir.toString(), "import", file.toAbsolutePath().toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }
}
