package kr.sanggwon.ingest;

import java.io.IOException;

/** Rows of a tabular file (CSV or JSON records) as string arrays: first the header, then the data rows. */
interface RowSource {
    /** The header names, or null when the file has none. */
    String[] header() throws IOException;

    /** The next data row (same length as the header unless the file is damaged), or null at the end. */
    String[] next() throws IOException;

    /** 1-based line number of the row last returned. */
    long line();

    void close();
}
