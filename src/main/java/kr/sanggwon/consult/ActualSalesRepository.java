package kr.sanggwon.consult;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import kr.sanggwon.store.Database;
import kr.sanggwon.store.SqlDialect;

/** SQL of 사후 점검 (consult_actual, V92): the amount sealed, ids and month in clear. */
final class ActualSalesRepository {
    private final Database db;
    private final CaseVault vault;

    ActualSalesRepository(Database db, CaseVault vault) {
        this.db = db;
        this.vault = vault;
    }

    ActualSales insert(long clientId, Long scenarioId, YearMonth month, long sales) {
        vault.requireUnlocked();
        try {
            return db.inTransaction(c -> {
                long id;
                try (PreparedStatement ps = c.prepareStatement("SELECT " + SqlDialect.of(c).nextValue("consult_id_seq")); ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO consult_actual (id, client_id, scenario_id, sales_month, "
                        + "created_at, sales_enc) VALUES (?, ?, ?, ?, ?, ?)")) {
                    ps.setLong(1, id);
                    ps.setLong(2, clientId);
                    if (scenarioId == null) {
                        ps.setNull(3, Types.BIGINT);
                    } else {
                        ps.setLong(3, scenarioId);
                    }
                    ps.setDate(4, Date.valueOf(month.atDay(1)));
                    ps.setTimestamp(5, Timestamp.from(Instant.now()));
                    ps.setBytes(6, vault.seal(aad(id), Long.toString(sales)));
                    ps.executeUpdate();
                }
                return new ActualSales(id, clientId, scenarioId, month, sales);
            });
        } catch (SQLException e) {
            throw new ConsultException("consult.error.database", e.getSQLState());
        }
    }

    List<ActualSales> all() {
        vault.requireUnlocked();
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT id, client_id, scenario_id, sales_month, sales_enc FROM consult_actual "
                     + "ORDER BY client_id, sales_month, id");
             ResultSet rs = ps.executeQuery()) {
            List<ActualSales> out = new ArrayList<>();
            while (rs.next()) {
                long id = rs.getLong(1);
                long scenario = rs.getLong(3);
                Long scenarioId = rs.wasNull() ? null : scenario;
                out.add(new ActualSales(id, rs.getLong(2), scenarioId, YearMonth.from(rs.getDate(4).toLocalDate()),
                        Long.parseLong(vault.open(aad(id), rs.getBytes(5)))));
            }
            return out;
        } catch (SQLException e) {
            throw new ConsultException("consult.error.database", e.getSQLState());
        }
    }

    private static String aad(long id) {
        return ConsultRepository.aad("consult_actual", "sales_enc", id);
    }
}
