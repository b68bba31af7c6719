package kr.sanggwon.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kr.sanggwon.common.Text;
import kr.sanggwon.common.UserException;
import kr.sanggwon.customer.CustomerProfile;
import kr.sanggwon.customer.CustomerService;
import kr.sanggwon.district.DistrictInfo;
import kr.sanggwon.district.DistrictService;
import kr.sanggwon.district.DistrictSnapshot;
import kr.sanggwon.district.Kpi;
import kr.sanggwon.district.Metric;

/**
 * 상권 비교: the same numbers as the dashboard and customer screens, side by side for 2–4 districts. Its own package
 * because it combines two analyses (district and customer), which must not depend on each other in both directions.
 */
public final class CompareService {
    public static final int MIN = 2;
    public static final int MAX = 4;
    /** Row id of the year-on-year sales change, which has no {@link Metric} of its own. */
    public static final String GROWTH = "SALES_GROWTH";
    private static final List<Metric> ROWS = List.of(Metric.SALES, Metric.SALES_PER_STORE, Metric.SALES_COUNT, Metric.STORES,
            Metric.OPEN_RATE, Metric.CLOSE_RATE, Metric.FRANCHISE_SHARE, Metric.FLOATING, Metric.WORKERS, Metric.RESIDENTS,
            Metric.OP_MONTHS, Metric.CHANGE_INDEX);
    private static final List<Metric> TRENDS = List.of(Metric.SALES, Metric.SALES_PER_STORE, Metric.STORES, Metric.CLOSE_RATE,
            Metric.FLOATING);
    /** Rows that get a "best for …" sentence, in the order they are told. */
    private static final List<String> SUMMARY_ROWS = List.of("SALES", "SALES_PER_STORE", GROWTH, "CLOSE_RATE", "FLOATING",
            "WORKERS", "OP_MONTHS");

    private final DistrictService districts;
    private final CustomerService customers;

    public CompareService(DistrictService districts, CustomerService customers) {
        this.districts = districts;
        this.customers = customers;
    }

    public Comparison compare(String industry, List<String> codes) {
        Set<String> unique = new LinkedHashSet<>(codes);
        if (unique.size() < MIN || unique.size() > MAX) {
            throw new UserException("compare.error.count", MIN, MAX, unique.size());
        }
        if (industry == null || industry.isBlank()) {
            throw new UserException("compare.error.industry");
        }
        List<DistrictSnapshot> snaps = districts.snapshotsWithoutMix(unique, industry);
        List<CustomerProfile> profiles = new ArrayList<>();
        for (String code : unique) {
            CustomerProfile p;
            try {
                p = customers.profile(code, industry);
            } catch (UserException e) {
                p = null;
            }
            profiles.add(p);
        }
        List<Comparison.Row> rows = rows(snaps);
        List<DistrictInfo> infos = snaps.stream().map(DistrictSnapshot::info).toList();
        return new Comparison(industry, snaps.get(0).industryName(), infos, rows, trends(snaps), profiles,
                summary(infos, rows));
    }

    static List<Comparison.Row> rows(List<DistrictSnapshot> snaps) {
        List<Comparison.Row> rows = new ArrayList<>();
        for (Metric m : ROWS) {
            List<Double> values = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            List<Integer> quarters = new ArrayList<>();
            for (DistrictSnapshot s : snaps) {
                Kpi k = s.kpi(m);
                values.add(k == null ? null : k.value());
                texts.add(k == null ? null : k.text());
                quarters.add(k == null ? null : k.quarter());
            }
            rows.add(new Comparison.Row(m.name(), m.labelKey(), m.unit(), m.direction(), values, texts, quarters,
                    best(current(values, quarters), m.direction())));
            if (m == Metric.SALES) {
                List<Double> growth = new ArrayList<>();
                for (DistrictSnapshot s : snaps) {
                    Kpi k = s.kpi(Metric.SALES);
                    growth.add(k == null ? null : k.deltaYear());
                }
                rows.add(new Comparison.Row(GROWTH, "compare.row.growth", Metric.Unit.PERCENT, Metric.Direction.HIGHER,
                        growth, texts.stream().map(t -> (String) null).toList(), quarters, best(growth, Metric.Direction.HIGHER)));
            }
        }
        return rows;
    }

    /** Values of an older quarter than the row's latest cannot win (e.g. sales per store from before the shop closed). */
    static List<Double> current(List<Double> values, List<Integer> quarters) {
        int latest = quarters.stream().filter(q -> q != null).mapToInt(Integer::intValue).max().orElse(0);
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            out.add(quarters.get(i) != null && quarters.get(i) == latest ? values.get(i) : null);
        }
        return out;
    }

    /**
     * Indices of the best values (ties all count); empty when the row has no direction, fewer than two values, or
     * all values are equal (nobody is better).
     */
    static List<Integer> best(List<Double> values, Metric.Direction direction) {
        if (direction == Metric.Direction.NONE || values.stream().filter(v -> v != null).count() < 2
                || values.stream().filter(v -> v != null).distinct().count() < 2) {
            return List.of();
        }
        Double best = null;
        for (Double v : values) {
            if (v != null && (best == null || (direction == Metric.Direction.HIGHER ? v > best : v < best))) {
                best = v;
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null && values.get(i).equals(best)) {
                out.add(i);
            }
        }
        return out;
    }

    private static List<Comparison.AlignedTrend> trends(List<DistrictSnapshot> snaps) {
        List<Comparison.AlignedTrend> out = new ArrayList<>();
        for (Metric m : TRENDS) {
            TreeSet<Integer> quarters = new TreeSet<>();
            for (DistrictSnapshot s : snaps) {
                s.trend(m).points().forEach(p -> quarters.add(p.quarter()));
            }
            List<Integer> qs = List.copyOf(quarters);
            List<List<Double>> values = new ArrayList<>();
            for (DistrictSnapshot s : snaps) {
                List<Double> line = new ArrayList<>();
                for (int q : qs) {
                    line.add(Kpi.valueAt(s.trend(m), q));
                }
                values.add(line);
            }
            out.add(new Comparison.AlignedTrend(m, qs, values));
        }
        return out;
    }

    /** One sentence per row with a single best district, then who wins most rows. */
    static List<Text> summary(List<DistrictInfo> infos, List<Comparison.Row> rows) {
        List<Text> out = new ArrayList<>();
        int[] wins = new int[infos.size()];
        for (Comparison.Row r : rows) {
            if (r.best().size() == 1) {
                wins[r.best().get(0)]++;
            }
        }
        for (String id : SUMMARY_ROWS) {
            Comparison.Row r = rows.stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
            if (r != null && r.best().size() == 1) {
                out.add(Text.of("compare.summary." + id, infos.get(r.best().get(0)).name()));
            }
        }
        int top = 0;
        for (int i = 1; i < wins.length; i++) {
            if (wins[i] > wins[top]) {
                top = i;
            }
        }
        if (wins[top] > 0) {
            out.add(Text.of("compare.summary.overall", infos.get(top).name(), wins[top]));
        } else {
            out.add(Text.of("compare.summary.none"));
        }
        return out;
    }
}
