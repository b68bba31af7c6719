package kr.sanggwon.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.sanggwon.store.BatchedUpsert;
import kr.sanggwon.store.Transaction;

/**
 * SEMAS 상가(상권)정보: one upsert per store by 상가업소번호, so a newer release replaces the stores it lists.
 * Every code (상가업소번호, 행정동코드, 우편번호 …) stays text: leading zeros matter. Columns are found by their
 * Korean header or by the open-API field name (bizesId, adongCd, …) that newer releases and API dumps use.
 */
final class SemasRowHandler implements RowHandler {
    private static final int BATCH = 2000;
    private static final Pattern YYYYMM = Pattern.compile("(?<!\\d)(20\\d{2})(0[1-9]|1[0-2])(?!\\d)");

    /** Target column → header aliases, in the order of the MERGE parameters after store_id. */
    private static final String[][] TEXT_COLUMNS = {
        {"name", "상호명", "BIZESNM"},
        {"branch", "지점명", "BRCHNM"},
        {"cat_l_code", "상권업종대분류코드", "INDSLCLSCD"},
        {"cat_l_name", "상권업종대분류명", "INDSLCLSNM"},
        {"cat_m_code", "상권업종중분류코드", "INDSMCLSCD"},
        {"cat_m_name", "상권업종중분류명", "INDSMCLSNM"},
        {"cat_s_code", "상권업종소분류코드", "INDSSCLSCD"},
        {"cat_s_name", "상권업종소분류명", "INDSSCLSNM"},
        {"ksic_code", "표준산업분류코드", "KSICCD"},
        {"ksic_name", "표준산업분류명", "KSICNM"},
        {"sido_code", "시도코드", "CTPRVNCD"},
        {"sido_name", "시도명", "CTPRVNNM"},
        {"sigungu_code", "시군구코드", "SIGNGUCD"},
        {"sigungu_name", "시군구명", "SIGNGUNM"},
        {"dong_code", "행정동코드", "ADONGCD"},
        {"dong_name", "행정동명", "ADONGNM"},
        {"ldong_code", "법정동코드", "LDONGCD"},
        {"ldong_name", "법정동명", "LDONGNM"},
        {"jibun_address", "지번주소", "LNOADR"},
        {"road_address", "도로명주소", "RDNMADR"},
        {"building_name", "건물명", "BLDNM"},
        {"postcode", "신우편번호", "NEWZIPCD", "구우편번호", "OLDZIPCD"},
        {"floor", "층정보", "FLRNO"},
        {"unit", "호정보", "HONO"},
    };
    static final String[] STORE_ID = {"상가업소번호", "BIZESID"};
    private static final String[] RELEASE = {"기준년월", "데이터기준일자", "기준일자", "STDRYM", "STDR_YM"};

    private final HeaderIndex header;
    private final BatchedUpsert merge;
    private final int idIdx;
    private final int[] textIdx = new int[TEXT_COLUMNS.length];
    private final int lonIdx;
    private final int latIdx;
    private final int releaseIdx;
    private final String fileRelease;
    private final long batchId;

    SemasRowHandler(Transaction transaction, HeaderIndex h, long batchId, String fileName) {
        this.header = h;
        this.batchId = batchId;
        idIdx = h.find(STORE_ID);
        List<String> cols = new ArrayList<>();
        for (int i = 0; i < TEXT_COLUMNS.length; i++) {
            String[] c = TEXT_COLUMNS[i];
            textIdx[i] = h.find(java.util.Arrays.copyOfRange(c, 1, c.length));
            cols.add(c[0]);
        }
        if (h.find("상호명", "BIZESNM") < 0 || h.find("행정동코드", "ADONGCD") < 0) {
            throw ImportException.ofFile("ingest.error.missingColumn", fileName, h.find("상호명", "BIZESNM") < 0 ? "상호명" : "행정동코드");
        }
        lonIdx = h.find("경도", "LON");
        latIdx = h.find("위도", "LAT");
        releaseIdx = h.find(RELEASE);
        fileRelease = releaseFromName(fileName);
        merge = StoreListingRepository.writer(transaction, cols, BATCH);
    }

    /** yyyymm in a file name like 소상공인시장진흥공단_상가(상권)정보_서울_202212.csv, or null. */
    static String releaseFromName(String fileName) {
        Matcher m = YYYYMM.matcher(fileName);
        String found = null;
        while (m.find()) {
            found = m.group(1) + m.group(2);
        }
        return found;
    }

    @Override
    public void handle(String[] row) throws RowRejected {
        String id = row[idIdx] == null ? "" : row[idIdx].strip();
        if (id.isEmpty()) {
            throw new RowRejected(header.name(idIdx), "", "ingest.reject.missingCode");
        }
        Object[] values = new Object[textIdx.length + 5];
        int p = 0;
        values[p++] = id;
        for (int idx : textIdx) {
            values[p++] = idx < 0 || row[idx] == null || row[idx].isBlank() ? null : row[idx].strip();
        }
        values[p++] = degrees(row, lonIdx, -180, 180);
        values[p++] = degrees(row, latIdx, -90, 90);
        String release = releaseIdx >= 0 && row[releaseIdx] != null && !row[releaseIdx].isBlank()
                ? releaseOf(row[releaseIdx]) : fileRelease;
        values[p++] = release;
        values[p] = batchId;
        merge.add(values, false);
    }

    private static String releaseOf(String raw) {
        String digits = raw.replaceAll("[^0-9]", "");
        return digits.length() >= 6 ? digits.substring(0, 6) : raw.strip();
    }

    private Double degrees(String[] row, int idx, double min, double max) throws RowRejected {
        String raw = idx < 0 ? null : row[idx];
        if (ValueParser.isEmpty(raw)) {
            return null;
        }
        double v;
        try {
            v = ValueParser.parseDouble(raw);
        } catch (ValueParser.BadValue e) {
            throw new RowRejected(header.name(idx), raw, e.reasonKey);
        }
        if (v < min || v > max) {
            throw new RowRejected(header.name(idx), raw, "ingest.reject.coordinate");
        }
        return v;
    }

    @Override
    public void finish() {
        merge.flush();
        merge.close();
    }

    @Override
    public SortedSet<Integer> quarters() {
        return Collections.unmodifiableSortedSet(new TreeSet<>());
    }
}
