package kr.sanggwon.ingest;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import kr.sanggwon.store.BatchedUpsert;
import kr.sanggwon.store.Transaction;

/**
 * The 영역-행정동 master (portal JSON, or the same columns as CSV): completes every 행정동 with name, TM point and
 * area. The 자치구 code is the first five digits of the 8-digit 행정동 code; its name comes from the 상권 master.
 */
final class AreaAdstrdRowHandler implements RowHandler {
    private final Transaction transaction;
    private final HeaderIndex header;
    private final BatchedUpsert merge;
    private final Set<String> codes = new HashSet<>();
    private final long batchId;
    private final int codeIdx;
    private final int nameIdx;
    private final int xIdx;
    private final int yIdx;
    private final int areaIdx;

    AreaAdstrdRowHandler(Transaction transaction, HeaderIndex h, long batchId) {
        this.transaction = transaction;
        this.header = h;
        this.batchId = batchId;
        codeIdx = h.find(DatasetDetector.ADSTRD_CODE);
        nameIdx = h.find("행정동_명", "행정동_코드_명", "ADSTRD_NM", "ADSTRD_CD_NM");
        xIdx = h.find("엑스좌표_값", "XCNTS_VALUE", "XCNTS_VALU");
        yIdx = h.find("와이좌표_값", "YDNTS_VALUE", "YDNTS_VALU");
        areaIdx = h.find("영역_면적", "RELM_AR");
        merge = DistrictMasterRepository.adstrdWriter(transaction);
    }

    @Override
    public void handle(String[] row) throws RowRejected {
        String code = RowCells.code(header, row, codeIdx);
        if (code.length() != 8 || !code.chars().allMatch(Character::isDigit)) {
            throw new RowRejected(header.name(codeIdx), code, "ingest.reject.badCode");
        }
        String name = nameIdx < 0 || ValueParser.isEmpty(row[nameIdx]) ? null : NameRepair.repair(row[nameIdx]);
        if (name == null) {
            throw new RowRejected(header.name(nameIdx < 0 ? codeIdx : nameIdx), "", "ingest.reject.missingName");
        }
        codes.add(code);
        merge.add(new Object[] {code, name, code.substring(0, 5), code, name, RowCells.wholeNumber(header, row, xIdx, true),
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
