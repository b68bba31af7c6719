package kr.sanggwon.ingest;

import java.util.SortedSet;

/**
 * Turns the data rows of one detected CSV file into database writes inside the import transaction (through the
 * ingest repositories; a database failure arrives as {@link kr.sanggwon.store.DataAccessException}).
 */
interface RowHandler {
    void handle(String[] row) throws RowRejected;

    /** Flushes pending writes and completes related tables (districts, industries, summaries). */
    void finish();

    /** Quarters seen in accepted rows (empty for files without a period). */
    SortedSet<Integer> quarters();
}
