package kr.sanggwon.search;

import java.util.Map;

/**
 * One metric for every 상권 that has it, in its latest quarter (null when the data has none): numbers for numeric
 * metrics, codes (HH, HL, LH, LL) for the change index.
 */
public record MetricValues(MapMetric metric, Integer quarter, Map<String, Double> numbers, Map<String, String> categories) {
    public MetricValues {
        numbers = Map.copyOf(numbers);
        categories = Map.copyOf(categories);
    }

    public static MetricValues empty(MapMetric metric) {
        return new MetricValues(metric, null, Map.of(), Map.of());
    }

    public boolean isEmpty() {
        return numbers.isEmpty() && categories.isEmpty();
    }

    public Double number(String code) {
        return numbers.get(code);
    }

    public String category(String code) {
        return categories.get(code);
    }
}
