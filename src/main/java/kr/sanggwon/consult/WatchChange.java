package kr.sanggwon.consult;

import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.district.ChangeIndex;
import kr.sanggwon.district.KpiFormat;
import kr.sanggwon.district.Metric;

/**
 * One notable move of a watched district: which number, against which earlier quarter, from what to what. {@code delta}
 * is a ratio (0.25 = +25 %) for sales and stores, percentage points for the closure rate, null for 상권변화지표 (whose
 * codes are {@code fromCode} → {@code toCode}). {@code usual} is the district's usual change the move was held against
 * (null when too little history).
 */
public record WatchChange(Metric metric, Basis basis, int quarter, Double before, Double after, Double delta, Double usual,
                          String fromCode, String toCode) {

    /** Compared with the quarter before, or with the same quarter a year before. */
    public enum Basis { QUARTER, YEAR }

    /** The move in one plain sentence, e.g. "매출이 직전 분기보다 25.0% 늘었습니다 (8,000만원 → 1억원)." */
    public String sentence() {
        if (metric == Metric.CHANGE_INDEX) {
            return Messages.get("consult.watch.change.index", indexName(fromCode), indexName(toCode));
        }
        boolean points = metric.unit() == Metric.Unit.PERCENT;
        String verb = delta > 0 ? (points ? "higher" : "more") : (points ? "lower" : "less");
        String amount = points ? Formats.number(Math.abs(delta), 1) + "%p" : Formats.number(Math.abs(delta) * 100, 1) + "%";
        return Messages.get("consult.watch.change." + verb, Messages.get("consult.watch.subject." + metric.name()),
                Messages.get("consult.watch.basis." + basis.name()), amount, KpiFormat.value(metric.unit(), before),
                KpiFormat.value(metric.unit(), after));
    }

    private static String indexName(String code) {
        return ChangeIndex.of(code).map(ci -> Messages.get(ci.nameKey())).orElse(code == null ? "-" : code);
    }
}
