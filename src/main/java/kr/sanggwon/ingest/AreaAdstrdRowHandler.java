package kr.sanggwon.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import kr.sanggwon.store.SqlDialect;
import kr.sanggwon.store.Upsert;

/**
 * The 영역-행정동 master (portal JSON, or the same columns as CSV): completes every 행정동 with name, TM point and
 * area. The 자치구 code is the first five digits of the 8-digit 행정동 code; its name comes from the 상권 master.
 */
final class AreaAdstrdRowHandler implements RowHandler {
    private final Connection connection;
    private final HeaderIndex header;
    private final PreparedStatement merge;
    private final Set<String> codes = new HashSet<>();
    private final long batchId;
    private final int codeIdx;
    private final int nameIdx;
    private final int xIdx;
    private final int yIdx;
    private final int areaIdx;

    AreaAdstrdRowHandler(Connection connection, HeaderIndex h, long batchId) throws SQLException {
        this.connection = connection;
        this.header = h;
        this.batchId = batchId;
        codeIdx = h.find(DatasetDetector.ADSTRD_CODE);
        nameIdx = h.find("행정동_명", "행정동_코드_명", "ADSTRD_NM", "ADSTRD_CD_NM");
        xIdx = h.find("엑스좌표_값", "XCNTS_VALUE", "XCNTS_VALU");
        yIdx = h.find("와이좌표_값", "YDNTS_VALUE", "YDNTS_VALU");
        areaIdx = h.find("영역_면적", "RELM_AR");
        merge = connection.prepareStatement(SqlDialect.of(connection).upsert(
                Upsert.into("district", List.of("code"), List.of("code", "lvl", "name", "gu_code", "dong_code", "dong_name", "x_tm",
                        "y_tm", "area_m2", "from_master", "batch_id")).withValue("lvl", "'D'").withValue("from_master", "TRUE")));
    }

    @Override
    public void handle(String[] row) throws RowRejected, SQLException {
        String code = RowCells.code(header, row, codeIdx);
        if (code.length() != 8 || !code.chars().allMatch(Character::isDigit)) {
            throw new RowRejected(header.name(codeIdx), code, "ingest.reject.badCode");
        }
        String name = nameIdx < 0 || ValueParser.isEmpty(row[nameIdx]) ? null : NameRepair.repair(row[nameIdx]);
        if (name == null) {
            throw new RowRejected(header.name(nameIdx < 0 ? codeIdx : nameIdx), "", "ingest.reject.missingName");
        }
        codes.add(code);
        merge.setString(1, code);
        merge.setString(2, name);
        merge.setString(3, code.substring(0, 5));
        merge.setString(4, code);
        merge.setString(5, name);
        RowCells.setWholeNumber(merge, 6, header, row, xIdx, true);
        RowCells.setWholeNumber(merge, 7, header, row, yIdx, true);
        RowCells.setWholeNumber(merge, 8, header, row, areaIdx, false);
        merge.setLong(9, batchId);
        merge.addBatch();
    }

    @Override
    public void finish() throws SQLException {
        merge.executeBatch();
        merge.close();
        DistrictRegistry.completeDerived(connection);
        // a district new to the table gets its (empty) feature row, as a full rebuild would give it
        DistrictFeatureSummary.update(connection, codes);
    }

    @Override
    public SortedSet<Integer> quarters() {
        return Collections.unmodifiableSortedSet(new TreeSet<>());
    }
}
