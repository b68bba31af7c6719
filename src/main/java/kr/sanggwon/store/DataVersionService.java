package kr.sanggwon.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data version of one database: the id of the latest import batch (0 when nothing was imported), and the one
 * place that tells whoever caches data that it changed (ADR 0020).
 * <p>
 * It goes up with every import, so caches and stored models compare it to know whether the data they were built from
 * is still current. Writers announce what they did ({@link #changed(Cause)}: the import service after each commit, the
 * sample loader after a load or a reset); a change made elsewhere (another app instance on a shared PostgreSQL) is
 * found by {@link #poll()}, which the app calls every few seconds while it is idle. Listeners run on the thread that
 * announced or polled: a listener that touches the screen hops to the UI thread itself.
 * <p>
 * Opening another workspace opens another {@link Database} with its own service, so a switch needs no event: the
 * window, its screens and the core caches of the old database are dropped with it.
 */
public final class DataVersionService {
    private static final Logger LOG = LoggerFactory.getLogger(DataVersionService.class);

    /** Why the data changed. */
    public enum Cause {
        /** A file was imported in this app. */
        IMPORT,
        /** The bundled sample was loaded or the workspace reset to it. */
        SAMPLE,
        /** Someone else changed the data (another app instance on a shared database), found by {@link #poll()}. */
        ELSEWHERE
    }

    /** One change: the version now and why it changed. */
    public record Change(long version, Cause cause) {
    }

    /** Where the version is read from (the database; a test double in tests). */
    @FunctionalInterface
    public interface Source {
        long read() throws SQLException;
    }

    /** Ends a subscription. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private final Source source;
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    /** The version last read or announced; -1 before the first read. */
    private long known = -1;
    private int holds;
    private boolean held;
    private Cause holdCause;

    public DataVersionService(Source source) {
        this.source = source;
    }

    /** The service of {@code database}: the version read with the query below. */
    static DataVersionService of(Database database) {
        return new DataVersionService(() -> {
            try (Connection c = database.connection()) {
                return read(c);
            }
        });
    }

    /** The version read on an open connection (so it matches what that connection reads next). */
    public static long read(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) FROM import_batch")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** The version now (one cheap query); remembered, so a later {@link #poll()} compares with it. */
    public long current() throws SQLException {
        long v = source.read();
        synchronized (this) {
            known = v;
        }
        return v;
    }

    /** Calls {@code listener} after every change from now on, until the returned subscription is closed. */
    public Subscription subscribe(Consumer<Change> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * This app changed the data ({@code cause}): reads the new version and tells every listener. Inside a
     * {@link #hold}, the listeners hear of it once, when the hold ends.
     */
    public void changed(Cause cause) {
        synchronized (this) {
            if (holds > 0) {
                held = true;
                return;
            }
        }
        fire(cause);
    }

    /**
     * Reads the version and, when it differs from the one last seen, tells every listener that the data changed
     * elsewhere. Returns true when it did. The first poll only learns the version.
     */
    public boolean poll() throws SQLException {
        long v = source.read();
        synchronized (this) {
            long before = known;
            known = v;
            if (before < 0 || before == v || holds > 0) {
                return false;
            }
        }
        tell(new Change(v, Cause.ELSEWHERE));
        return true;
    }

    /**
     * Work that changes the data several times (the sample's files imported one after another): listeners hear of
     * it once, as {@code cause}, when the returned hold is closed (if anything changed), not after every file. Holds
     * nest; the outermost one's cause is told.
     */
    public Subscription hold(Cause cause) {
        synchronized (this) {
            if (holds == 0) {
                holdCause = cause;
                held = false;
            }
            holds++;
        }
        boolean[] closed = new boolean[1];
        return () -> {
            Cause told;
            synchronized (this) {
                if (closed[0]) {
                    return;
                }
                closed[0] = true;
                holds--;
                if (holds > 0 || !held) {
                    return;
                }
                held = false;
                told = holdCause;
            }
            fire(told);
        };
    }

    private void fire(Cause cause) {
        long v;
        try {
            v = source.read();
        } catch (SQLException e) {
            // the listeners must still hear of the change: they re-read what they need themselves
            LOG.warn("cannot read the data version after a change: {}", e.toString());
            v = -1;
        }
        synchronized (this) {
            known = v;
        }
        tell(new Change(v, cause));
    }

    private void tell(Change change) {
        for (Consumer<Change> l : listeners) {
            try {
                l.accept(change);
            } catch (RuntimeException e) {
                // one listener's fault must not keep the others (or the import that announced) from going on
                LOG.warn("a data-version listener failed: {}", e.toString());
            }
        }
    }
}
