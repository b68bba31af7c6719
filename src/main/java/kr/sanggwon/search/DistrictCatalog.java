package kr.sanggwon.search;

import kr.sanggwon.store.Database;

/**
 * The 상권 (level T) of the {@code district} table, loaded once and kept until the data changes (the database's
 * change event: an import, a sample load or reset, a change found on a shared database; ADR 0020). The SQL is in
 * {@link SearchRepository}; a database failure is a {@link kr.sanggwon.store.DataAccessException}.
 */
public final class DistrictCatalog {
    private final Database database;
    private DistrictSearch search;

    public DistrictCatalog(Database database) {
        this.database = database;
        database.versions().subscribe(change -> forget());
    }

    /** The search over the current catalog; loads it on the first call after the data changed. */
    public synchronized DistrictSearch search() {
        if (search == null) {
            search = new DistrictSearch(SearchRepository.districts(database));
        }
        return search;
    }

    private synchronized void forget() {
        search = null;
    }
}
