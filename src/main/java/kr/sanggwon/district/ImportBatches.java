package kr.sanggwon.district;

import java.util.List;
import kr.sanggwon.common.Level;
import kr.sanggwon.ingest.FactDataset;
import kr.sanggwon.store.ReadSession;

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

    /** The import history of the data version {@code version}, read on {@code session}. */
    static ImportBatches load(ReadSession session, long version) {
        return new ImportBatches(version, List.copyOf(DistrictRepository.batches(session)));
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
