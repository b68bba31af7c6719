package kr.sanggwon.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import kr.sanggwon.compare.CompareService;
import kr.sanggwon.customer.CustomerService;
import kr.sanggwon.district.DistrictService;
import kr.sanggwon.district.LookalikeService;
import kr.sanggwon.health.DataHealthService;
import kr.sanggwon.store.Database;

/**
 * Times every screen query over many random districts: the numbers behind `bench query`. Each query type runs
 * {@code warmup} times untimed, then {@code runs} times on random districts (and industries).
 */
public final class QueryBenchmark {
    /** p50/p95/max of one query type in milliseconds. */
    public record Result(String query, int runs, double p50, double p95, double max) {
    }

    /** A timed query on one random district/industry pick. */
    @FunctionalInterface
    interface Query {
        void run(String district, String industry, List<String> others) throws SQLException;
    }

    private final Database database;
    private final DistrictService districts;
    private final CustomerService customers;
    private final CompareService compare;
    private final LookalikeService lookalike;
    private final DataHealthService health;

    public QueryBenchmark(Database database, DistrictService districts, CustomerService customers, CompareService compare,
                          LookalikeService lookalike, DataHealthService health) {
        this.database = database;
        this.districts = districts;
        this.customers = customers;
        this.compare = compare;
        this.lookalike = lookalike;
        this.health = health;
    }

    public List<Result> run(int runs, int warmup, long seed) throws SQLException {
        List<String> codes = new ArrayList<>();
        // district × industry pairs that have sales: a screen is only asked about what the data holds (a random pair
        // of the sample city often has none, and the query then refuses instead of being timed)
        List<String[]> pairs = new ArrayList<>();
        try (Connection c = database.connection()) {
            read(c, "SELECT DISTINCT district_code FROM district_quarter_kpi WHERE lvl = 'T' AND sales_amt IS NOT NULL", codes);
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT district_code, industry_code FROM industry_district_kpi "
                    + "WHERE lvl = 'T' AND sales_amt IS NOT NULL ORDER BY district_code, industry_code"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    pairs.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        if (codes.size() < 4 || pairs.isEmpty()) {
            throw new kr.sanggwon.common.UserException("district.bench.noData");
        }
        Map<String, Query> queries = new LinkedHashMap<>();
        queries.put("district (all industries)", (d, i, o) -> districts.snapshot(d, null));
        queries.put("district + industry", (d, i, o) -> districts.snapshot(d, i));
        queries.put("customers + industry", (d, i, o) -> customers.profile(d, i));
        queries.put("compare 3 districts", (d, i, o) -> compare.compare(i, List.of(d, o.get(0), o.get(1))));
        queries.put("lookalike + industry", (d, i, o) -> lookalike.similar(d, i, 10));
        queries.put("health warnings (district)", (d, i, o) -> health.warningsFor(d));
        health.report();
        List<Result> out = new ArrayList<>();
        Random random = new Random(seed);
        for (Map.Entry<String, Query> q : queries.entrySet()) {
            double[] times = new double[runs];
            for (int r = -warmup; r < runs; r++) {
                String[] pair = pairs.get(random.nextInt(pairs.size()));
                String d = pair[0];
                String i = pair[1];
                List<String> others = List.of(codes.get(random.nextInt(codes.size())), codes.get(random.nextInt(codes.size())));
                if (others.contains(d) || others.get(0).equals(others.get(1))) {
                    others = List.of(codes.get((codes.indexOf(d) + 1) % codes.size()), codes.get((codes.indexOf(d) + 2) % codes.size()));
                }
                long t0 = System.nanoTime();
                q.getValue().run(d, i, others);
                long t1 = System.nanoTime();
                if (r >= 0) {
                    times[r] = (t1 - t0) / 1e6;
                }
            }
            Arrays.sort(times);
            out.add(new Result(q.getKey(), runs, pct(times, 0.5), pct(times, 0.95), times[times.length - 1]));
        }
        return out;
    }

    static double pct(double[] sorted, double p) {
        int idx = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
    }

    private static void read(Connection c, String sql, List<String> into) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                into.add(rs.getString(1));
            }
        }
    }
}
