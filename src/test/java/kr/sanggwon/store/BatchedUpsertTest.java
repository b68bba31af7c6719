package kr.sanggwon.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The import's batched writer: constants, every value type and null, INSERT replayed as upsert on a repeated key. */
class BatchedUpsertTest {
    private static final Upsert SHAPE = Upsert.into("t", List.of("code"), List.of("code", "lvl", "n", "big", "x", "blob", "label"))
            .withValue("lvl", "'D'");
    private static final List<Class<?>> TYPES = List.of(String.class, Integer.class, Long.class, Double.class, byte[].class, String.class);

    private static Connection table() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:h2:mem:");
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (code VARCHAR(10) PRIMARY KEY, lvl CHAR(1), n INTEGER, big BIGINT, x DOUBLE PRECISION,"
                    + " blob VARBINARY(100), label VARCHAR(20))");
        }
        return c;
    }

    private static List<String> rows(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT code, lvl, n, big, x, blob, label FROM t ORDER BY code")) {
            while (rs.next()) {
                byte[] b = rs.getBytes(6);
                out.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getObject(3) + "|" + rs.getObject(4) + "|" + rs.getObject(5)
                        + "|" + (b == null ? "null" : b.length) + "|" + rs.getString(7));
            }
        }
        return out;
    }

    @Test
    void writesEveryTypeNullsAndConstants() throws SQLException {
        try (Connection c = table()) {
            BatchedUpsert w = new BatchedUpsert(Transaction.on(c), SHAPE, TYPES, 2);
            w.add(new Object[] {"a", 1, 10L, 1.5, new byte[] {1, 2, 3}, "x"}, true);
            w.add(new Object[] {"b", null, null, null, null, null}, true);
            w.add(new Object[] {"a", 2, 20L, 2.5, null, "y"}, false);
            w.flush();
            w.close();
            assertThat(rows(c)).containsExactly("a|D|2|20|2.5|null|y", "b|D|null|null|null|null|null");
            assertThat(w.repeatedKey()).isFalse();
        }
    }

    @Test
    void aKeyInsertedTwiceIsReplayedInOrderAsUpsert() throws SQLException {
        try (Connection c = table()) {
            BatchedUpsert w = new BatchedUpsert(Transaction.on(c), SHAPE, TYPES);
            w.add(new Object[] {"a", 1, 1L, 1.0, null, "first"}, true);
            w.add(new Object[] {"b", 1, 1L, 1.0, null, "b"}, true);
            w.add(new Object[] {"a", 2, 2L, 2.0, null, "second"}, true);
            w.flush();
            w.close();
            assertThat(w.repeatedKey()).isTrue();
            assertThat(rows(c)).containsExactly("a|D|2|2|2.0|null|second", "b|D|1|1|1.0|null|b");
        }
    }

    @Test
    void aFailureIsADataAccessExceptionWithTheSqlState() throws SQLException {
        try (Connection c = table()) {
            BatchedUpsert w = new BatchedUpsert(Transaction.on(c), SHAPE, TYPES);
            w.add(new Object[] {"a", 1, 1L, 1.0, null, "a label far longer than twenty characters"}, false);
            assertThatThrownBy(w::flush).isInstanceOf(DataAccessException.class)
                    .satisfies(e -> assertThat(((DataAccessException) e).sqlState()).isEqualTo("22001"));
        }
    }

    @Test
    void refusesTypesThatDoNotMatchTheParameters() throws SQLException {
        try (Connection c = table()) {
            assertThatThrownBy(() -> new BatchedUpsert(Transaction.on(c), SHAPE, TYPES.subList(0, 5)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
