package kr.sanggwon.health;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.sanggwon.store.ReadSession;

/**
 * SEMAS store listings vs Seoul 점포 counts per 행정동 and industry. SEMAS 소분류 names are mapped to Seoul service
 * industries by keyword (works across the 2022 and 2023 code lists); Seoul counts come from 행정동-level 점포 rows
 * or, failing that, from the 상권 whose 행정동 it is, at the latest 점포 quarter.
 */
final class SourceComparison {
    /** SEMAS 소분류 keyword → Seoul 서비스_업종_코드 (only industries with an unambiguous match). */
    static final Map<String, String> KEYWORDS = new LinkedHashMap<>();

    static {
        KEYWORDS.put("커피", "CS100010");
        KEYWORDS.put("치킨", "CS100007");
        KEYWORDS.put("제과", "CS100005");
        KEYWORDS.put("분식", "CS100008");
        KEYWORDS.put("호프", "CS100009");
        KEYWORDS.put("중국", "CS100002");
        KEYWORDS.put("편의점", "CS300002");
        KEYWORDS.put("미용실", "CS200028");
        KEYWORDS.put("세탁", "CS200031");
        KEYWORDS.put("약국", "CS300018");
    }

    /** Share of the larger count the two may differ by before it is reported. */
    static final double TOLERANCE = 0.3;
    static final long MIN_STORES = 5;

    private SourceComparison() {
    }

    static List<HealthReport.SourceDisagreement> compare(ReadSession c, Map<String, String> industryNames) {
        Map<String, long[]> semas = HealthRepository.semasCounts(c, KEYWORDS);
        if (semas.isEmpty()) {
            return List.of();
        }
        Integer quarter = HealthRepository.latestStoresQuarter(c);
        Map<String, Long> seoul = quarter == null ? Map.of() : HealthRepository.seoulCounts(c, quarter, KEYWORDS.values());
        Map<String, String> dongNames = HealthRepository.dongNames(c);
        List<HealthReport.SourceDisagreement> out = new ArrayList<>();
        for (Map.Entry<String, long[]> e : semas.entrySet()) {
            String[] key = e.getKey().split("\\|");
            long a = e.getValue()[0];
            Long b = seoul.get(e.getKey());
            if (b == null) {
                continue;
            }
            long max = Math.max(a, b);
            if (max >= MIN_STORES && Math.abs(a - b) > TOLERANCE * max) {
                out.add(new HealthReport.SourceDisagreement(key[0], dongNames.get(key[0]), key[1],
                        industryNames.getOrDefault(key[1], key[1]), a, b, quarter));
            }
        }
        return out;
    }
}
