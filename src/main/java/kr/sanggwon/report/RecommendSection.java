package kr.sanggwon.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kr.sanggwon.common.Formats;
import kr.sanggwon.consult.ScenarioSnapshot;
import kr.sanggwon.consult.ScenarioSnapshot.RankedPart;
import kr.sanggwon.consult.ScenarioSnapshot.RecommendPart;

/**
 * 추천 상권 목록 (유망 상권 as saved): what was asked (industry, filters, target customers, preset and weights), the ranked
 * districts with score and one-line reason, then each part of their score.
 */
final class RecommendSection implements ScenarioSection {
    private static final String[] PARTS = {"SALES", "TREND", "COMPETITION", "SURVIVAL", "CHANGE", "FIT", "CONFIDENCE"};

    @Override
    public boolean appliesTo(ScenarioSnapshot s) {
        return s.recommend() != null && !s.recommend().rows().isEmpty();
    }

    @Override
    public void write(ReportContent c, ScenarioSnapshot s, PdfLayout out) throws IOException {
        RecommendPart r = s.recommend();
        out.heading(c.t("ranking.heading"));
        out.note(c.t("ranking.intro", r.industryName(), c.text("recommend.grain." + r.level()), c.quarter(r.quarter()),
                r.matching(), r.seoulDistricts(), r.rows().size()));
        out.note(c.t("ranking.settings", filters(c, r), target(c, r), preset(c, r), weights(c, r)));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"#", c.t("ranking.district"), c.t("ranking.score"), c.t("ranking.why")});
        for (RankedPart d : r.rows()) {
            String where = d.guName() == null ? d.name() : d.name() + " · " + d.guName();
            rows.add(new String[]{String.valueOf(d.rank()), where + " (" + d.code() + ")", Formats.number(d.points(), 1),
                    c.english() ? d.lineEn() : d.lineKo()});
        }
        out.table(rows, new float[]{0.06f, 0.26f, 0.10f, 0.58f}, new boolean[]{true, false, true, false});

        out.subheading(c.t("ranking.parts"));
        List<String[]> parts = new ArrayList<>();
        String[] head = new String[PARTS.length + 1];
        head[0] = c.t("ranking.district");
        for (int i = 0; i < PARTS.length; i++) {
            head[i + 1] = c.text("recommend.part." + PARTS[i]);
        }
        parts.add(head);
        for (RankedPart d : r.rows()) {
            String[] row = new String[PARTS.length + 1];
            row[0] = d.rank() + ". " + d.name();
            for (int i = 0; i < PARTS.length; i++) {
                Double v = d.parts().get(PARTS[i]);
                row[i + 1] = v == null ? "-" : signed(v);
            }
            parts.add(row);
        }
        float[] widths = new float[PARTS.length + 1];
        boolean[] right = new boolean[PARTS.length + 1];
        widths[0] = 0.23f;
        for (int i = 1; i <= PARTS.length; i++) {
            widths[i] = 0.77f / PARTS.length;
            right[i] = true;
        }
        out.table(parts, widths, right);
        out.note(c.t("ranking.partsNote"));
    }

    private static String filters(ReportContent c, RecommendPart r) {
        List<String> f = new ArrayList<>();
        f.add(r.gus().isEmpty() ? c.text("recommend.ui.allGu") : String.join(", ", r.gus()));
        f.add(r.types().isEmpty() ? c.text("recommend.ui.allTypes")
                : r.types().stream().map(t -> c.text("recommend.type." + t)).collect(Collectors.joining(", ")));
        return String.join(" · ", f);
    }

    private static String target(ReportContent c, RecommendPart r) {
        List<String> t = new ArrayList<>();
        r.ages().forEach(a -> t.add(c.text("customer.band." + a)));
        if (r.gender() != null) {
            t.add(c.text("customer.band." + r.gender()));
        }
        r.times().forEach(x -> t.add(c.text("customer.band." + x)));
        return t.isEmpty() ? c.t("ranking.noTarget") : String.join(", ", t);
    }

    private static String preset(ReportContent c, RecommendPart r) {
        if (r.presetKey() != null) {
            return c.text(r.presetKey());
        }
        return r.presetName() != null ? r.presetName() : c.text("recommend.ui.ownWeights");
    }

    static String weights(ReportContent c, RecommendPart r) {
        return r.weights().entrySet().stream().map((Map.Entry<String, Double> e) -> c.text("recommend.part." + e.getKey()) + " "
                + Formats.number(e.getValue(), 1)).collect(Collectors.joining(", "));
    }

    /** A standardized part as "+1.2" / "−0.4", and "0.0" for what rounds to nothing. */
    static String signed(double z) {
        String s = Formats.number(Math.abs(z), 1);
        return s.equals("0.0") ? s : (z > 0 ? "+" : "−") + s;
    }
}
