package kr.sanggwon.consult;

import java.time.Instant;
import java.util.List;
import kr.sanggwon.consult.ScenarioSnapshot.EstimatePart;
import kr.sanggwon.consult.ScenarioSnapshot.NewShop;

/** Hand-made scenario snapshots with a known estimate, for tests that need no trained model. */
final class Snapshots {
    /** Shops sharing the 행정동's sales in {@link #estimate}: 3 of the industry already there and the new one. */
    static final int SHARING = 4;

    private Snapshots() {
    }

    /**
     * One shop's estimate as a consultant saves it: a 행정동 total split by the store details (3 same-industry shops
     * already there plus the new one), so the new shop's month is {@code monthly} ({@code low}–{@code high}) and the
     * whole cell sells {@value #SHARING} times that.
     */
    static ScenarioSnapshot estimate(String title, String district, String districtName, double monthly, double low, double high) {
        NewShop shop = new NewShop(SHARING - 1, false, SHARING, monthly, low, high, monthly * 3, "4곳이 나눔");
        double cell = SHARING;
        EstimatePart e = new EstimatePart("DONG", false, 20253, 20252, null, monthly * cell, low * cell, high * cell,
                monthly * cell * 3, low * cell * 3, high * cell * 3, shop, List.of(), null, null, List.of(), List.of());
        return snapshot(title, district, districtName, e);
    }

    /**
     * A 행정동 estimate saved without store details: {@code monthly} is the sales of every shop of the industry in the
     * 행정동, not one shop's (what 디지털 전환 진단 and 사후 점검 must refuse to measure one shop against).
     */
    static ScenarioSnapshot cellTotal(String title, String district, String districtName, double monthly, double low, double high) {
        EstimatePart e = new EstimatePart("DONG", false, 20253, 20252, null, monthly, low, high, monthly * 3, low * 3, high * 3,
                null, List.of(), null, null, List.of(), List.of());
        return snapshot(title, district, districtName, e);
    }

    private static ScenarioSnapshot snapshot(String title, String district, String districtName, EstimatePart e) {
        return new ScenarioSnapshot(ScenarioSnapshot.SCHEMA, title, Instant.now().toString(), "ko", 1, district, districtName, "강남구",
                "CS100010", "커피-음료", e, null, null, null, List.of());
    }
}
