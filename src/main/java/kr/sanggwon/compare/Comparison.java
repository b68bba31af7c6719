package kr.sanggwon.compare;

import java.util.List;
import kr.sanggwon.common.Text;
import kr.sanggwon.customer.CustomerProfile;
import kr.sanggwon.district.DistrictInfo;
import kr.sanggwon.district.Metric;

/**
 * 상권 비교 of 2–4 districts for one industry: KPI rows with the best district(s) per row, trends aligned by
 * quarter, customer profiles (null where a district has no sales for the industry) and a computed summary.
 */
public record Comparison(String industryCode, String industryName, List<DistrictInfo> districts, List<Row> rows,
                         List<AlignedTrend> trends, List<CustomerProfile> profiles, List<Text> summary) {

    /** One KPI across the districts; {@code best} holds the indices of the best values (empty when direction-less). */
    public record Row(String id, String labelKey, Metric.Unit unit, Metric.Direction direction, List<Double> values,
                      List<String> texts, List<Integer> quarters, List<Integer> best) {
    }

    /** One metric over the union of quarters; {@code values.get(d).get(i)} is district d at quarters.get(i) (or null). */
    public record AlignedTrend(Metric metric, List<Integer> quarters, List<List<Double>> values) {
    }

    public Row row(String id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }
}
