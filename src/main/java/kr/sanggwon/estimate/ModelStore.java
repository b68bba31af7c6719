package kr.sanggwon.estimate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import kr.sanggwon.store.Database;

/** Persists trained models in the {@code model} table (V20): Java serialization of {@link TrainedModel} in a BLOB. */
public final class ModelStore {
    /** Older models kept per task × grain besides the current one. */
    private static final int KEEP = 2;
    private final Database database;

    public ModelStore(Database database) {
        this.database = database;
    }

    /** Saves the models as the current ones of their task × grain, in one transaction; returns them with ids. */
    public List<TrainedModel> saveCurrent(List<TrainedModel> models) throws SQLException {
        return database.inTransaction(c -> {
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
                    ps.setString(6, truncate(m.params(), 1000));
                    setDouble(ps, 7, mt == null ? Double.NaN : mt.medianApe());
                    setDouble(ps, 8, mt == null ? Double.NaN : mt.maeKrw());
                    setDouble(ps, 9, mt == null ? Double.NaN : mt.r2Log());
                    setDouble(ps, 10, mt == null ? Double.NaN : mt.coverage80());
                    ps.setString(11, base == null ? null : base.method());
                    setDouble(ps, 12, base == null ? Double.NaN : base.metrics().medianApe());
                    ps.setInt(13, m.trainRows());
                    ps.setLong(14, m.trainMillis());
                    ps.setTimestamp(15, Timestamp.from(m.trainedAt()));
                    ps.setBytes(16, serialize(m));
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM model WHERE task = ? AND grain = ? AND is_current = FALSE"
                        + " AND id NOT IN (SELECT id FROM model WHERE task = ? AND grain = ? AND is_current = FALSE"
                        + " ORDER BY id DESC FETCH FIRST " + KEEP + " ROWS ONLY)")) {
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

    /** The current model of every task × grain (empty when none was trained). */
    public List<TrainedModel> loadCurrent() throws SQLException {
        List<TrainedModel> out = new ArrayList<>();
        try (Connection c = database.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, payload FROM model WHERE is_current = TRUE ORDER BY id")) {
            while (rs.next()) {
                TrainedModel m = deserialize(rs.getBytes(2));
                if (m != null) {
                    out.add(m.withId(rs.getLong(1)));
                }
            }
        }
        return out;
    }

    private static void setDouble(PreparedStatement ps, int i, double v) throws SQLException {
        if (Double.isFinite(v)) {
            ps.setDouble(i, v);
        } else {
            ps.setNull(i, java.sql.Types.DOUBLE);
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    static byte[] serialize(TrainedModel m) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(m);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialize model: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    /** null when the stored bytes are from an incompatible version (the caller then asks for retraining). */
    static TrainedModel deserialize(byte[] bytes) {
        WekaSupport.init();
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (TrainedModel) in.readObject();
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            return null;
        }
    }
}
