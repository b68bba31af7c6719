package kr.sanggwon.district;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import kr.sanggwon.common.Level;
import kr.sanggwon.ingest.FactDataset;
import kr.sanggwon.store.DataVersionService;

/** The import history, read once per data version, to say which batch and file a number came from. */
public final class ImportBatches {
    public record Batch(long id, String fileName, String dataset, Integer minQuarter, Integer maxQuarter) {
    }

    private final long version;
    private final List<Batch> batches;

    private ImportBatches(long version, List<Batch> batches) {
        this.version = version;
        this.batches = batches;
    }

    /** The highest import batch id: changes whenever data is imported. */
    static long dataVersion(Connection c) throws SQLException {
        return DataVersionService.read(c);
    }

    static ImportBatches load(Connection c, long version) throws SQLException {
        List<Batch> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, file_name, dataset, min_quarter, max_quarter FROM import_batch ORDER BY id DESC");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new Batch(rs.getLong(1), rs.getString(2), rs.getString(3), (Integer) rs.getObject(4),
                        (Integer) rs.getObject(5)));
            }
        }
        return new ImportBatches(version, List.copyOf(list));
    }

    long version() {
        return version;
    }

    public Batch byId(Long id) {
        if (id == null) {
            return null;
        }
        for (Batch b : batches) {
            if (b.id() == id) {
                return b;
            }
        }
        return null;
    }

    /**
     * The newest quarter that {@code batchIds} brought of sales, stores or 상권변화지표 (either level) when it is newer
     * than every quarter the other batches of those datasets hold; null otherwise (re-import, older quarter, other data).
     */
    public Integer newQuarterFrom(java.util.Set<Long> batchIds) {
        Integer brought = null;
        Integer before = null;
        for (Batch b : batches) {
            if (b.maxQuarter() == null || b.dataset() == null || !QUARTERLY_NEWS.contains(b.dataset().replaceFirst("_[A-Z]$", ""))) {
                continue;
            }
            if (batchIds.contains(b.id())) {
                brought = brought == null ? b.maxQuarter() : Math.max(brought, b.maxQuarter());
            } else {
                before = before == null ? b.maxQuarter() : Math.max(before, b.maxQuarter());
            }
        }
        return brought != null && (before == null || brought > before) ? brought : null;
    }

    /** The datasets whose new quarter the watch list compares. */
    private static final java.util.Set<String> QUARTERLY_NEWS = java.util.Set.of(FactDataset.SALES.name(), FactDataset.STORES.name(),
            FactDataset.CHANGE.name());

    /** The newest batch of a dataset at a level that holds {@code quarter}. */
    public Batch latest(FactDataset dataset, Level level, Integer quarter) {
        String id = dataset.name() + "_" + level.code();
        for (Batch b : batches) {
            if (id.equals(b.dataset()) && (quarter == null || b.minQuarter() == null
                    || (b.minQuarter() <= quarter && quarter <= b.maxQuarter()))) {
                return b;
            }
        }
        return null;
    }
}
