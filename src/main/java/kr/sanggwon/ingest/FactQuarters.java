package kr.sanggwon.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * Which quarters a per-industry fact table (sales_q, stores_q) holds, read from its (industry_code, quarter) index
 * by skipping from one distinct key to the next: one index seek per industry × quarter present, never a scan of
 * the rows. An import asks before its first row, so it knows which of its quarters are new to the table.
 */
final class FactQuarters {
    private FactQuarters() {
    }

    static Set<Integer> present(Connection c, String table) throws SQLException {
        Set<Integer> quarters = new HashSet<>();
        try (PreparedStatement nextIndustry = c.prepareStatement("SELECT industry_code FROM " + table
                + " WHERE industry_code > ? ORDER BY industry_code FETCH FIRST 1 ROW ONLY");
             PreparedStatement nextQuarter = c.prepareStatement("SELECT quarter FROM " + table
                     + " WHERE industry_code = ? AND quarter > ? ORDER BY industry_code, quarter FETCH FIRST 1 ROW ONLY")) {
            String industry = next(nextIndustry, "");
            while (industry != null) {
                int quarter = Integer.MIN_VALUE;
                while (true) {
                    nextQuarter.setString(1, industry);
                    nextQuarter.setInt(2, quarter);
                    try (ResultSet rs = nextQuarter.executeQuery()) {
                        if (!rs.next()) {
                            break;
                        }
                        quarter = rs.getInt(1);
                    }
                    quarters.add(quarter);
                }
                industry = next(nextIndustry, industry);
            }
        }
        return quarters;
    }

    private static String next(PreparedStatement ps, String after) throws SQLException {
        ps.setString(1, after);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
