package kr.sanggwon.ingest;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import kr.sanggwon.store.BatchedUpsert;
import kr.sanggwon.store.Transaction;

/** The 영역-상권 master file: completes every 상권 with type, 자치구, 행정동, TM point and area. */
final class AreaTrdarRowHandler implements RowHandler {
    private final Transaction transaction;
    private final HeaderIndex header;
    private final long batchId;
    private final BatchedUpsert merge;
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

    AreaTrdarRowHandler(Transaction transaction, HeaderIndex h, long batchId) {
        this.transaction = transaction;
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
        merge = DistrictMasterRepository.trdarWriter(transaction);
    }

    @Override
    public void handle(String[] row) throws RowRejected {
        String code = RowCells.code(header, row, codeIdx);
        String name = RowCells.text(row, nameIdx);
        if (name == null) {
            throw new RowRejected(header.name(nameIdx < 0 ? codeIdx : nameIdx), "", "ingest.reject.missingName");
        }
        codes.add(code);
        merge.add(new Object[] {code, NameRepair.repair(name), RowCells.text(row, typeIdx), RowCells.text(row, typeNameIdx),
            RowCells.text(row, guIdx), NameRepair.repair(RowCells.text(row, guNameIdx)), RowCells.text(row, dongIdx),
            NameRepair.repair(RowCells.text(row, dongNameIdx)), RowCells.wholeNumber(header, row, xIdx, true),
            RowCells.wholeNumber(header, row, yIdx, true), RowCells.wholeNumber(header, row, areaIdx, false), batchId}, false);
    }

    @Override
    public void finish() {
        merge.flush();
        merge.close();
        DistrictMasterRepository.completeDerived(transaction);
        // a district new to the table gets its (empty) feature row, as a full rebuild would give it
        DistrictFeatureRepository.update(transaction, codes);
    }

    @Override
    public SortedSet<Integer> quarters() {
        return Collections.unmodifiableSortedSet(new TreeSet<>());
    }
}
