package kr.sanggwon.estimate;

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

    /** Reads the status now (a {@link kr.sanggwon.store.DataAccessException} when the database fails). */
    static ModelStatus read(Database database) {
        return EstimateRepository.status(database);
    }

    /** The status of the models {@code models} at data version {@code version}, with {@link #stale} worked out. */
    static ModelStatus of(long version, List<Level> grains, List<ModelInfo> models) {
        return new ModelStatus(version, grains, models, isStale(version, grains, models));
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
