package kr.sanggwon.ingest;

import java.util.ArrayList;
import java.util.List;
import kr.sanggwon.store.BatchedUpsert;
import kr.sanggwon.store.Transaction;
import kr.sanggwon.store.Upsert;

/** The SQL of store_listing (SEMAS 상가정보) as an import writes it: one upsert per store by its 상가업소번호. */
final class StoreListingRepository {
    private StoreListingRepository() {
    }

    /**
     * The writer of store rows, executed every {@code batch} rows: store_id, then {@code textColumns} (text), lon and
     * lat ({@link Double}), release_tag, batch id ({@link Long}).
     */
    static BatchedUpsert writer(Transaction tx, List<String> textColumns, int batch) {
        List<String> cols = new ArrayList<>(List.of("store_id"));
        cols.addAll(textColumns);
        cols.addAll(List.of("lon", "lat", "release_tag", "batch_id"));
        List<Class<?>> types = new ArrayList<>();
        for (int i = 0; i < 1 + textColumns.size(); i++) {
            types.add(String.class);
        }
        types.addAll(List.of(Double.class, Double.class, String.class, Long.class));
        return new BatchedUpsert(tx, Upsert.into("store_listing", List.of("store_id"), cols), types, batch);
    }
}
