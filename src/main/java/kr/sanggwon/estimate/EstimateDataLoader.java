package kr.sanggwon.estimate;

import kr.sanggwon.store.Database;

/**
 * Loads {@link EstimateData} from the store with one bulk query per table (never one query per cell); the SQL is in
 * {@link EstimateRepository}, failures are {@link kr.sanggwon.store.DataAccessException}s.
 */
public final class EstimateDataLoader {
    private final Database database;

    public EstimateDataLoader(Database database) {
        this.database = database;
    }

    /** The data version: the id of the latest import batch (0 when nothing was imported). */
    public long dataVersion() {
        return EstimateRepository.dataVersion(database);
    }

    public EstimateData load() {
        return EstimateRepository.load(database);
    }
}
