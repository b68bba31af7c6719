package kr.sanggwon.ingest;

/** One row could not be used; it goes to the rejects file with the column, value and reason. */
final class RowRejected extends Exception {
    final String column;
    final String value;
    final String reasonKey;

    RowRejected(String column, String value, String reasonKey) {
        super(reasonKey, null, false, false);
        this.column = column;
        this.value = value;
        this.reasonKey = reasonKey;
    }
}
