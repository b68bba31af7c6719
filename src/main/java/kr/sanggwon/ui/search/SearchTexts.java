package kr.sanggwon.ui.search;

import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.search.DistrictEntry;
import kr.sanggwon.search.MapMetric;
import kr.sanggwon.search.MetricValues;

/** Localized names and value formats of the search screen and the map. */
final class SearchTexts {
    private SearchTexts() {
    }

    static String metricName(MapMetric m) {
        return switch (m) {
            case SALES_PER_STORE -> Messages.get("map.metric.salesPerStore");
            case STORES -> Messages.get("map.metric.stores");
            case CHANGE_INDEX -> Messages.get("map.metric.changeIndex");
            case FLOATING_POPULATION -> Messages.get("map.metric.floatingPopulation");
            case RECOMMEND_SCORE -> Messages.get("map.metric.recommendScore");
        };
    }

    static String changeName(String code) {
        return switch (code) {
            case "HH" -> Messages.get("map.change.hh");
            case "HL" -> Messages.get("map.change.hl");
            case "LH" -> Messages.get("map.change.lh");
            case "LL" -> Messages.get("map.change.ll");
            default -> code;
        };
    }

    static String value(MapMetric m, double v) {
        return switch (m) {
            case SALES_PER_STORE -> Formats.money(Math.round(v));
            case STORES -> Messages.get("map.value.stores", Math.round(v));
            case FLOATING_POPULATION -> Messages.get("map.value.people", Math.round(v));
            case CHANGE_INDEX, RECOMMEND_SCORE -> Formats.number(v, 0);
        };
    }

    /**
     * The legend's formatter for one set of values: money in ONE unit chosen from the largest value (억원 with one
     * decimal, else 만원), so the rows compare at a glance; other metrics as everywhere else.
     */
    static java.util.function.DoubleFunction<String> legendFormat(MetricValues values) {
        if (values.metric() != MapMetric.SALES_PER_STORE) {
            return v -> value(values.metric(), v);
        }
        double max = values.numbers().values().stream().filter(x -> x != null && Double.isFinite(x)).mapToDouble(Double::doubleValue)
                .max().orElse(0);
        kr.sanggwon.ui.chart.MoneyScale scale = kr.sanggwon.ui.chart.MoneyScale.of(0, max, 0);
        return v -> scale.tick(v) + scale.unitName();
    }

    static String valueOf(MetricValues values, String code) {
        if (values == null) {
            return Messages.get("map.value.none");
        }
        if (values.metric().categorical()) {
            String c = values.category(code);
            return c == null ? Messages.get("map.value.none") : changeName(c) + " (" + c + ")";
        }
        Double v = values.number(code);
        return v == null ? Messages.get("map.value.none") : value(values.metric(), v);
    }

    static String tooltip(DistrictEntry d, MetricValues values) {
        String place = Messages.get("search.place", nz(d.typeName()), nz(d.guName()), nz(d.dongName()));
        String metric = values == null ? "" : "\n" + metricName(values.metric()) + ": " + valueOf(values, d.code())
                + (values.quarter() == null ? "" : " · " + Formats.quarter(values.quarter()));
        return d.name() + " (" + d.code() + ")\n" + place + metric;
    }

    static String nz(String s) {
        return s == null ? "-" : s;
    }
}
