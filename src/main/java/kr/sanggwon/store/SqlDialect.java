package kr.sanggwon.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The SQL that differs between the databases the app can run on. Features describe what they write ({@link Upsert})
 * and ask the dialect of their connection for the statement, so adding a database means adding an implementation
 * here, not editing features. Everything else the app writes is portable SQL.
 */
public interface SqlDialect {

    /** A short name for messages and logs, e.g. "H2". */
    String name();

    /** The statement for {@code upsert}, with its parameters in the order of {@link Upsert#columns()}. */
    String upsert(Upsert upsert);

    /** An expression that draws the next value of {@code sequence} (for {@code SELECT <expression>}). */
    String nextValue(String sequence);

    /** The dialect of the database behind {@code connection}. */
    static SqlDialect of(Connection connection) throws SQLException {
        return forProduct(connection.getMetaData().getDatabaseProductName());
    }

    /** The dialect for a JDBC product name ({@code DatabaseMetaData.getDatabaseProductName()}). */
    static SqlDialect forProduct(String productName) {
        if (H2Dialect.PRODUCT.equalsIgnoreCase(productName)) {
            return H2Dialect.INSTANCE;
        }
        if (PostgresDialect.PRODUCT.equalsIgnoreCase(productName)) {
            return PostgresDialect.INSTANCE;
        }
        throw new StoreException("store.unsupportedDatabase", productName);
    }
}
