package kr.sanggwon.store;

/** H2: {@code MERGE INTO … KEY (…) VALUES (…)}, which updates every given column of a row whose key exists. */
public final class H2Dialect implements SqlDialect {
    static final String PRODUCT = "H2";
    public static final H2Dialect INSTANCE = new H2Dialect();

    private H2Dialect() {
    }

    @Override
    public String name() {
        return PRODUCT;
    }

    @Override
    public String nextValue(String sequence) {
        return "NEXT VALUE FOR " + sequence;
    }

    @Override
    public String upsert(Upsert u) {
        return "MERGE INTO " + u.table() + " (" + String.join(", ", u.columns()) + ") KEY ("
                + String.join(", ", u.keyColumns()) + ") VALUES (" + String.join(", ", u.values()) + ")";
    }
}
