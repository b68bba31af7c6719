package kr.sanggwon.ingest;

import kr.sanggwon.common.Level;

/**
 * Decides from a header line which dataset a CSV file is (never from its file name), or refuses it with a
 * message that says what it is and what to download instead.
 */
public final class DatasetDetector {
    static final String[] QUARTER = {"기준_년분기_코드", "STDR_YYQU_CD"};
    static final String[] YEAR = {"기준_년_코드", "STDR_YY_CD"};
    static final String[] QUARTER_ONLY = {"기준_분기_코드", "STDR_QU_CD"};
    static final String[] MONTH = {"기준_년월_코드", "STDR_YM_CD"};
    static final String[] TRDAR_CODE = {"상권_코드", "TRDAR_CD"};
    static final String[] ADSTRD_CODE = {"행정동_코드", "ADSTRD_CD"};
    static final String[] GU_CODE = {"자치구_코드", "시군구_코드", "SIGNGU_CD"};

    private DatasetDetector() {
    }

    public static DetectedFile detect(String fileName, HeaderIndex h) {
        if (h.has("상가업소번호", "BIZESID")) {
            return new DetectedFile(DetectedFile.Kind.SEMAS_STORES, null, null);
        }
        Level level;
        if (h.has(TRDAR_CODE)) {
            level = Level.TRDAR;
        } else if (h.has(ADSTRD_CODE)) {
            level = Level.DONG;
        } else if (h.has(GU_CODE)) {
            throw ImportException.ofFile("ingest.error.guLevel", fileName, datasetWord(h));
        } else if (h.has(QUARTER) && hasAnyFactSignature(h)) {
            throw ImportException.ofFile("ingest.error.cityLevel", fileName, datasetWord(h));
        } else {
            throw ImportException.ofFile("ingest.error.unknownHeader", fileName, preview(h));
        }
        boolean hasPeriod = h.has(QUARTER) || (h.has(YEAR) && h.has(QUARTER_ONLY));
        if (!hasPeriod) {
            if (h.has(MONTH)) {
                throw ImportException.ofFile("ingest.error.monthly", fileName, datasetWord(h));
            }
            if (level == Level.TRDAR && h.has("엑스좌표_값", "XCNTS_VALUE")) {
                return new DetectedFile(DetectedFile.Kind.AREA_TRDAR, null, level);
            }
            if (level == Level.DONG && h.has("엑스좌표_값", "XCNTS_VALUE")) {
                return new DetectedFile(DetectedFile.Kind.AREA_ADSTRD, null, level);
            }
            throw ImportException.ofFile("ingest.error.noQuarter", fileName);
        }
        for (FactDataset d : FactDataset.values()) {
            if (h.find(d.signature()) >= 0) {
                return new DetectedFile(DetectedFile.Kind.FACT, d, level);
            }
        }
        throw ImportException.ofFile("ingest.error.unknownHeader", fileName, preview(h));
    }

    private static boolean hasAnyFactSignature(HeaderIndex h) {
        for (FactDataset d : FactDataset.values()) {
            if (h.find(d.signature()) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The Korean dataset name guessed from the header, for refusal messages ("추정매출", …). */
    private static String datasetWord(HeaderIndex h) {
        for (FactDataset d : FactDataset.values()) {
            if (h.find(d.signature()) >= 0) {
                return d.koName();
            }
        }
        return "?";
    }

    private static String preview(HeaderIndex h) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(4, h.size()); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            String n = h.name(i);
            sb.append(n.length() > 30 ? n.substring(0, 30) + "…" : n);
        }
        return sb.toString();
    }
}
