package kr.sanggwon.district;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import kr.sanggwon.store.DataAccessException;
import kr.sanggwon.store.Database;

/** Small lookups shared by the district services, reloaded only when the data version (last import) changes. */
public final class Reference {
    private final Database database;
    private volatile State state;

    private record State(long version, ImportBatches batches, Map<String, String> industries) {
    }

    public Reference(Database database) {
        this.database = database;
    }

    public Database database() {
        return database;
    }

    /** The data version: the highest import batch id. */
    public long version(Connection c) throws SQLException {
        return ImportBatches.dataVersion(c);
    }

    private State state(Connection c) throws SQLException {
        long v = ImportBatches.dataVersion(c);
        State s = state;
        if (s == null || s.version() != v) {
            s = new State(v, ImportBatches.load(c, v), DistrictRepository.industries(c));
            state = s;
        }
        return s;
    }

    /** Master data of a district; a {@code UserException} when the code is unknown. */
    public DistrictInfo district(Connection c, String code) throws SQLException {
        return DistrictRepository.info(c, code);
    }

    public ImportBatches batches(Connection c) throws SQLException {
        return state(c).batches();
    }

    /** Industry code → name, in code order. */
    public Map<String, String> industries(Connection c) throws SQLException {
        return state(c).industries();
    }

    /** Industry code → name on a connection of its own; a database failure is a {@link DataAccessException}. */
    public Map<String, String> industries() {
        return DataAccessException.read(database, this::industries);
    }

    public String industryName(Connection c, String code) throws SQLException {
        return code == null ? null : industries(c).get(code);
    }

    /** The industry's name, {@code null} for no industry; a {@link kr.sanggwon.common.UserException} for an unknown code. */
    public String requireIndustryName(Connection c, String code) throws SQLException {
        String name = industryName(c, code);
        if (code != null && name == null) {
            throw new kr.sanggwon.common.UserException("district.error.unknownIndustry", code);
        }
        return name;
    }
}
