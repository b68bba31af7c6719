package kr.sanggwon.district;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lookalike features of every district, read from district_feature (V30). A 상권 without its own population or
 * income rows takes its 행정동's values.
 */
final class FeatureTable {
    static final class Entry {
        final String code;
        final String level;
        final String name;
        final String guName;
        final String typeCode;
        final String typeName;
        final String dongCode;
        final Map<Feature, Double> values = new EnumMap<>(Feature.class);

        Entry(String code, String level, String name, String guName, String typeCode, String typeName, String dongCode) {
            this.code = code;
            this.level = level;
            this.name = name;
            this.guName = guName;
            this.typeCode = typeCode;
            this.typeName = typeName;
            this.dongCode = dongCode;
        }
    }

    final long version;
    final List<Entry> entries;

    private FeatureTable(long version, List<Entry> entries) {
        this.version = version;
        this.entries = entries;
    }

    static FeatureTable load(Connection c, long version) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        Map<String, Entry> byCode = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT d.code, d.lvl, d.name, d.gu_name, d.type_code, d.type_name,"
                + " d.dong_code, f.floating, f.fl_female, f.fl_age20, f.fl_age30, f.fl_age50, f.fl_age60, f.fl_t11_14,"
                + " f.fl_t17_21, f.fl_t21_24, f.workers, f.residents, f.facilities, f.subway_station, f.avg_income, f.apt_price"
                + " FROM district d LEFT JOIN district_feature f ON f.district_code = d.code");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Entry e = new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7));
                double floating = num(rs, 8);
                if (floating > 0) {
                    e.values.put(Feature.FLOATING, floating);
                    putShare(e, Feature.FEMALE_SHARE, num(rs, 9), floating);
                    putShare(e, Feature.YOUNG_SHARE, num(rs, 10) + num(rs, 11), floating);
                    putShare(e, Feature.SENIOR_SHARE, num(rs, 12) + num(rs, 13), floating);
                    putShare(e, Feature.LUNCH_SHARE, num(rs, 14), floating);
                    putShare(e, Feature.EVENING_SHARE, num(rs, 15) + num(rs, 16), floating);
                }
                put(e, Feature.WORKERS, num(rs, 17));
                put(e, Feature.RESIDENTS, num(rs, 18));
                put(e, Feature.FACILITIES, num(rs, 19));
                put(e, Feature.SUBWAY, num(rs, 20));
                put(e, Feature.INCOME, num(rs, 21));
                put(e, Feature.APT_PRICE, num(rs, 22));
                entries.add(e);
                byCode.put(e.code, e);
            }
        }
        for (Entry e : entries) {
            Entry dong = e.dongCode == null ? null : byCode.get(e.dongCode);
            if ("T".equals(e.level) && dong != null) {
                for (Map.Entry<Feature, Double> v : dong.values.entrySet()) {
                    e.values.putIfAbsent(v.getKey(), v.getValue());
                }
            }
        }
        return new FeatureTable(version, List.copyOf(entries));
    }

    private static void putShare(Entry e, Feature f, double part, double total) {
        if (!Double.isNaN(part)) {
            e.values.put(f, part / total);
        }
    }

    private static void put(Entry e, Feature f, double v) {
        if (!Double.isNaN(v)) {
            e.values.put(f, v);
        }
    }

    private static double num(ResultSet rs, int col) throws SQLException {
        double v = rs.getDouble(col);
        return rs.wasNull() ? Double.NaN : v;
    }
}
