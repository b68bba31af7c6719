package kr.sanggwon.ingest;

import java.sql.SQLException;
import java.util.SortedSet;

/** Turns the data rows of one detected CSV file into database writes inside the import transaction. */
interface RowHandler {
    void handle(String[] row) throws RowRejected, SQLException;

    /** Flushes pending writes and completes related tables (districts, industries, summaries). */
    void finish() throws SQLException;

    /** Quarters seen in accepted rows (empty for files without a period). */
    SortedSet<Integer> quarters();
}
