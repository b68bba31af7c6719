package kr.sanggwon.consult;

import java.time.Instant;
import java.util.List;
import kr.sanggwon.consult.ScenarioSnapshot.EstimatePart;

/** Hand-made scenario snapshots with a known estimate, for tests that need no trained model. */
final class Snapshots {
    private Snapshots() {
    }

    static ScenarioSnapshot estimate(String title, String district, String districtName, double monthly, double low, double high) {
        EstimatePart e = new EstimatePart("DONG", false, 20253, 20252, null, monthly, low, high, monthly * 3, low * 3, high * 3,
                null, List.of(), null, null, List.of(), List.of());
        return new ScenarioSnapshot(ScenarioSnapshot.SCHEMA, title, Instant.now().toString(), "ko", 1, district, districtName, "강남구",
                "CS100010", "커피-음료", e, null, null, null, List.of());
    }
}
