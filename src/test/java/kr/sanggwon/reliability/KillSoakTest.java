package kr.sanggwon.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import kr.sanggwon.TestData;
import kr.sanggwon.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a child saving case files, importing and removing small files, taking backups and changing the
 * passphrase ({@link KillSoak}): {@code -Dcrash.kills=N} rounds (default 10 in the suite, see docs/RELIABILITY.md for why
 * not 100 yet; {@code scripts/crash-soak.sh} runs
 * 1,000), {@code -Dcrash.seed=S}, {@code -Dcrash.tally=FILE} for a line per round (a stopped soak still says how far it
 * got). See docs/RELIABILITY.md.
 */
class KillSoakTest {
    static final Path RESIDENT = TestData.seoul("상주인구-상권");
    static final Path SALES = TestData.MULTI.resolve("서울시 상권분석서비스(추정매출-상권)_커피-음료_20233-20243.csv");

    @TempDir
    Path dir;

    @Test
    void everyKilledChildLeavesReportedSavesIntactImportsWholeAndBackupsSound() throws Exception {
        int kills = Integer.getInteger("crash.kills", 10);
        long seed = Long.getLong("crash.seed", System.nanoTime());
        String tally = System.getProperty("crash.tally");
        KillSoak soak = new KillSoak(dir, TestData.require(RESIDENT), TestData.require(SALES), seed,
                tally == null || tally.isBlank() ? null : Path.of(tally));
        soak.setUp();
        for (int i = 0; i < kills; i++) {
            soak.round(i);
        }
        soak.finish();
        KillSoak.Tally t = soak.tally();
        System.getLogger(KillSoakTest.class.getName()).log(System.Logger.Level.INFO, "kill soak: " + t + ", seed " + seed);
        assertThat(t.kills).isEqualTo(kills);
        assertThat(t.savesReported()).isPositive();
    }

    @Test
    void theCheckFailsWhenAReportedSaveIsLostOrAnImportIsHalfThere() throws Exception {
        KillSoak soak = new KillSoak(dir, TestData.require(RESIDENT), TestData.require(SALES), 7, null);
        soak.setUp();
        soak.round(0);
        assertThat(soak.tally().clients).isPositive();
        // a reported client lost: the next round's check must say so
        try (Database db = Database.open(soak.workspace()); Connection c = db.connection(); Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM consult_scenario");
            st.executeUpdate("DELETE FROM consult_consultation");
            st.executeUpdate("DELETE FROM consult_client WHERE id = (SELECT MIN(id) FROM consult_client)");
        }
        assertThatThrownBy(() -> soak.round(1)).hasMessageContaining("is missing");
    }
}
