package kr.sanggwon.store;

/** One measure column of a catalog table: its name in the database and its value type. */
public record TableColumn(String name, ColumnType type) {
}
