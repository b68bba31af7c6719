package kr.sanggwon.geo;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.sanggwon.store.DataAccessException;
import kr.sanggwon.store.Database;

/**
 * Loads district boundaries back from {@code district_shape} (for the map and anything that draws areas): all SQL of
 * the boundaries; a database failure is a {@link DataAccessException}.
 */
public final class DistrictShapeRepository {
    private static final String COLUMNS = "SELECT s.district_code, s.min_x, s.min_y, s.max_x, s.max_y, s.geometry FROM district_shape s";

    private final Database database;

    public DistrictShapeRepository(Database database) {
        this.database = database;
    }

    public Optional<DistrictPolygon> load(String code) {
        return DataAccessException.read(database, c -> {
            try (PreparedStatement ps = c.prepareStatement(COLUMNS + " WHERE s.district_code = ?")) {
                ps.setString(1, code);
                List<DistrictPolygon> found = read(ps);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }
        });
    }

    /** Every boundary of a level ('T' 상권, 'D' 행정동), ordered by code. */
    public List<DistrictPolygon> loadLevel(char lvl) {
        return DataAccessException.read(database, c -> {
            try (PreparedStatement ps = c.prepareStatement(COLUMNS + " JOIN district d ON d.code = s.district_code"
                    + " WHERE d.lvl = ? ORDER BY s.district_code")) {
                ps.setString(1, String.valueOf(lvl));
                return read(ps);
            }
        });
    }

    /** Boundaries whose bounding box meets the given box (TM metres), ordered by code. */
    public List<DistrictPolygon> loadInBox(double minX, double minY, double maxX, double maxY) {
        return DataAccessException.read(database, c -> {
            try (PreparedStatement ps = c.prepareStatement(COLUMNS
                    + " WHERE s.max_x >= ? AND s.min_x <= ? AND s.max_y >= ? AND s.min_y <= ? ORDER BY s.district_code")) {
                ps.setDouble(1, minX);
                ps.setDouble(2, maxX);
                ps.setDouble(3, minY);
                ps.setDouble(4, maxY);
                return read(ps);
            }
        });
    }

    private static List<DistrictPolygon> read(PreparedStatement ps) throws SQLException {
        List<DistrictPolygon> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new DistrictPolygon(rs.getString(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4),
                        rs.getDouble(5), GeometryCodec.decode(rs.getBytes(6))));
            }
        }
        return out;
    }
}
