package kr.sanggwon.ingest;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import kr.sanggwon.common.Level;
import kr.sanggwon.store.DataAccessException;
import kr.sanggwon.store.Database;

/** What is in the database: per dataset its quarters and row counts, and the import history. */
public final class DataStatus {
    private final Database database;

    public DataStatus(Database database) {
        this.database = database;
    }

    /** One table's content at one level. */
    public record TableStatus(String table, String dataset, String level, long rows, Integer minQuarter, Integer maxQuarter,
                              int quarterCount, long districts) {
    }

    /** One committed import: {@code dataset} is the stable id (SALES_T …), {@code datasetName} the official name. */
    public record BatchInfo(long id, String fileName, String dataset, String datasetName, String encoding, long rowsRead,
                            long rowsImported, long rowsRejected, Integer minQuarter, Integer maxQuarter, List<Integer> quarters,
                            String rejectsFile, LocalDateTime finishedAt) {
    }

    /**
     * What the database holds per dataset that was imported: rows now in its table (at its level), the quarters
     * present (empty for masters), and for SEMAS the release tags.
     */
    public record DatasetStatus(String id, String name, String table, long rows, List<Integer> quarters, List<String> releases,
                                int files) {
    }

    public record Snapshot(List<DatasetStatus> datasets, List<TableStatus> tables, long districtsTrdar, long districtsAdstrd,
                           long districtsFromMaster, long shapes, long industries, long storeListings, Integer latestQuarter,
                           List<BatchInfo> lastImports) {
    }

    /** What the database holds now; a database failure arrives as {@link DataAccessException}. */
    public Snapshot snapshot() {
        return DataAccessException.read(database, DataStatusRepository::snapshot);
    }

    static List<Integer> quarterList(String csv) {
        List<Integer> out = new ArrayList<>();
        if (csv != null && !csv.isBlank()) {
            for (String q : csv.split(",")) {
                out.add(Integer.parseInt(q.strip()));
            }
        }
        return out;
    }

    /** Official name of a stored dataset id (SALES_T → 추정매출-상권, AREA_ADSTRD → 영역-행정동 …). */
    static String officialName(String id) {
        if (id == null || id.isEmpty()) {
            return "";
        }
        int cut = id.lastIndexOf('_');
        if (cut > 0 && id.length() - cut == 2) {
            String head = id.substring(0, cut);
            Level level = Level.ofCode(id.charAt(cut + 1));
            if (head.equals("SHAPE")) {
                return new DetectedFile(DetectedFile.Kind.SHAPE, null, level).officialName();
            }
            for (FactDataset d : FactDataset.values()) {
                if (d.name().equals(head)) {
                    return d.officialName(level);
                }
            }
        }
        for (DetectedFile.Kind k : DetectedFile.Kind.values()) {
            if (k.name().equals(id) && k != DetectedFile.Kind.FACT && k != DetectedFile.Kind.SHAPE) {
                return new DetectedFile(k, null, null).officialName();
            }
        }
        return id;
    }

}
