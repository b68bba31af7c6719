package kr.sanggwon.consult;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.sanggwon.store.DataAccessException;
import kr.sanggwon.store.Database;
import kr.sanggwon.store.SqlDialect;
import kr.sanggwon.store.Upsert;

/**
 * All SQL of 상담. Personal values are sealed by the {@link CaseVault} on the way in and opened on the way out, each
 * with its table, column and row id as associated data; only ids, dates, industry codes and data versions are in
 * clear. Reading or writing a case file needs the vault unlocked.
 */
public final class ConsultRepository {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final String CLIENT_COLUMNS = "id, industry, created_at, updated_at, name_enc, phone_enc, email_enc, idea_enc, "
            + "budget_enc, target_enc, notes_enc, row_version";
    private static final String CONSULTATION_COLUMNS = "id, client_id, held_on, follow_up_on, created_at, updated_at, place_enc, "
            + "notes_enc, next_steps_enc, row_version";
    private static final String SCENARIO_COLUMNS = "id, consultation_id, created_at, updated_at, data_version, model_id, payload_enc, "
            + "row_version";

    private final Database db;
    private final CaseVault vault;

    public ConsultRepository(Database db, CaseVault vault) {
        this.db = db;
        this.vault = vault;
    }

    /** The workspace database (the other 상담 stores share it). */
    Database database() {
        return db;
    }

    CaseVault vault() {
        return vault;
    }

    /** The wrapped data key's row (kept apart from the vault so the vault holds no SQL). */
    public static final class KeyTable implements CaseVault.KeyStorage {
        private final Database db;

        public KeyTable(Database db) {
            this.db = db;
        }

        @Override
        public Optional<WrappedKey> readKey() {
            try (Connection c = db.connection();
                 PreparedStatement ps = c.prepareStatement("SELECT kdf, iterations, salt, wrapped_key FROM consult_key WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new WrappedKey(rs.getString(1), rs.getInt(2), rs.getBytes(3), rs.getBytes(4)))
                        : Optional.empty();
            } catch (SQLException e) {
                throw database(e);
            }
        }

        @Override
        public void writeKey(WrappedKey key, boolean first) {
            String sql = first
                    ? "INSERT INTO consult_key (kdf, iterations, salt, wrapped_key, created_at, changed_at, id) VALUES (?, ?, ?, ?, ?, ?, 1)"
                    : "UPDATE consult_key SET kdf = ?, iterations = ?, salt = ?, wrapped_key = ?, changed_at = ? WHERE id = 1";
            try {
                db.inTransaction(c -> {
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        Timestamp now = Timestamp.from(Instant.now());
                        ps.setString(1, key.kdf());
                        ps.setInt(2, key.iterations());
                        ps.setBytes(3, key.salt());
                        ps.setBytes(4, key.wrapped());
                        ps.setTimestamp(5, now);
                        if (first) {
                            ps.setTimestamp(6, now);
                        }
                        return ps.executeUpdate();
                    }
                });
            } catch (SQLException e) {
                throw database(e);
            }
        }
    }

    // ---- consultant (the report's cover) ----

    public String consultantName() {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT consultant_enc FROM consult_key WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? vault.open("consult_key.consultant_enc#1", rs.getBytes(1)) : null;
        } catch (SQLException e) {
            throw database(e);
        }
    }

    public void setConsultantName(String name) {
        update("UPDATE consult_key SET consultant_enc = ? WHERE id = 1", vault.seal("consult_key.consultant_enc#1", name));
    }

    // ---- clients ----

    public Client insertClient(ClientInput in) {
        long id = nextId();
        Instant now = Instant.now();
        write("INSERT INTO consult_client (industry, created_at, updated_at, name_enc, phone_enc, email_enc, idea_enc, budget_enc, "
                + "target_enc, notes_enc, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
            ps.setString(1, in.industry());
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setTimestamp(3, Timestamp.from(now));
            bindClient(ps, 4, id, in);
            ps.setLong(11, id);
        });
        return client(id).orElseThrow();
    }

    /**
     * Saves a client over the version read ({@code expectedVersion}); the row's version goes up by one.
     *
     * @throws EditConflictException when the row is no longer at that version (saved or deleted by someone else)
     */
    public Client updateClient(long id, long expectedVersion, ClientInput in) {
        Optional<Client> saved = writeThenRead("UPDATE consult_client SET industry = ?, updated_at = ?, name_enc = ?, phone_enc = ?, "
                + "email_enc = ?, idea_enc = ?, budget_enc = ?, target_enc = ?, notes_enc = ?, row_version = row_version + 1 "
                + "WHERE id = ? AND row_version = ?", ps -> {
            ps.setString(1, in.industry());
            ps.setTimestamp(2, Timestamp.from(Instant.now()));
            bindClient(ps, 3, id, in);
            ps.setLong(10, id);
            ps.setLong(11, expectedVersion);
        }, c -> queryClients(c, "SELECT " + CLIENT_COLUMNS + " FROM consult_client WHERE id = ?", id));
        return saved.orElseThrow(() -> new EditConflictException(EditConflictException.Kind.CLIENT, id, client(id).orElse(null)));
    }

    private void bindClient(PreparedStatement ps, int from, long id, ClientInput in) throws SQLException {
        ps.setBytes(from, vault.seal(aad("consult_client", "name_enc", id), in.name()));
        ps.setBytes(from + 1, vault.seal(aad("consult_client", "phone_enc", id), in.phone()));
        ps.setBytes(from + 2, vault.seal(aad("consult_client", "email_enc", id), in.email()));
        ps.setBytes(from + 3, vault.seal(aad("consult_client", "idea_enc", id), in.idea()));
        ps.setBytes(from + 4, vault.seal(aad("consult_client", "budget_enc", id), in.budget() == null ? null : in.budget().toString()));
        ps.setBytes(from + 5, vault.seal(aad("consult_client", "target_enc", id), in.targetCustomers()));
        ps.setBytes(from + 6, vault.seal(aad("consult_client", "notes_enc", id), in.notes()));
    }

    public Optional<Client> client(long id) {
        List<Client> one = queryClients("SELECT " + CLIENT_COLUMNS + " FROM consult_client WHERE id = ?", id);
        return one.isEmpty() ? Optional.empty() : Optional.of(one.get(0));
    }

    public List<Client> clients() {
        return queryClients("SELECT " + CLIENT_COLUMNS + " FROM consult_client ORDER BY id");
    }

    public boolean deleteClient(long id) {
        return write("DELETE FROM consult_client WHERE id = ?", ps -> ps.setLong(1, id)) > 0;
    }

    private List<Client> queryClients(String sql, Object... args) {
        return queryClients(null, sql, args);
    }

    private List<Client> queryClients(Connection c, String sql, Object... args) {
        return query(c, sql, rs -> {
            long id = rs.getLong(1);
            String budget = vault.open(aad("consult_client", "budget_enc", id), rs.getBytes(9));
            return new Client(id, vault.open(aad("consult_client", "name_enc", id), rs.getBytes(5)),
                    vault.open(aad("consult_client", "phone_enc", id), rs.getBytes(6)),
                    vault.open(aad("consult_client", "email_enc", id), rs.getBytes(7)),
                    vault.open(aad("consult_client", "idea_enc", id), rs.getBytes(8)), rs.getString(2),
                    budget == null ? null : Long.valueOf(budget),
                    vault.open(aad("consult_client", "target_enc", id), rs.getBytes(10)),
                    vault.open(aad("consult_client", "notes_enc", id), rs.getBytes(11)),
                    rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(), rs.getLong(12));
        }, args);
    }

    // ---- consultations ----

    public Consultation insertConsultation(long clientId, ConsultationInput in) {
        if (client(clientId).isEmpty()) {
            throw new ConsultException("consult.error.noClient", clientId);
        }
        long id = nextId();
        Instant now = Instant.now();
        write("INSERT INTO consult_consultation (client_id, held_on, follow_up_on, created_at, place_enc, notes_enc, next_steps_enc, "
                + "updated_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
            ps.setLong(1, clientId);
            bindConsultation(ps, 2, id, in);
            ps.setTimestamp(4, Timestamp.from(now));
            ps.setTimestamp(8, Timestamp.from(now));
            ps.setLong(9, id);
        });
        return consultation(id).orElseThrow();
    }

    /** Saves a consultation over the version read, like {@link #updateClient}. */
    public Consultation updateConsultation(long id, long expectedVersion, ConsultationInput in) {
        Optional<Consultation> saved = writeThenRead("UPDATE consult_consultation SET held_on = ?, follow_up_on = ?, updated_at = ?, place_enc = ?, notes_enc = ?, "
                + "next_steps_enc = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?", ps -> {
            bindConsultation(ps, 1, id, in);
            ps.setTimestamp(3, Timestamp.from(Instant.now()));
            ps.setLong(7, id);
            ps.setLong(8, expectedVersion);
        }, c -> queryConsultations(c, "SELECT " + CONSULTATION_COLUMNS + " FROM consult_consultation WHERE id = ?", id));
        return saved.orElseThrow(() -> new EditConflictException(EditConflictException.Kind.CONSULTATION, id, consultation(id).orElse(null)));
    }

    /** Binds held_on, follow_up_on at {@code from}, {@code from + 1} and the sealed texts at {@code from + 3 … from + 5}. */
    private void bindConsultation(PreparedStatement ps, int from, long id, ConsultationInput in) throws SQLException {
        ps.setDate(from, Date.valueOf(in.heldOn()));
        if (in.followUpOn() == null) {
            ps.setNull(from + 1, Types.DATE);
        } else {
            ps.setDate(from + 1, Date.valueOf(in.followUpOn()));
        }
        ps.setBytes(from + 3, vault.seal(aad("consult_consultation", "place_enc", id), in.place()));
        ps.setBytes(from + 4, vault.seal(aad("consult_consultation", "notes_enc", id), in.notes()));
        ps.setBytes(from + 5, vault.seal(aad("consult_consultation", "next_steps_enc", id), in.nextSteps()));
    }

    public Optional<Consultation> consultation(long id) {
        List<Consultation> one = queryConsultations("SELECT " + CONSULTATION_COLUMNS + " FROM consult_consultation WHERE id = ?", id);
        return one.isEmpty() ? Optional.empty() : Optional.of(one.get(0));
    }

    public List<Consultation> consultations(long clientId) {
        return queryConsultations("SELECT " + CONSULTATION_COLUMNS + " FROM consult_consultation WHERE client_id = ? "
                + "ORDER BY held_on DESC, id DESC", clientId);
    }

    /** The latest consultations of all clients, newest first. */
    public List<Consultation> recentConsultations(int limit) {
        return queryConsultations("SELECT " + CONSULTATION_COLUMNS + " FROM consult_consultation ORDER BY held_on DESC, id DESC "
                + "FETCH FIRST ? ROWS ONLY", limit);
    }

    /** Consultations with a follow-up date on or after {@code from}, soonest first. */
    public List<Consultation> followUpsFrom(LocalDate from, int limit) {
        return queryConsultations("SELECT " + CONSULTATION_COLUMNS + " FROM consult_consultation WHERE follow_up_on >= ? "
                + "ORDER BY follow_up_on, id FETCH FIRST ? ROWS ONLY", Date.valueOf(from), limit);
    }

    public boolean deleteConsultation(long id) {
        return write("DELETE FROM consult_consultation WHERE id = ?", ps -> ps.setLong(1, id)) > 0;
    }

    private List<Consultation> queryConsultations(String sql, Object... args) {
        return queryConsultations(null, sql, args);
    }

    private List<Consultation> queryConsultations(Connection c, String sql, Object... args) {
        return query(c, sql, rs -> {
            long id = rs.getLong(1);
            Date follow = rs.getDate(4);
            return new Consultation(id, rs.getLong(2), rs.getDate(3).toLocalDate(),
                    vault.open(aad("consult_consultation", "place_enc", id), rs.getBytes(7)),
                    vault.open(aad("consult_consultation", "notes_enc", id), rs.getBytes(8)),
                    vault.open(aad("consult_consultation", "next_steps_enc", id), rs.getBytes(9)),
                    follow == null ? null : follow.toLocalDate(), rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(),
                    rs.getLong(10));
        }, args);
    }

    // ---- scenarios ----

    public Scenario insertScenario(long consultationId, ScenarioSnapshot snapshot, Long modelId) {
        if (consultation(consultationId).isEmpty()) {
            throw new ConsultException("consult.error.noConsultation", consultationId);
        }
        long id = nextId();
        Timestamp now = Timestamp.from(Instant.now());
        write("INSERT INTO consult_scenario (consultation_id, created_at, updated_at, data_version, model_id, payload_enc, id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", ps -> {
            ps.setLong(1, consultationId);
            ps.setTimestamp(2, now);
            ps.setTimestamp(3, now);
            bindScenario(ps, 4, id, snapshot, modelId);
            ps.setLong(7, id);
        });
        return scenario(id).orElseThrow();
    }

    /** Replaces a scenario's snapshot (after "recompute" or a new title/attachment) over the version read, like {@link #updateClient}. */
    public Scenario updateScenario(long id, long expectedVersion, ScenarioSnapshot snapshot, Long modelId) {
        Optional<Scenario> saved = writeThenRead("UPDATE consult_scenario SET updated_at = ?, data_version = ?, model_id = ?, payload_enc = ?, "
                + "row_version = row_version + 1 WHERE id = ? AND row_version = ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(Instant.now()));
            bindScenario(ps, 2, id, snapshot, modelId);
            ps.setLong(5, id);
            ps.setLong(6, expectedVersion);
        }, c -> queryScenarios(c, "SELECT " + SCENARIO_COLUMNS + " FROM consult_scenario WHERE id = ?", id));
        return saved.orElseThrow(() -> new EditConflictException(EditConflictException.Kind.SCENARIO, id, scenario(id).orElse(null)));
    }

    private void bindScenario(PreparedStatement ps, int from, long id, ScenarioSnapshot s, Long modelId) throws SQLException {
        ps.setLong(from, s.dataVersion());
        if (modelId == null) {
            ps.setNull(from + 1, Types.BIGINT);
        } else {
            ps.setLong(from + 1, modelId);
        }
        try {
            ps.setBytes(from + 2, vault.sealBytes(aad("consult_scenario", "payload_enc", id), JSON.writeValueAsBytes(s)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a scenario snapshot is plain records", e);
        }
    }

    public Optional<Scenario> scenario(long id) {
        List<Scenario> one = queryScenarios("SELECT " + SCENARIO_COLUMNS + " "
                + "FROM consult_scenario WHERE id = ?", id);
        return one.isEmpty() ? Optional.empty() : Optional.of(one.get(0));
    }

    public List<Scenario> scenarios(long consultationId) {
        return queryScenarios("SELECT " + SCENARIO_COLUMNS + " "
                + "FROM consult_scenario WHERE consultation_id = ? ORDER BY id", consultationId);
    }

    public List<Scenario> allScenarios() {
        return queryScenarios("SELECT " + SCENARIO_COLUMNS + " "
                + "FROM consult_scenario ORDER BY id");
    }

    public boolean deleteScenario(long id) {
        return write("DELETE FROM consult_scenario WHERE id = ?", ps -> ps.setLong(1, id)) > 0;
    }

    private List<Scenario> queryScenarios(String sql, Object... args) {
        return queryScenarios(null, sql, args);
    }

    private List<Scenario> queryScenarios(Connection c, String sql, Object... args) {
        return query(c, sql, rs -> {
            long id = rs.getLong(1);
            long model = rs.getLong(6);
            Long modelId = rs.wasNull() ? null : model;
            byte[] json = vault.openBytes(aad("consult_scenario", "payload_enc", id), rs.getBytes(7));
            try {
                return new Scenario(id, rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(), rs.getLong(5),
                        modelId, JSON.readValue(json, ScenarioSnapshot.class), rs.getLong(8));
            } catch (java.io.IOException e) {
                throw new ConsultException("consult.vault.damaged", "consult_scenario#" + id);
            }
        }, args);
    }

    // ---- plumbing ----

    static String aad(String table, String column, long id) {
        return table + "." + column + "#" + id;
    }

    /** The sealed payload of one scenario in a one-payload-per-scenario table (consult_survey, consult_digital), if saved. */
    static Optional<SealedRow> sealedPayload(Database db, String table, long scenarioId) {
        return DataAccessException.read(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT payload_enc, row_version FROM " + table + " WHERE scenario_id = ?")) {
                ps.setLong(1, scenarioId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new SealedRow(rs.getBytes(1), rs.getLong(2))) : Optional.<SealedRow>empty();
                }
            }
        });
    }

    /** A sealed payload as stored, with its row version (V102). */
    record SealedRow(byte[] sealed, long version) {
    }

    /**
     * Stores the sealed payload of one scenario in such a table, in its own transaction: the first one (INSERT, when
     * {@code expectedVersion} is null; a duplicate key means someone saved first) or over the version read (UPDATE …
     * WHERE row_version = expected). Returns the rows written: 0 when the row is no longer at that version.
     */
    static int putSealedPayload(Database db, String table, long scenarioId, Long expectedVersion, byte[] sealed) {
        return DataAccessException.write(db, c -> {
            String sql = expectedVersion == null
                    ? "INSERT INTO " + table + " (scenario_id, updated_at, payload_enc, row_version) VALUES (?, ?, ?, 0)"
                    : "UPDATE " + table + " SET updated_at = ?, payload_enc = ?, row_version = row_version + 1 "
                            + "WHERE scenario_id = ? AND row_version = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Timestamp now = Timestamp.from(Instant.now());
                if (expectedVersion == null) {
                    ps.setLong(1, scenarioId);
                    ps.setTimestamp(2, now);
                    ps.setBytes(3, sealed);
                } else {
                    ps.setTimestamp(1, now);
                    ps.setBytes(2, sealed);
                    ps.setLong(3, scenarioId);
                    ps.setLong(4, expectedVersion);
                }
                return ps.executeUpdate();
            }
        });
    }

    private long nextId() {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT " + SqlDialect.of(c).nextValue("consult_id_seq"));
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw database(e);
        }
    }

    private void update(String sql, byte[] value) {
        write(sql, ps -> ps.setBytes(1, value));
    }

    private int write(String sql, Binder binder) {
        vault.requireUnlocked();
        try {
            return db.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    binder.bind(ps);
                    return ps.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw database(e);
        }
    }

    /**
     * Runs an UPDATE of one row guarded by its version and, when it changed the row, reads the row back in the same
     * transaction (so the version returned is the one this save made, not a later save of someone else); empty when
     * no row matched (a conflict).
     */
    private <T> Optional<T> writeThenRead(String sql, Binder binder, java.util.function.Function<Connection, List<T>> reader) {
        vault.requireUnlocked();
        try {
            return db.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    binder.bind(ps);
                    if (ps.executeUpdate() == 0) {
                        return Optional.<T>empty();
                    }
                }
                List<T> row = reader.apply(c);
                return row.isEmpty() ? Optional.<T>empty() : Optional.of(row.get(0));
            });
        } catch (SQLException e) {
            throw database(e);
        }
    }

    private <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
        return query(null, sql, mapper, args);
    }

    /** A query on {@code open} (inside a transaction), or on a connection of its own when null. */
    private <T> List<T> query(Connection open, String sql, RowMapper<T> mapper, Object... args) {
        vault.requireUnlocked();
        Connection c = null;
        try {
            c = open != null ? open : db.connection();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                List<T> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(mapper.map(rs));
                    }
                }
                return out;
            }
        } catch (SQLException e) {
            throw database(e);
        } finally {
            if (open == null && c != null) {
                try {
                    c.close();
                } catch (SQLException e) {
                    throw database(e);
                }
            }
        }
    }

    /** SQL errors carry no personal data here (values are bound sealed), so the message can be shown. */
    private static ConsultException database(SQLException e) {
        return new ConsultException("consult.error.database", e.getSQLState());
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }
}
