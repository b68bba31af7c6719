package kr.sanggwon.consult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.sanggwon.consult.ScenarioSnapshot.RankedPart;
import kr.sanggwon.consult.ScenarioSnapshot.RecommendPart;
import kr.sanggwon.recommend.Part;
import kr.sanggwon.recommend.Preset;
import kr.sanggwon.recommend.RankedDistrict;
import kr.sanggwon.recommend.Ranking;
import kr.sanggwon.recommend.RecommendText;

/**
 * Copies a 유망 상권 ranking into a {@link RecommendPart}: the settings that made it and its first rows with their
 * parts and explanations (in Korean and English), so the list reopens and prints as it was ranked that day.
 */
public final class RecommendCapture {
    /** Rows kept when nothing else is asked. */
    public static final int DEFAULT_TOP = 10;
    public static final int MAX_TOP = 50;

    private RecommendCapture() {
    }

    /** The ranking's first {@code top} rows (1–{@value #MAX_TOP}); {@code preset} null: weights set by hand. */
    public static RecommendPart of(Ranking r, Preset preset, int top) {
        if (r.rows().isEmpty()) {
            throw new ConsultException("consult.recommend.error.empty", r.industryName());
        }
        int n = Math.max(1, Math.min(Math.min(top, MAX_TOP), r.rows().size()));
        List<RankedPart> rows = new ArrayList<>();
        for (RankedDistrict d : r.rows().subList(0, n)) {
            Map<String, Double> parts = new LinkedHashMap<>();
            for (Part p : Part.values()) {
                Double v = d.parts().get(p);
                if (v != null && Double.isFinite(v)) {
                    parts.put(p.name(), v);
                }
            }
            rows.add(new RankedPart(d.rank(), d.district().code(), d.district().name(), d.district().guName(), d.district().typeName(),
                    d.points(), parts, RecommendText.line(d.reasons(), Locale.KOREAN), RecommendText.line(d.reasons(), Locale.ENGLISH)));
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        for (Part p : Part.values()) {
            weights.put(p.name(), r.weights().get(p));
        }
        boolean samePreset = preset != null && preset.weights().equals(r.weights());
        return new RecommendPart(r.industry(), r.industryName(), String.valueOf(r.level()), r.quarter(), r.perStore(),
                sorted(r.filter().gus()), sorted(r.filter().types()), sorted(r.target().ages()), r.target().gender(),
                sorted(r.target().times()), samePreset && preset.builtIn() ? preset.nameKey() : null,
                samePreset && !preset.builtIn() ? preset.name() : null, weights, r.matching(), r.seoulDistricts(), rows);
    }

    private static List<String> sorted(java.util.Set<String> values) {
        return values.stream().sorted().toList();
    }
}
