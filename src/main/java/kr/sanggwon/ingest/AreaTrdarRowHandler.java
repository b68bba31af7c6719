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

/** The 영역-상권 master file: completes every 상권 with type, 자치구, 행정동, TM point and area. */
final class AreaTrdarRowHandler implements RowHandler {
    private final Connection connection;
    private final HeaderIndex header;
    private final long batchId;
    private final PreparedStatement merge;
    private final Set<String> codes = new HashSet<>();
    private final int typeIdx;
    private final int typeNameIdx;
    private final int codeIdx;
    private final int nameIdx;
    private final int xIdx;
    private final int yIdx;
    private final int guIdx;
    private final int guNameIdx;
    private final int dongIdx;
    private final int dongNameIdx;
    private final int areaIdx;

    AreaTrdarRowHandler(Connection connection, HeaderIndex h, long batchId) throws SQLException {
        this.connection = connection;
        this.header = h;
        this.batchId = batchId;
        typeIdx = h.find("상권_구분_코드", "TRDAR_SE_CD", "TRDAR_SE_C");
        typeNameIdx = h.find("상권_구분_코드_명", "TRDAR_SE_CD_NM", "TRDAR_SE_1");
        codeIdx = h.find(DatasetDetector.TRDAR_CODE);
        nameIdx = h.find("상권_코드_명", "TRDAR_CD_NM", "TRDAR_CD_N");
        xIdx = h.find("엑스좌표_값", "XCNTS_VALUE", "XCNTS_VALU");
        yIdx = h.find("와이좌표_값", "YDNTS_VALUE", "YDNTS_VALU");
        guIdx = h.find("자치구_코드", "시군구_코드", "SIGNGU_CD");
        guNameIdx = h.find("자치구_코드_명", "시군구_코드_명", "SIGNGU_CD_NM", "SIGNGU_CD_");
        dongIdx = h.find("행정동_코드", "ADSTRD_CD");
        dongNameIdx = h.find("행정동_코드_명", "ADSTRD_CD_NM", "ADSTRD_CD_");
        areaIdx = h.find("영역_면적", "RELM_AR");
        merge = connection.prepareStatement(SqlDialect.of(connection).upsert(
                Upsert.into("district", List.of("code"), List.of("code", "lvl", "name", "type_code", "type_name", "gu_code", "gu_name",
                        "dong_code", "dong_name", "x_tm", "y_tm", "area_m2", "from_master", "batch_id"))
                        .withValue("lvl", "'T'").withValue("from_master", "TRUE")));
    }

    @Override
    public void handle(String[] row) throws RowRejected, SQLException {
        String code = RowCells.code(header, row, codeIdx);
        String name = RowCells.text(row, nameIdx);
        if (name == null) {
            throw new RowRejected(header.name(nameIdx < 0 ? codeIdx : nameIdx), "", "ingest.reject.missingName");
        }
        codes.add(code);
        merge.setString(1, code);
        merge.setString(2, NameRepair.repair(name));
        merge.setString(3, RowCells.text(row, typeIdx));
        merge.setString(4, RowCells.text(row, typeNameIdx));
        merge.setString(5, RowCells.text(row, guIdx));
        merge.setString(6, NameRepair.repair(RowCells.text(row, guNameIdx)));
        merge.setString(7, RowCells.text(row, dongIdx));
        merge.setString(8, NameRepair.repair(RowCells.text(row, dongNameIdx)));
        RowCells.setWholeNumber(merge, 9, header, row, xIdx, true);
        RowCells.setWholeNumber(merge, 10, header, row, yIdx, true);
        RowCells.setWholeNumber(merge, 11, header, row, areaIdx, false);
        merge.setLong(12, batchId);
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
