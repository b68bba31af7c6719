package kr.sanggwon.ingest;

/** Reading single cells of a CSV row the same way in every row handler; a bad cell rejects the row with its column. */
final class RowCells {
    private RowCells() {
    }

    /** A district, 행정동 or industry code (letters and digits). */
    static String code(HeaderIndex header, String[] row, int idx) throws RowRejected {
        try {
            return ValueParser.code(row[idx] == null ? "" : row[idx]);
        } catch (ValueParser.BadValue e) {
            throw new RowRejected(header.name(idx), row[idx], e.reasonKey);
        }
    }

    /** The stripped text, or null when the column is absent or the cell blank. */
    static String text(String[] row, int idx) {
        return idx < 0 || row[idx] == null || row[idx].isBlank() ? null : row[idx].strip();
    }

    /**
     * A whole number as an {@link Integer} ({@code asInt}) or {@link Long}, or null for an absent column or empty
     * cell; a cell that is no number rejects the row.
     */
    static Object wholeNumber(HeaderIndex header, String[] row, int idx, boolean asInt) throws RowRejected {
        String raw = idx < 0 ? null : row[idx];
        if (ValueParser.isEmpty(raw)) {
            return null;
        }
        try {
            long v = ValueParser.parseLong(raw);
            return asInt ? (Object) (int) v : (Object) v;
        } catch (ValueParser.BadValue e) {
            throw new RowRejected(header.name(idx), raw, e.reasonKey);
        }
    }
}
