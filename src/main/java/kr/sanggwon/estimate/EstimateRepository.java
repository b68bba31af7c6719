package kr.sanggwon.estimate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.sanggwon.common.Level;
import kr.sanggwon.store.DataAccessException;
import kr.sanggwon.store.DataVersionService;
import kr.sanggwon.store.Database;

/**
 * All SQL of 예상 매출 (the estimate screen, {@code estimate}, {@code train}, {@code eval} and the background
 * retraining): the bulk read of {@link EstimateData}, the model metadata behind {@link ModelStatus}, and the
 * {@code model} table (V20) behind {@link ModelStore}. Failures are {@link DataAccessException}s.
 */
final class EstimateRepository {
    private EstimateRepository() {
    }

    /** The data version: the id of the latest import batch (0 when nothing was imported). */
    static long dataVersion(Database database) {
        return DataAccessException.read(database, DataVersionService::read);
    }

    /** All data the estimates learn from, read on one connection with one bulk query per table (never one per cell). */
    static EstimateData load(Database database) {
        return DataAccessException.read(database, c -> {
            EstimateData data = new EstimateData(DataVersionService.read(c));
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
        });
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

    /** The model metadata and sales quarter counts of {@link ModelStatus}, on one connection (no payloads, no feature data). */
    static ModelStatus status(Database database) {
        return DataAccessException.read(database, c -> {
            try (Statement st = c.createStatement()) {
                return status(st, DataVersionService.read(c));
            }
        });
    }

    private static ModelStatus status(Statement st, long version) throws SQLException {
        List<Level> grains = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT lvl, COUNT(DISTINCT quarter) FROM sales_q WHERE sales_amt IS NOT NULL"
                + " GROUP BY lvl ORDER BY lvl DESC")) {
            while (rs.next()) {
                if (rs.getLong(2) >= 2) {
                    grains.add(Level.fromStored(rs.getString(1).charAt(0)));
                }
            }
        }
        List<ModelStatus.ModelInfo> models = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT id, task, grain, method, data_version, last_quarter, trained_at FROM model"
                + " WHERE is_current = TRUE ORDER BY grain DESC, task")) {
            while (rs.next()) {
                int q = rs.getInt(6);
                Integer last = rs.wasNull() ? null : q;
                models.add(new ModelStatus.ModelInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), last,
                        rs.getTimestamp(7).toInstant().toString()));
            }
        }
        return ModelStatus.of(version, grains, models);
    }

    /** Saves the models as the current ones of their task × grain, in one transaction, keeping {@code keep} older ones. */
    static List<TrainedModel> saveCurrent(Database database, List<TrainedModel> models, int keep) {
        return DataAccessException.write(database, c -> {
            List<TrainedModel> saved = new ArrayList<>();
            for (TrainedModel m : models) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE model SET is_current = FALSE WHERE task = ? AND grain = ?")) {
                    ps.setString(1, m.task().id());
                    ps.setString(2, String.valueOf(m.grain().code()));
                    ps.executeUpdate();
                }
                long id;
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO model (task, grain, method, data_version, last_quarter, params,"
                        + " median_ape, mae_krw, r2_log, coverage80, baseline_method, baseline_median_ape, train_rows, train_millis,"
                        + " trained_at, is_current, payload) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,TRUE,?)", Statement.RETURN_GENERATED_KEYS)) {
                    Metrics mt = m.metrics();
                    Evaluation.MethodResult base = m.evaluation() == null || m.evaluation().bestBaseline() == null ? null
                            : m.evaluation().result(m.evaluation().bestBaseline());
                    ps.setString(1, m.task().id());
                    ps.setString(2, String.valueOf(m.grain().code()));
                    ps.setString(3, m.method());
                    ps.setLong(4, m.dataVersion());
                    ps.setInt(5, m.lastQuarter());
                    ps.setString(6, ModelStore.truncate(m.params(), 1000));
                    setDouble(ps, 7, mt == null ? Double.NaN : mt.medianApe());
                    setDouble(ps, 8, mt == null ? Double.NaN : mt.maeKrw());
                    setDouble(ps, 9, mt == null ? Double.NaN : mt.r2Log());
                    setDouble(ps, 10, mt == null ? Double.NaN : mt.coverage80());
                    ps.setString(11, base == null ? null : base.method());
                    setDouble(ps, 12, base == null ? Double.NaN : base.metrics().medianApe());
                    ps.setInt(13, m.trainRows());
                    ps.setLong(14, m.trainMillis());
                    ps.setTimestamp(15, Timestamp.from(m.trainedAt()));
                    ps.setBytes(16, ModelStore.serialize(m));
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM model WHERE task = ? AND grain = ? AND is_current = FALSE"
                        + " AND id NOT IN (SELECT id FROM model WHERE task = ? AND grain = ? AND is_current = FALSE"
                        + " ORDER BY id DESC FETCH FIRST " + keep + " ROWS ONLY)")) {
                    ps.setString(1, m.task().id());
                    ps.setString(2, String.valueOf(m.grain().code()));
                    ps.setString(3, m.task().id());
                    ps.setString(4, String.valueOf(m.grain().code()));
                    ps.executeUpdate();
                }
                saved.add(m.withId(id));
            }
            return saved;
        });
    }

    /** One stored current model: its id and serialized payload. */
    record StoredModel(long id, byte[] payload) {
    }

    /** The id and payload of every current model, in id order. */
    static List<StoredModel> currentModels(Database database) {
        return DataAccessException.read(database, c -> {
            List<StoredModel> out = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id, payload FROM model WHERE is_current = TRUE ORDER BY id")) {
                while (rs.next()) {
                    out.add(new StoredModel(rs.getLong(1), rs.getBytes(2)));
                }
            }
            return out;
        });
    }

    private static void setDouble(PreparedStatement ps, int i, double v) throws SQLException {
        if (Double.isFinite(v)) {
            ps.setDouble(i, v);
        } else {
            ps.setNull(i, java.sql.Types.DOUBLE);
        }
    }
}
