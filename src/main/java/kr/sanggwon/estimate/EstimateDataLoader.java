package kr.sanggwon.estimate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import kr.sanggwon.common.Level;
import kr.sanggwon.store.DataVersionService;
import kr.sanggwon.store.Database;

/** Loads {@link EstimateData} from the store with one bulk query per table (never one query per cell). */
public final class EstimateDataLoader {
    private final Database database;

    public EstimateDataLoader(Database database) {
        this.database = database;
    }

    /** The data version: the id of the latest import batch (0 when nothing was imported). */
    public long dataVersion() throws SQLException {
        try (Connection c = database.connection()) {
            return dataVersion(c);
        }
    }

    /** The data version read on an open connection (so it matches what that connection reads next). */
    static long dataVersion(Connection c) throws SQLException {
        return DataVersionService.read(c);
    }

    public EstimateData load() throws SQLException {
        try (Connection c = database.connection()) {
            EstimateData data = new EstimateData(dataVersion(c));
            loadDistricts(c, data);
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT code, name FROM industry")) {
                while (rs.next()) {
                    data.industry(rs.getString(1), rs.getString(2));
                }
            }
            loadCells(c, data);
            for (ContextTable t : ContextTable.values()) {
                loadContext(c, data, t);
            }
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT district_code, quarter, change_index FROM change_q WHERE change_index IS NOT NULL")) {
                while (rs.next()) {
                    data.changeIndex(rs.getString(1), rs.getInt(2), rs.getString(3));
                }
            }
            return data.finish();
        }
    }

    private static void loadDistricts(Connection c, EstimateData data) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT code, lvl, name, type_code, gu_code, gu_name, area_m2, dong_code FROM district")) {
            while (rs.next()) {
                String code = rs.getString(1);
                String gu = rs.getString(5);
                if (gu == null && code.length() >= 5) {
                    gu = code.length() == 8 ? code.substring(0, 5) : null;
                }
                long area = rs.getLong(7);
                boolean noArea = rs.wasNull();
                data.district(new DistrictInfo(code, Level.fromStored(rs.getString(2).charAt(0)), rs.getString(3), rs.getString(4), gu,
                        rs.getString(6), noArea ? Double.NaN : area, rs.getString(8)));
            }
        }
    }

    private static void loadCells(Connection c, EstimateData data) throws SQLException {
        Map<String, double[]> stores = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT district_code, industry_code, quarter, stores, similar_stores, open_rate,"
                     + " close_rate, franchise FROM stores_q")) {
            while (rs.next()) {
                stores.put(rs.getString(1) + '|' + rs.getString(2) + '|' + rs.getInt(3),
                        new double[] {num(rs, 4), num(rs, 5), num(rs, 6), num(rs, 7), num(rs, 8)});
            }
        }
        String profile = "age10_amt, age20_amt, age30_amt, age40_amt, age50_amt, age60_amt,"
                + " t00_06_amt, t06_11_amt, t11_14_amt, t14_17_amt, t17_21_amt, t21_24_amt";
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT district_code, industry_code, quarter, sales_amt, " + profile + " FROM sales_q")) {
            double[] shares = new double[EstimateData.PROFILE_LENGTH];
            while (rs.next()) {
                String d = rs.getString(1);
                String ind = rs.getString(2);
                int q = rs.getInt(3);
                double sales = num(rs, 4);
                double[] s = stores.remove(d + '|' + ind + '|' + q);
                Cell cell = new Cell(d, ind);
                if (s == null) {
                    data.observe(cell, q, sales, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
                } else {
                    data.observe(cell, q, sales, s[0], s[1], s[2], s[3], s[4]);
                }
                for (int i = 0; i < shares.length; i++) {
                    shares[i] = num(rs, 5 + i);
                }
                data.profile(ind, q, shares);
            }
        }
        // store rows without sales still tell the district's store totals
        for (Map.Entry<String, double[]> e : stores.entrySet()) {
            String[] k = e.getKey().split("\\|");
            double[] s = e.getValue();
            data.observe(new Cell(k[0], k[1]), Integer.parseInt(k[2]), Double.NaN, s[0], s[1], s[2], s[3], s[4]);
        }
    }

    private static void loadContext(Connection c, EstimateData data, ContextTable t) throws SQLException {
        String sql = "SELECT district_code, quarter, " + String.join(", ", t.columns()) + " FROM " + t.table();
        int n = t.columns().size();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                double[] v = new double[n];
                for (int i = 0; i < n; i++) {
                    v[i] = num(rs, 3 + i);
                }
                data.context(t, rs.getString(1), rs.getInt(2), v);
            }
        }
    }

    private static double num(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : v;
    }
}
