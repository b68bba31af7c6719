package kr.sanggwon.store;

import java.sql.Types;

/** The value types of the catalog's measure columns, with the JDBC type used to bind a null of each. */
public enum ColumnType {
    LONG(Types.BIGINT), DOUBLE(Types.DOUBLE), TEXT(Types.VARCHAR);

    private final int sqlType;

    ColumnType(int sqlType) {
        this.sqlType = sqlType;
    }

    /** The Java type of a value of this column, as {@link BatchedUpsert} binds it. */
    public Class<?> javaType() {
        return switch (this) {
            case LONG -> Long.class;
            case DOUBLE -> Double.class;
            case TEXT -> String.class;
        };
    }

    /** The {@link java.sql.Types} code. */
    public int sqlType() {
        return sqlType;
    }
}
