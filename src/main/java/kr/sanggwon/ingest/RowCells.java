package kr.sanggwon.ingest;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

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

    /** Binds a whole number (INTEGER or BIGINT) or NULL for an absent column or empty cell. */
    static void setWholeNumber(PreparedStatement ps, int p, HeaderIndex header, String[] row, int idx, boolean asInt)
            throws RowRejected, SQLException {
        String raw = idx < 0 ? null : row[idx];
        if (ValueParser.isEmpty(raw)) {
            ps.setNull(p, asInt ? Types.INTEGER : Types.BIGINT);
            return;
        }
        try {
            long v = ValueParser.parseLong(raw);
            if (asInt) {
                ps.setInt(p, (int) v);
            } else {
                ps.setLong(p, v);
            }
        } catch (ValueParser.BadValue e) {
            throw new RowRejected(header.name(idx), raw, e.reasonKey);
        }
    }
}
