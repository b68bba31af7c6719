package kr.sanggwon.estimate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kr.sanggwon.common.Level;
import kr.sanggwon.store.Database;

/**
 * Which data the stored models were trained on, read cheaply (model metadata and sales quarter counts, no model
 * payloads, no feature data), for {@code status} and the app's background retraining.
 *
 * @param dataVersion        the data version now (id of the latest import batch)
 * @param trainableGrains    grains whose sales span at least two quarters (the ones training builds models for)
 * @param models             the current model of every task × grain
 * @param stale              true when a trainable grain lacks a current model or a model is older than the data
 */
public record ModelStatus(long dataVersion, List<Level> trainableGrains, List<ModelInfo> models, boolean stale) {
    /** One stored current model, without its payload. */
    public record ModelInfo(long id, String task, String grain, String method, long dataVersion, Integer lastQuarter,
                            String trainedAt) {
    }

    /** {@code none} (no sales to model), {@code missing} (sales but no model), {@code stale}, or {@code fresh}. */
    public String state() {
        if (models.isEmpty()) {
            return trainableGrains.isEmpty() ? "none" : "missing";
        }
        return stale ? "stale" : "fresh";
    }

    /** The oldest data version among the current models (-1 without models). */
    public long trainedForDataVersion() {
        return models.stream().mapToLong(ModelInfo::dataVersion).min().orElse(-1);
    }

    /** The latest quarter the current models learned from (null without models). */
    public Integer lastQuarter() {
        return models.stream().map(ModelInfo::lastQuarter).filter(q -> q != null).max(Integer::compare).orElse(null);
    }

    /** Reads the status now. */
    static ModelStatus read(Database database) throws SQLException {
        try (Connection c = database.connection(); Statement st = c.createStatement()) {
            long version = EstimateDataLoader.dataVersion(c);
            List<Level> grains = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT lvl, COUNT(DISTINCT quarter) FROM sales_q WHERE sales_amt IS NOT NULL"
                    + " GROUP BY lvl ORDER BY lvl DESC")) {
                while (rs.next()) {
                    if (rs.getLong(2) >= 2) {
                        grains.add(Level.fromStored(rs.getString(1).charAt(0)));
                    }
                }
            }
            List<ModelInfo> models = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT id, task, grain, method, data_version, last_quarter, trained_at FROM model"
                    + " WHERE is_current = TRUE ORDER BY grain DESC, task")) {
                while (rs.next()) {
                    int q = rs.getInt(6);
                    Integer last = rs.wasNull() ? null : q;
                    models.add(new ModelInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), last,
                            rs.getTimestamp(7).toInstant().toString()));
                }
            }
            return new ModelStatus(version, grains, models, isStale(version, grains, models));
        }
    }

    private static boolean isStale(long version, List<Level> grains, List<ModelInfo> models) {
        Set<String> have = new TreeSet<>();
        for (ModelInfo m : models) {
            if (m.dataVersion() != version) {
                return true;
            }
            have.add(m.task() + "/" + m.grain());
        }
        for (Level g : grains) {
            for (Task t : Task.values()) {
                if (!have.contains(t.id() + "/" + g.code())) {
                    return true;
                }
            }
        }
        return false;
    }
}
