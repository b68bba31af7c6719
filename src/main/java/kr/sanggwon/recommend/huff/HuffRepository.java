package kr.sanggwon.recommend.huff;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import kr.sanggwon.store.ReadSession;

/** The SQL of the walk-in competition model: SEMAS listings in a box, floating population by district point. */
final class HuffRepository {
    private HuffRepository() {
    }

    /** One SEMAS listing with its position in degrees. */
    record Listing(String storeId, String name, String branch, String categoryCode, String categoryName, String floor,
                   double lon, double lat) {
    }

    /** One district point with its floating population (people per quarter, as published) and area. */
    record Spot(String code, double x, double y, Double area, double people) {
    }

    /** The districts with floating population near a box, the level and the quarter they come from. */
    record Spots(char level, Integer quarter, List<Spot> spots) {
    }

    static long listingsWithCoordinates(ReadSession s) {
        return s.sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM store_listing WHERE lon IS NOT NULL AND lat IS NOT NULL");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** The listings of an industry whose coordinates fall inside the box (degrees). */
    static List<Listing> listings(ReadSession s, SemasIndustries.Match match, double minLon, double minLat, double maxLon,
                                  double maxLat) {
        return s.sql(c -> {
            StringBuilder where = new StringBuilder();
            for (int i = 0; i < match.codes().size(); i++) {
                where.append(where.length() == 0 ? "" : " OR ").append("cat_s_code = ?");
            }
            for (int i = 0; i < match.words().size(); i++) {
                where.append(where.length() == 0 ? "" : " OR ").append("cat_s_name LIKE ?");
            }
            String sql = "SELECT store_id, name, branch, cat_s_code, cat_s_name, floor, lon, lat FROM store_listing"
                    + " WHERE lat BETWEEN ? AND ? AND lon BETWEEN ? AND ? AND (" + where + ") ORDER BY store_id";
            List<Listing> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int p = 1;
                ps.setDouble(p++, minLat);
                ps.setDouble(p++, maxLat);
                ps.setDouble(p++, minLon);
                ps.setDouble(p++, maxLon);
                for (String code : match.codes()) {
                    ps.setString(p++, code);
                }
                for (String w : match.words()) {
                    ps.setString(p++, "%" + w + "%");
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Listing(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getDouble(7), rs.getDouble(8)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Districts whose point lies in the box (TM metres) with floating population (길단위인구) in the latest quarter of
     * the level: 상권 first, 행정동 when no 상권 has any.
     */
    static Spots floating(ReadSession s, double minX, double minY, double maxX, double maxY) {
        return s.sql(c -> {
            for (char level : new char[] {'T', 'D'}) {
                Integer quarter = latestPopulationQuarter(s, level);
                if (quarter == null) {
                    continue;
                }
                List<Spot> spots = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT d.code, d.x_tm, d.y_tm, d.area_m2, p.total FROM population_q p"
                        + " JOIN district d ON d.code = p.district_code WHERE p.lvl = ? AND p.quarter = ? AND p.total IS NOT NULL"
                        + " AND d.x_tm BETWEEN ? AND ? AND d.y_tm BETWEEN ? AND ? ORDER BY d.code")) {
                    ps.setString(1, String.valueOf(level));
                    ps.setInt(2, quarter);
                    ps.setDouble(3, minX);
                    ps.setDouble(4, maxX);
                    ps.setDouble(5, minY);
                    ps.setDouble(6, maxY);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            long area = rs.getLong(4);
                            Double known = rs.wasNull() || area <= 0 ? null : (double) area;
                            spots.add(new Spot(rs.getString(1), rs.getInt(2), rs.getInt(3), known, rs.getLong(5)));
                        }
                    }
                }
                return new Spots(level, quarter, spots);
            }
            return new Spots('T', null, List.of());
        });
    }

    private static Integer latestPopulationQuarter(ReadSession s, char level) {
        return s.sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT MAX(quarter) FROM population_q WHERE lvl = ? AND total IS NOT NULL")) {
                ps.setString(1, String.valueOf(level));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    int q = rs.getInt(1);
                    return rs.wasNull() ? null : q;
                }
            }
        });
    }

    /** A district's name and TM point (x, y null when it has none). */
    record Place(String name, Double x, Double y) {
    }

    /** The district by code, or null. */
    static Place district(ReadSession s, String code) {
        return s.sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT name, x_tm, y_tm FROM district WHERE code = ?")) {
                ps.setString(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    int x = rs.getInt(2);
                    boolean noX = rs.wasNull() || x <= 0;
                    int y = rs.getInt(3);
                    boolean noY = rs.wasNull() || y <= 0;
                    return noX || noY ? new Place(rs.getString(1), null, null) : new Place(rs.getString(1), (double) x, (double) y);
                }
            }
        });
    }

    static String industryName(ReadSession s, String code) {
        return s.sql(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT name FROM industry WHERE code = ?")) {
                ps.setString(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }
}
