package kr.sanggwon.estimate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import kr.sanggwon.store.Database;

/**
 * Persists trained models in the {@code model} table (V20): Java serialization of {@link TrainedModel} in a BLOB. The
 * SQL is in {@link EstimateRepository}; failures are {@link kr.sanggwon.store.DataAccessException}s.
 */
public final class ModelStore {
    /** Older models kept per task × grain besides the current one. */
    private static final int KEEP = 2;
    private final Database database;

    public ModelStore(Database database) {
        this.database = database;
    }

    /** Saves the models as the current ones of their task × grain, in one transaction; returns them with ids. */
    public List<TrainedModel> saveCurrent(List<TrainedModel> models) {
        return EstimateRepository.saveCurrent(database, models, KEEP);
    }

    /** The current model of every task × grain (empty when none was trained). */
    public List<TrainedModel> loadCurrent() {
        List<TrainedModel> out = new ArrayList<>();
        for (EstimateRepository.StoredModel stored : EstimateRepository.currentModels(database)) {
            TrainedModel m = deserialize(stored.payload());
            if (m != null) {
                out.add(m.withId(stored.id()));
            }
        }
        return out;
    }

    static String truncate(String s, int max) {
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
