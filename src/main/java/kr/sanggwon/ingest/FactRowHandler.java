package kr.sanggwon.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import kr.sanggwon.common.Level;
import kr.sanggwon.store.BatchedUpsert;
import kr.sanggwon.store.ColumnType;
import kr.sanggwon.store.Transaction;

/**
 * Writes the rows of a quarterly dataset file with one batched upsert per row key, so re-importing a file or
 * a newer release of the same quarters replaces rows instead of duplicating them.
 */
final class FactRowHandler implements RowHandler {
    private final Transaction transaction;
    private final FactDataset dataset;
    private final Level level;
    private final long batchId;
    private final HeaderIndex header;
    private final int quarterIdx;
    private final int yearIdx;
    private final int quarterOnlyIdx;
    private final int codeIdx;
    private final int nameIdx;
    private final int typeIdx;
    private final int typeNameIdx;
    private final int industryIdx;
    private final int industryNameIdx;
    private final int[] measureIdx;
    private final BatchedUpsert upsert;
    /** Summaries kept while the rows stream (추정매출, 점포); null for district-level datasets. */
    private final CellSummaries summaries;
    /** District-level datasets: the table held no rows when the file started, so every row can go in with INSERT. */
    private final boolean emptyTable;
    private final Map<String, DistrictStub> districts = new HashMap<>();
    private final Map<String, String> industries = new LinkedHashMap<>();
    private final SortedSet<Integer> quarters = new TreeSet<>();
    private final Object[] values;
    private final String lvl;

    FactRowHandler(Transaction transaction, FactDataset dataset, Level level, HeaderIndex header, long batchId,
                   String fileName) {
        this.transaction = transaction;
        this.dataset = dataset;
        this.level = level;
        this.header = header;
        this.batchId = batchId;
        this.lvl = String.valueOf(level.code());
        this.quarterIdx = header.find(DatasetDetector.QUARTER);
        this.yearIdx = header.find(DatasetDetector.YEAR);
        this.quarterOnlyIdx = header.find(DatasetDetector.QUARTER_ONLY);
        boolean trdar = level == Level.TRDAR;
        this.codeIdx = header.find(trdar ? DatasetDetector.TRDAR_CODE : DatasetDetector.ADSTRD_CODE);
        this.nameIdx = trdar ? header.find("상권_코드_명", "TRDAR_CD_NM") : header.find("행정동_코드_명", "행정동_명", "ADSTRD_CD_NM");
        this.typeIdx = header.find("상권_구분_코드", "TRDAR_SE_CD");
        this.typeNameIdx = header.find("상권_구분_코드_명", "TRDAR_SE_CD_NM");
        this.industryIdx = header.find("서비스_업종_코드", "SVC_INDUTY_CD");
        this.industryNameIdx = header.find("서비스_업종_코드_명", "SVC_INDUTY_CD_NM");
        if (dataset.perIndustry() && industryIdx < 0) {
            throw ImportException.ofFile("ingest.error.missingColumn", fileName, "서비스_업종_코드");
        }
        List<Column> measures = dataset.measures();
        this.measureIdx = new int[measures.size()];
        for (int i = 0; i < measures.size(); i++) {
            measureIdx[i] = header.find(measures.get(i).headers());
        }
        this.values = new Object[measures.size()];
        this.upsert = FactRepository.writer(transaction, dataset);
        if (dataset.perIndustry()) {
            this.summaries = new CellSummaries(transaction, dataset, FactRepository.quartersPresent(transaction, dataset.table()));
            this.emptyTable = false;
        } else {
            this.summaries = null;
            this.emptyTable = FactRepository.isEmpty(transaction, dataset.table());
        }
    }

    /** Header names of measures this file lacks (they are stored as unknown). */
    List<String> missingMeasures() {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < measureIdx.length; i++) {
            if (measureIdx[i] < 0 && !dataset.measures().get(i).derived()) {
                missing.add(dataset.measures().get(i).label());
            }
        }
        return missing;
    }

    @Override
    public void handle(String[] row) throws RowRejected {
        int quarter = quarterOf(row);
        String code = RowCells.code(header, row, codeIdx);
        String industry = dataset.perIndustry() ? RowCells.code(header, row, industryIdx) : null;
        List<Column> measures = dataset.measures();
        for (int i = 0; i < measures.size(); i++) {
            values[i] = value(row, i, measures.get(i));
        }
        dataset.derive(values);
        Object[] params = new Object[measures.size() + (industry != null ? 5 : 4)];
        int p = 0;
        params[p++] = code;
        if (industry != null) {
            params[p++] = industry;
        }
        params[p++] = quarter;
        params[p++] = lvl;
        System.arraycopy(values, 0, params, p, values.length);
        params[params.length - 1] = batchId;
        if (summaries != null) {
            upsert.add(params, summaries.isNew(quarter));
            summaries.add(code, industry, quarter, level.code(), values);
        } else {
            upsert.add(params, emptyTable);
        }
        quarters.add(quarter);
        if (!districts.containsKey(code)) {
            districts.put(code, DistrictStub.named(code, level, NameRepair.repair(RowCells.text(row, nameIdx)),
                    RowCells.text(row, typeIdx), RowCells.text(row, typeNameIdx)));
        }
        if (industry != null && !industries.containsKey(industry)) {
            industries.put(industry, NameRepair.repair(RowCells.text(row, industryNameIdx)));
        }
    }

    private int quarterOf(String[] row) throws RowRejected {
        try {
            if (quarterIdx >= 0) {
                return ValueParser.quarter(nonNull(row, quarterIdx));
            }
            return ValueParser.quarter(nonNull(row, yearIdx), nonNull(row, quarterOnlyIdx));
        } catch (ValueParser.BadValue e) {
            int idx = quarterIdx >= 0 ? quarterIdx : yearIdx;
            throw new RowRejected(header.name(idx), row[idx], e.reasonKey);
        }
    }

    private Object value(String[] row, int i, Column column) throws RowRejected {
        int idx = measureIdx[i];
        if (idx < 0) {
            return null;
        }
        String raw = row[idx];
        if (ValueParser.isEmpty(raw)) {
            return dataset.emptyMeansZero() && column.kind() == ColumnType.LONG ? 0L : null;
        }
        try {
            return switch (column.kind()) {
                case LONG -> ValueParser.parseLong(raw);
                case DOUBLE -> ValueParser.parseDouble(raw);
                case TEXT -> raw.strip();
            };
        } catch (ValueParser.BadValue e) {
            throw new RowRejected(header.name(idx), raw, e.reasonKey);
        }
    }

    private static String nonNull(String[] row, int idx) {
        String v = row[idx];
        return v == null ? "" : v;
    }

    @Override
    public void finish() {
        upsert.flush();
        upsert.close();
        List<String> added = DistrictMasterRepository.addStubs(transaction, districts.values(), batchId);
        DistrictMasterRepository.addIndustries(transaction, industries);
        if (summaries != null) {
            summaries.finish(upsert.repeatedKey());
            DistrictFeatureRepository.update(transaction, added);
        } else {
            DistrictFeatureRepository.update(transaction, districts.keySet());
        }
    }

    @Override
    public SortedSet<Integer> quarters() {
        return quarters;
    }
}
