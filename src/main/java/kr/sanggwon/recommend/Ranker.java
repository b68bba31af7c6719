package kr.sanggwon.recommend;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.BitmapBackedSelection;
import tech.tablesaw.selection.Selection;

/** Applies weights to a {@link ScoreFrame} in memory: the weighted score column, the filter, the order. */
final class Ranker {
    static final String SCORE = "score";

    private Ranker() {
    }

    /** The weighted score of every row of the frame, in frame order: Σ w·z / Σ w (0 when all weights are 0). */
    static DoubleColumn scores(ScoreFrame f, Weights w) {
        Table t = f.table();
        DoubleColumn score = DoubleColumn.create(SCORE, t.rowCount());
        double[] acc = new double[t.rowCount()];
        double total = w.total();
        if (total > 0) {
            for (Part p : Part.values()) {
                double weight = w.get(p) / total;
                if (weight == 0) {
                    continue;
                }
                DoubleColumn z = t.doubleColumn(ScoreFrame.z(p));
                for (int i = 0; i < acc.length; i++) {
                    acc[i] += weight * z.getDouble(i);
                }
            }
        }
        for (int i = 0; i < acc.length; i++) {
            score.set(i, acc[i]);
        }
        return score;
    }

    /** The ranked rows that pass {@code filter}, best first; {@code limit} ≤ 0 = all. */
    static Ranking rank(ScoreFrame f, Weights w, Filter filter, Target target, int limit) {
        Table ranked = rankedTable(f, w, filter);
        int n = limit <= 0 ? ranked.rowCount() : Math.min(limit, ranked.rowCount());
        List<RankedDistrict> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(row(f, ranked, i, w, target));
        }
        return new Ranking(f.industry(), f.industryName(), f.level(), f.quarter(), f.perStore(), f.seoulCloseRate(),
                f.changeQuarter(), f.populationQuarter(), f.populationQuarter() != null && f.populationLevel() != f.level(), w, filter, target,
                ranked.rowCount(), f.rows(), List.copyOf(rows));
    }

    /** The frame's rows that pass the filter with a score column, sorted best first (ties by code). */
    static Table rankedTable(ScoreFrame f, Weights w, Filter filter) {
        Table t = f.table();
        StringColumn codes = t.stringColumn(ScoreFrame.CODE);
        Selection keep = new BitmapBackedSelection();
        for (int i = 0; i < t.rowCount(); i++) {
            DistrictRef d = f.districts().get(codes.get(i));
            if (d != null && filter.accepts(d)) {
                keep.add(i);
            }
        }
        Table scored = t.copy();
        scored.addColumns(scores(f, w));
        return scored.where(keep).sortOn("-" + SCORE, ScoreFrame.CODE);
    }

    /** One district's row (or null when the frame has no row for it). */
    static RankedDistrict find(ScoreFrame f, Weights w, Target target, String code) {
        Table ranked = rankedTable(f, w, Filter.ALL);
        StringColumn codes = ranked.stringColumn(ScoreFrame.CODE);
        for (int i = 0; i < ranked.rowCount(); i++) {
            if (codes.get(i).equals(code)) {
                return row(f, ranked, i, w, target);
            }
        }
        return null;
    }

    private static RankedDistrict row(ScoreFrame f, Table t, int i, Weights w, Target target) {
        String code = t.stringColumn(ScoreFrame.CODE).get(i);
        Map<Part, Double> parts = new EnumMap<>(Part.class);
        for (Part p : Part.values()) {
            parts.put(p, t.doubleColumn(ScoreFrame.z(p)).getDouble(i));
        }
        double close = d(t, ScoreFrame.CLOSE, i);
        String missing = t.stringColumn(ScoreFrame.MISSING).get(i);
        Facts facts = new Facts(d(t, ScoreFrame.SALES, i), 1 - d(t, ScoreFrame.SALES_PCT, i), d(t, ScoreFrame.YOY, i),
                d(t, ScoreFrame.SLOPE, i), d(t, ScoreFrame.STORES, i), d(t, ScoreFrame.FLOATING, i), d(t, ScoreFrame.PER_10K, i),
                d(t, ScoreFrame.PER_SALES, i), d(t, ScoreFrame.STORE_GROWTH, i), close,
                Double.isFinite(close) && Double.isFinite(f.seoulCloseRate()) ? close - f.seoulCloseRate() : Double.NaN,
                d(t, ScoreFrame.MONTHS, i), t.stringColumn(ScoreFrame.CHANGE).get(i), d(t, ScoreFrame.FIT, i),
                d(t, ScoreFrame.CONFIDENCE, i), missing.isEmpty() ? List.of() : List.of(missing.split(",")),
                (int) d(t, ScoreFrame.FLAGS, i));
        double score = d(t, SCORE, i);
        return new RankedDistrict(f.districts().get(code), i + 1, score, Collections.unmodifiableMap(parts), facts,
                Explainer.reasons(parts, facts, w, f.perStore(), target));
    }

    private static double d(Table t, String col, int i) {
        return t.doubleColumn(col).getDouble(i);
    }
}
