package kr.sanggwon.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import kr.sanggwon.store.DataVersionService.Cause;
import kr.sanggwon.store.DataVersionService.Change;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data version's change events: announced changes, changes found by a poll, holds, subscriptions. */
class DataVersionServiceTest {
    /** The version as another app instance on the same shared database would move it. */
    private final AtomicLong stored = new AtomicLong(3);
    private final DataVersionService versions = new DataVersionService(stored::get);
    private final List<Change> heard = new ArrayList<>();

    @Test
    void anAnnouncedChangeTellsEveryListenerTheNewVersionAndWhy() {
        versions.subscribe(heard::add);
        stored.set(4);
        versions.changed(Cause.IMPORT);
        assertThat(heard).containsExactly(new Change(4, Cause.IMPORT));
    }

    @Test
    void aPollFindsAChangeMadeElsewhereOnceAndNothingWhenTheVersionStayed() throws SQLException {
        versions.subscribe(heard::add);
        assertThat(versions.poll()).as("the first look only learns the version").isFalse();
        assertThat(versions.poll()).isFalse();
        stored.set(9);   // another instance imported
        assertThat(versions.poll()).isTrue();
        assertThat(versions.poll()).isFalse();
        assertThat(heard).containsExactly(new Change(9, Cause.ELSEWHERE));
    }

    @Test
    void aChangeThisAppAnnouncedIsNotFoundAgainByTheNextPoll() throws SQLException {
        versions.subscribe(heard::add);
        versions.poll();
        stored.set(5);
        versions.changed(Cause.IMPORT);
        assertThat(versions.poll()).isFalse();
        assertThat(heard).extracting(Change::cause).containsExactly(Cause.IMPORT);
    }

    @Test
    void aHoldTellsItsChangesOnceWhenItEndsAndNothingWhenNothingChanged() {
        versions.subscribe(heard::add);
        try (DataVersionService.Subscription outer = versions.hold(Cause.SAMPLE)) {
            try (DataVersionService.Subscription inner = versions.hold(Cause.IMPORT)) {
                for (int i = 0; i < 5; i++) {
                    stored.incrementAndGet();
                    versions.changed(Cause.IMPORT);
                }
            }
            assertThat(heard).as("the inner hold ends inside the outer one").isEmpty();
        }
        assertThat(heard).containsExactly(new Change(8, Cause.SAMPLE));
        versions.hold(Cause.SAMPLE).close();
        assertThat(heard).hasSize(1);
    }

    @Test
    void aClosedSubscriptionHearsNothingAndAFailingListenerDoesNotStopTheOthers() {
        DataVersionService.Subscription s = versions.subscribe(heard::add);
        List<Change> other = new ArrayList<>();
        versions.subscribe(c -> {
            throw new IllegalStateException("a broken screen");
        });
        versions.subscribe(other::add);
        s.close();
        versions.changed(Cause.IMPORT);
        assertThat(heard).isEmpty();
        assertThat(other).hasSize(1);
    }

    @Test
    void theDatabaseVersionIsTheLatestImportBatchAndGoesUpWithAnImport(@TempDir Path dir) throws SQLException {
        try (Database db = Database.open(dir)) {
            db.versions().subscribe(heard::add);
            assertThat(db.versions().current()).isZero();
            assertThat(db.versions().poll()).isFalse();
            long id;
            try (var c = db.connection(); var st = c.createStatement()) {
                st.executeUpdate("INSERT INTO import_batch (file_name, sha256, dataset, rows_read, rows_imported, rows_rejected,"
                        + " started_at, finished_at) VALUES ('a.csv', '-', 'SALES_T', 1, 1, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
                try (var rs = st.executeQuery("SELECT MAX(id) FROM import_batch")) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            assertThat(db.versions().poll()).isTrue();
            assertThat(heard).containsExactly(new Change(id, Cause.ELSEWHERE));
            assertThat(id).isPositive();
        }
    }

    @Test
    void onASharedPostgresqlASecondInstanceFindsTheFirstOnesImport(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(PgTestDatabase.serverUrl().isPresent(), PgTestDatabase.ENV + " not set");
        kr.sanggwon.common.Messages.setLocale(java.util.Locale.KOREAN);
        try (PgTestDatabase pg = PgTestDatabase.create(); Database first = Database.open(dir.resolve("a"), pg.location());
             Database second = Database.open(dir.resolve("b"), pg.location())) {
            List<Change> firstHeard = new ArrayList<>();
            first.versions().subscribe(firstHeard::add);
            second.versions().subscribe(heard::add);
            assertThat(second.versions().poll()).isFalse();
            new kr.sanggwon.ingest.ImportService(first).importFile(
                    kr.sanggwon.TestData.require(kr.sanggwon.TestData.seoul("상주인구-상권")), kr.sanggwon.common.Progress.NONE);
            assertThat(firstHeard).extracting(Change::cause).containsExactly(Cause.IMPORT);
            assertThat(second.versions().poll()).isTrue();
            assertThat(heard).containsExactly(new Change(firstHeard.get(0).version(), Cause.ELSEWHERE));
        }
    }
}
