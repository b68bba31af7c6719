package kr.sanggwon.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import kr.sanggwon.AppContext;
import kr.sanggwon.TestData;
import kr.sanggwon.cli.MainCommand;
import kr.sanggwon.common.Progress;
import kr.sanggwon.store.BackupArchive;
import kr.sanggwon.store.BackupFolder;
import kr.sanggwon.store.BackupReason;
import kr.sanggwon.store.StoreException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups of a workspace with real rows: taken before imports, checked, restored through the CLI, damaged ones refused. */
class BackupRestoreTest {
    private static final Path SALES = TestData.MULTI.resolve("서울시 상권분석서비스(추정매출-상권)_커피-음료_20233-20243.csv");
    private static final Path STORES = TestData.MULTI.resolve("서울시 상권분석서비스(점포-상권)_커피-음료_20233-20243.csv");

    @TempDir
    Path dir;
    Path ws;

    @BeforeEach
    void importSales() throws Exception {
        ws = dir.resolve("ws");
        try (AppContext app = AppContext.openFolder(ws)) {
            app.importService().importFile(TestData.require(SALES), Progress.NONE);
            // the first import of an empty workspace has nothing to lose: no backup
            assertThat(app.backups().list()).isEmpty();
            app.importService().importFile(TestData.require(STORES), Progress.NONE);
            assertThat(app.backups().list()).extracting(BackupFolder.Entry::reason).containsExactly(BackupReason.IMPORT);
        }
    }

    @Test
    void aBackupPassesEveryCheckAndRestoresTheRowsLost() throws Exception {
        Path backup;
        try (AppContext app = AppContext.openFolder(ws)) {
            backup = app.backups().backup(BackupReason.MANUAL).file();
            VerifyReport r = app.backups().verify(backup);
            assertThat(r.checks()).extracting(VerifyReport.Check::key)
                    .containsExactly("checksum", "schema", "foreignKeys", "summaries", "models");
            assertThat(r.ok()).as(r.toString()).isTrue();
            assertThat(app.backups().verifyCurrent().ok()).isTrue();
            exec(app, "DELETE FROM sales_q");
            assertThat(count(app, "SELECT COUNT(*) FROM sales_q")).isZero();
        }
        Cli cli = cli("--data-dir", ws.toString(), "restore", backup.toString());
        assertThat(cli.code).as("restore without --yes").isEqualTo(MainCommand.USER_ERROR);
        cli = cli("--lang", "en", "--data-dir", ws.toString(), "restore", backup.toString(), "--yes");
        assertThat(cli.code).as(cli.err).isZero();
        assertThat(cli.out).contains("Restored");
        try (AppContext app = AppContext.openFolder(ws)) {
            assertThat(count(app, "SELECT COUNT(*) FROM sales_q")).isEqualTo(5_444);
            // the state before the restore is itself kept
            assertThat(app.backups().list()).extracting(BackupFolder.Entry::reason).contains(BackupReason.RESTORE);
        }
    }

    @Test
    void aFlippedBitOrATruncatedFileIsRefusedAndNothingChanges() throws Exception {
        Path backup;
        try (AppContext app = AppContext.openFolder(ws)) {
            backup = app.backups().backup(BackupReason.MANUAL).file();
        }
        long size = Files.size(backup);
        Path flipped = dir.resolve("flipped.sgbak");
        Files.copy(backup, flipped);
        try (RandomAccessFile f = new RandomAccessFile(flipped.toFile(), "rw")) {
            long at = size / 2;
            f.seek(at);
            int b = f.read();
            f.seek(at);
            f.write(b ^ 0x10);
        }
        Path truncated = dir.resolve("truncated.sgbak");
        Files.write(truncated, java.util.Arrays.copyOf(Files.readAllBytes(backup), (int) (size - 100)));
        for (Path bad : new Path[] {flipped, truncated}) {
            assertThatThrownBy(() -> BackupArchive.check(bad)).isInstanceOf(StoreException.class);
            VerifyReport r = BackupVerifier.verify(bad);
            assertThat(r.ok()).isFalse();
            assertThat(r.checks().get(0).key()).isEqualTo("checksum");
            try (AppContext app = AppContext.openFolder(ws)) {
                exec(app, "DELETE FROM stores_q");
            }
            Cli cli = cli("--lang", "en", "--data-dir", ws.toString(), "restore", bad.toString(), "--yes");
            assertThat(cli.code).as(bad + ": " + cli.out + cli.err).isEqualTo(MainCommand.BAD_INPUT);
            assertThat(cli.err).contains("damaged").contains("Nothing was changed");
            try (AppContext app = AppContext.openFolder(ws)) {
                assertThat(count(app, "SELECT COUNT(*) FROM stores_q")).as("not restored").isZero();
                assertThat(count(app, "SELECT COUNT(*) FROM sales_q")).isEqualTo(5_444);
            }
            cli = cli("--lang", "en", "--data-dir", ws.toString(), "verify", bad.toString());
            assertThat(cli.code).isEqualTo(MainCommand.BAD_INPUT);
            assertThat(cli.out).contains("FAIL").contains("checksum");
        }
    }

    @Test
    void verifyFindsSummariesThatNoLongerMatchTheirRows() throws Exception {
        try (AppContext app = AppContext.openFolder(ws)) {
            exec(app, "UPDATE district_quarter_kpi SET sales_amt = sales_amt + 1 WHERE ROWNUM() = 1");
            VerifyReport r = app.backups().verifyCurrent();
            assertThat(r.ok()).isFalse();
            assertThat(r.checks()).filteredOn(c -> !c.ok()).extracting(VerifyReport.Check::key).containsExactly("summaries");
        }
        Cli cli = cli("--lang", "en", "--data-dir", ws.toString(), "verify");
        assertThat(cli.code).isEqualTo(MainCommand.BAD_INPUT);
        assertThat(cli.out).contains("FAIL  summaries against their source rows: district_quarter_kpi");
    }

    @Test
    void rotationKeepsTheNewestOfEachReasonAndDailyIsTakenOncePerDay() throws Exception {
        try (AppContext app = AppContext.openFolder(ws)) {
            for (int i = 0; i < BackupReason.IMPORT.kept() + 2; i++) {
                app.backups().beforeImport();
            }
            assertThat(app.backups().dailyIfDue(LocalDateTime.now())).isPresent();
            assertThat(app.backups().dailyIfDue(LocalDateTime.now())).isEmpty();
            assertThat(app.backups().dailyIfDue(LocalDateTime.now().plusHours(25))).isPresent();
            var list = app.backups().list();
            assertThat(list).filteredOn(e -> e.reason() == BackupReason.IMPORT).hasSize(BackupReason.IMPORT.kept());
            assertThat(list).filteredOn(e -> e.reason() == BackupReason.DAILY).hasSize(2);
            try (var files = Files.list(ws.resolve(BackupFolder.NAME))) {
                assertThat(files.map(f -> f.getFileName().toString())).allMatch(n -> n.endsWith(BackupArchive.EXTENSION));
            }
        }
    }

    private static void exec(AppContext app, String sql) throws Exception {
        try (Connection c = app.database().connection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static long count(AppContext app, String sql) throws Exception {
        try (Connection c = app.database().connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private record Cli(int code, String out, String err) {
    }

    private static Cli cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MainCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Cli(code, out.toString(), err.toString());
    }
}
