package kr.sanggwon.store;

import java.sql.Types;

/** The value types of the catalog's measure columns, with the JDBC type used to bind a null of each. */
public enum ColumnType {
    LONG(Types.BIGINT), DOUBLE(Types.DOUBLE), TEXT(Types.VARCHAR);

    private final int sqlType;

    ColumnType(int sqlType) {
        this.sqlType = sqlType;
    }

    /** The {@link java.sql.Types} code. */
    public int sqlType() {
        return sqlType;
    }
}
