package kr.sanggwon.reliability;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.sanggwon.consult.CaseVault;
import kr.sanggwon.consult.ClientInput;
import kr.sanggwon.consult.ConsultRepository;
import kr.sanggwon.consult.ConsultService;
import kr.sanggwon.consult.ConsultationInput;
import kr.sanggwon.consult.ScenarioSnapshot;
import kr.sanggwon.ingest.DistrictFeatureRepository;
import kr.sanggwon.ingest.SummaryRepository;
import kr.sanggwon.store.Database;

/**
 * What the kill soak's child ({@link KillLoop}) and parent ({@link KillSoak}) share: the case-file service over one
 * database with the product's vault (600,000 PBKDF2 iterations, nothing weakened), what is saved under a tag (so the
 * parent can rebuild every value the child wrote from the tag it reported), and the two small files it imports and
 * removes again.
 */
final class KillRig {
    static final String PASS_A = "봄날의 상담 2026!";
    static final String PASS_B = "가을의 상담 2027?";

    /** A file the child imports and removes again, in turn. */
    enum Small {
        RES("RESIDENT_T", "resident_q"),
        SALES("SALES_T", "sales_q");

        final String dataset;
        final String table;

        Small(String dataset, String table) {
            this.dataset = dataset;
            this.table = table;
        }
    }

    /** The service and repository over {@code db}, with the vault the app builds (product iterations). */
    record CaseFiles(ConsultService service, ConsultRepository repository, CaseVault vault) {
    }

    private KillRig() {
    }

    static CaseFiles caseFiles(Database db) {
        CaseVault vault = new CaseVault(new ConsultRepository.KeyTable(db), Duration.ofHours(1));
        ConsultRepository repository = new ConsultRepository(db, vault);
        // scenarios are saved as snapshots built here: neither the capture nor the estimate service is used
        return new CaseFiles(new ConsultService(vault, repository, null, null), repository, vault);
    }

    static String other(String pass) {
        return PASS_A.equals(pass) ? PASS_B : PASS_A;
    }

    // ---- what a tag saves ----

    static ClientInput client(String tag) {
        return new ClientInput("고객 " + tag, "010-" + (1000 + Math.floorMod(tag.hashCode(), 9000)) + "-5678", null,
                "아이디어 " + tag, null, (long) Math.floorMod(tag.hashCode(), 1_000_000), null, "메모 " + tag);
    }

    static ConsultationInput consultation(String tag) {
        return new ConsultationInput(LocalDate.of(2026, 1, 1).plusDays(Math.floorMod(tag.hashCode(), 300)), "장소 " + tag,
                "노트 " + tag, null, null);
    }

    static ScenarioSnapshot scenario(String tag) {
        return new ScenarioSnapshot(ScenarioSnapshot.SCHEMA, "시나리오 " + tag, Instant.EPOCH.toString(), "ko", 0, "3110001",
                "테스트상권", "종로구", "CS100001", "한식음식점", null, null, null, null, List.of());
    }

    // ---- the small files ----

    static boolean present(Database db, Small file) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM import_batch WHERE dataset = ?")) {
            ps.setString(1, file.dataset);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /** Takes the file out again in one transaction: its rows, its batch record, and the summaries rebuilt without it. */
    static void remove(Database db, Small file) throws SQLException {
        db.inTransaction(c -> {
            Set<Integer> quarters = new HashSet<>();
            try (Statement st = c.createStatement()) {
                try (ResultSet rs = st.executeQuery("SELECT DISTINCT quarter FROM " + file.table)) {
                    while (rs.next()) {
                        quarters.add(rs.getInt(1));
                    }
                }
                st.executeUpdate("DELETE FROM " + file.table);
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM import_batch WHERE dataset = ?")) {
                ps.setString(1, file.dataset);
                ps.executeUpdate();
            }
            SummaryRepository.rebuild(c, quarters);
            DistrictFeatureRepository.rebuild(c);
            return null;
        });
    }

    /**
     * Every table's fingerprint but those of case files and the import history (checked row by row elsewhere), without
     * the rows' batch ids (another import of the same file has another id; {@link #strayBatchRows} checks them).
     */
    static Map<String, String> data(Database db) throws SQLException {
        return TableFingerprint.of(db, t -> !t.toLowerCase(java.util.Locale.ROOT).startsWith("consult_")
                && !t.equalsIgnoreCase("import_batch") && !t.equalsIgnoreCase("flyway_schema_history"), Set.of("BATCH_ID"));
    }

    /** Rows of the file's table that do not point at the file's one import record. */
    static long strayBatchRows(Database db, Small file) throws SQLException {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + file.table
                + " WHERE batch_id IS NULL OR batch_id <> (SELECT MAX(id) FROM import_batch WHERE dataset = ?)"
                + " OR (SELECT COUNT(*) FROM import_batch WHERE dataset = ?) <> 1")) {
            ps.setString(1, file.dataset);
            ps.setString(2, file.dataset);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
