package kr.sanggwon.district;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.sanggwon.common.UserException;
import kr.sanggwon.store.ReadSession;

/**
 * 유사 상권 찾기: districts whose standardized features (population mix, workers, residents, attractors, type,
 * income/price level and, for an industry, sales per store) are closest to a reference district. Reads the
 * district_feature summary once per data version and one industry slice of sales/stores per industry.
 */
public final class LookalikeService {
    private static final int DRIVERS = 3;
    /** Standardized gaps below this count as alike, at or above as different. */
    static final double ALIKE_GAP = 1.0;

    private final Reference reference;
    private volatile FeatureTable table;
    private final Map<String, Map<String, Double>> salesPerStore = new HashMap<>();
    private long salesVersion = -1;

    public LookalikeService(Reference reference) {
        this.reference = reference;
    }

    public Lookalike similar(String code, String industry, int top) {
        try (ReadSession c = reference.session()) {
            DistrictInfo ref = reference.district(c, code);
            String industryName = industry == null ? null : reference.industryName(c, industry);
            if (industry != null && industryName == null) {
                throw new UserException("district.error.unknownIndustry", industry);
            }
            long version = reference.version(c);
            FeatureTable t = table;
            if (t == null || t.version != version) {
                t = FeatureTable.load(c, version);
                table = t;
            }
            Map<String, Double> sps = industry == null ? Map.of() : salesPerStore(c, version, industry, ref.level());
            return rank(t, ref, industry, industryName, sps, top);
        }
    }

    private synchronized Map<String, Double> salesPerStore(ReadSession c, long version, String industry, String level) {
        if (salesVersion != version) {
            salesPerStore.clear();
            salesVersion = version;
        }
        String key = industry + "|" + level;
        Map<String, Double> cached = salesPerStore.get(key);
        if (cached != null) {
            return cached;
        }
        Map<String, Double> out = new HashMap<>();
        Integer quarter = DistrictRepository.latestStoresQuarter(c, industry, level);
        if (quarter != null) {
            for (Map.Entry<String, QuarterRow> e : DistrictRepository.industryAt(c, industry, level, quarter).entrySet()) {
                QuarterRow r = e.getValue();
                if (r.has(0) && r.has(1) && r.get(1) > 0) {
                    out.put(e.getKey(), r.get(0) / r.get(1));
                }
            }
        }
        salesPerStore.put(key, out);
        return out;
    }

    static Lookalike rank(FeatureTable t, DistrictInfo ref, String industry, String industryName, Map<String, Double> sps,
                          int top) {
        List<FeatureTable.Entry> peers = t.entries.stream().filter(e -> e.level.equals(ref.level())).toList();
        Map<String, FeatureTable.Entry> byCode = new HashMap<>();
        peers.forEach(e -> byCode.put(e.code, e));
        FeatureTable.Entry me = byCode.get(ref.code());
        if (me == null) {
            return new Lookalike(ref, industry, industryName, List.of());
        }
        Map<Feature, double[]> stats = new EnumMap<>(Feature.class);
        for (Feature f : Feature.values()) {
            stats.put(f, meanSd(peers, f, sps));
        }
        List<Lookalike.Match> matches = new ArrayList<>();
        for (FeatureTable.Entry other : peers) {
            if (other.code.equals(ref.code())) {
                continue;
            }
            double sum = 0;
            double weights = 0;
            List<Lookalike.Driver> drivers = new ArrayList<>();
            for (Feature f : Feature.values()) {
                Double a = value(me, f, sps);
                Double b = value(other, f, sps);
                if (a == null || b == null) {
                    continue;
                }
                double gap;
                if (f == Feature.TYPE) {
                    gap = me.typeCode != null && me.typeCode.equals(other.typeCode) ? 0 : 2;
                } else {
                    double[] ms = stats.get(f);
                    gap = ms[1] <= 0 ? 0 : Math.abs(transform(f, a) - transform(f, b)) / ms[1];
                }
                sum += f.weight() * gap * gap;
                weights += f.weight();
                drivers.add(new Lookalike.Driver(f, f == Feature.TYPE ? null : a, f == Feature.TYPE ? null : b, gap));
            }
            if (weights == 0) {
                continue;
            }
            double distance = Math.sqrt(sum / weights);
            double similarity = 100.0 / (1.0 + distance);
            drivers.sort(Comparator.comparingDouble(Lookalike.Driver::gap));
            List<Lookalike.Driver> alike = drivers.stream().filter(d -> d.gap() < ALIKE_GAP).limit(DRIVERS).toList();
            List<Lookalike.Driver> different = drivers.stream().sorted(Comparator.comparingDouble(Lookalike.Driver::gap).reversed())
                    .filter(d -> d.gap() >= ALIKE_GAP).limit(2).toList();
            matches.add(new Lookalike.Match(other.code, other.name, other.guName, other.typeName, similarity, sps.get(other.code),
                    alike, different));
        }
        matches.sort(Comparator.comparingDouble(Lookalike.Match::similarity).reversed().thenComparing(Lookalike.Match::code));
        return new Lookalike(ref, industry, industryName, List.copyOf(matches.subList(0, Math.min(top, matches.size()))));
    }

    private static double[] meanSd(List<FeatureTable.Entry> peers, Feature f, Map<String, Double> sps) {
        double s = 0;
        double s2 = 0;
        int n = 0;
        for (FeatureTable.Entry e : peers) {
            Double v = value(e, f, sps);
            if (v != null && f != Feature.TYPE) {
                double x = transform(f, v);
                s += x;
                s2 += x * x;
                n++;
            }
        }
        if (n < 2) {
            return new double[] {0, 0};
        }
        double mean = s / n;
        return new double[] {mean, Math.sqrt(Math.max(0, s2 / n - mean * mean))};
    }

    private static double transform(Feature f, double v) {
        return f.log() ? Math.log1p(Math.max(0, v)) : v;
    }

    static Double value(FeatureTable.Entry e, Feature f, Map<String, Double> sps) {
        return f == Feature.SALES_PER_STORE ? sps.get(e.code) : f == Feature.TYPE ? (e.typeCode == null ? null : 0.0)
                : e.values.get(f);
    }
}
