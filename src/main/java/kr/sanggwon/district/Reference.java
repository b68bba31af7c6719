package kr.sanggwon.district;

import java.util.Map;
import kr.sanggwon.store.DataAccessException;
import kr.sanggwon.store.Database;
import kr.sanggwon.store.ReadSession;

/**
 * Small lookups shared by the district services, reloaded only when the data version (last import) changes. The
 * lookups that take a {@link ReadSession} read on it, so that a screen's parts come from one data version; their SQL is
 * in {@link DistrictRepository}.
 */
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

    /** A new read session on this database, to pass through several lookups; close it after. */
    public ReadSession session() {
        return ReadSession.open(database);
    }

    /** The data version: the highest import batch id. */
    public long version(ReadSession s) {
        return DistrictRepository.dataVersion(s);
    }

    private State state(ReadSession s) {
        long v = DistrictRepository.dataVersion(s);
        State st = state;
        if (st == null || st.version() != v) {
            st = new State(v, ImportBatches.load(s, v), DistrictRepository.industries(s));
            state = st;
        }
        return st;
    }

    /** Master data of a district; a {@code UserException} when the code is unknown. */
    public DistrictInfo district(ReadSession s, String code) {
        return DistrictRepository.info(s, code);
    }

    public ImportBatches batches(ReadSession s) {
        return state(s).batches();
    }

    /** Industry code → name, in code order. */
    public Map<String, String> industries(ReadSession s) {
        return state(s).industries();
    }

    /** Industry code → name on a session of its own; a database failure is a {@link DataAccessException}. */
    public Map<String, String> industries() {
        try (ReadSession s = session()) {
            return industries(s);
        }
    }

    public String industryName(ReadSession s, String code) {
        return code == null ? null : industries(s).get(code);
    }

    /** The industry's name, {@code null} for no industry; a {@link kr.sanggwon.common.UserException} for an unknown code. */
    public String requireIndustryName(ReadSession s, String code) {
        String name = industryName(s, code);
        if (code != null && name == null) {
            throw new kr.sanggwon.common.UserException("district.error.unknownIndustry", code);
        }
        return name;
    }
}
