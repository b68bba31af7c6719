package kr.sanggwon.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import kr.sanggwon.common.Level;
import kr.sanggwon.common.Progress;
import kr.sanggwon.common.Quarter;
import kr.sanggwon.ingest.SummaryRepository;
import kr.sanggwon.store.Database;
import kr.sanggwon.store.SqlDialect;
import kr.sanggwon.store.Upsert;

/**
 * Writes a synthetic data set at full Seoul scale straight into the database, for query benchmarks only:
 * 1,650 상권 and 425 행정동, 100 industries, 26 quarters (20191–20252) of sales and stores for every
 * 상권 × industry, and district-level population, residents, workers, facilities and change index. Values are
 * random but plausible; the summaries are rebuilt exactly as an import does.
 */
public final class FullScaleGenerator {
    public static final int DISTRICTS = 1650;
    public static final int DONGS = 425;
    public static final int INDUSTRIES = 100;
    public static final int FIRST_YEAR = 2019;
    public static final int QUARTERS = 26;
    private static final int BATCH = 2000;

    private final Database database;
    private final Random random;
    private final int industries;

    public FullScaleGenerator(Database database, long seed) {
        this(database, seed, INDUSTRIES);
    }

    /** Sales and stores for the first {@code industries} industry codes only (a benchmark that needs one industry). */
    public FullScaleGenerator(Database database, long seed, int industries) {
        this.database = database;
        this.random = new Random(seed);
        this.industries = Math.max(1, Math.min(INDUSTRIES, industries));
    }

    public static List<Integer> quarters() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < QUARTERS; i++) {
            out.add(Quarter.plus(FIRST_YEAR * 10 + 1, i));
        }
        return out;
    }

    public static List<String> industryCodes() {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            out.add(String.format("CS1%05d", i));
        }
        for (int i = 1; i <= 47; i++) {
            out.add(String.format("CS2%05d", i));
        }
        for (int i = 1; i <= 43; i++) {
            out.add(String.format("CS3%05d", i));
        }
        return out;
    }

    public static String districtCode(int i) {
        return String.valueOf(3110001 + i);
    }

    static String dongCode(int i) {
        return String.valueOf(11110500 + i * 10);
    }

    public void generate(Progress progress) throws SQLException {
        try (Connection c = database.connection()) {
            c.setAutoCommit(false);
            long batch = batch(c);
            masters(c, batch);
            List<Integer> quarters = quarters();
            double[] districtSize = new double[DISTRICTS];
            for (int d = 0; d < DISTRICTS; d++) {
                districtSize[d] = Math.exp(random.nextGaussian() * 0.8);
            }
            districtLevel(c, batch, quarters, districtSize);
            c.commit();
            facts(c, batch, quarters, districtSize, progress);
            Set<Integer> all = new TreeSet<>(quarters);
            SummaryRepository.rebuild(c, all);
            kr.sanggwon.ingest.DistrictFeatureRepository.rebuild(c);
            c.commit();
        }
    }

    private static long batch(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_batch (file_name, sha256, dataset, lvl, rows_read,"
                + " rows_imported, rows_rejected, min_quarter, max_quarter, started_at, finished_at)"
                + " VALUES ('full-scale-synthetic', '-', ?, ?, 0, 0, 0, 20191, 20252, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            long last = 0;
            for (String ds : new String[] {"SALES_T", "STORES_T", "FLOATING_T", "RESIDENT_T", "WORKER_T", "FACILITY_T", "CHANGE_T", "FLOATING_D"}) {
                ps.setString(1, ds);
                ps.setString(2, ds.substring(ds.length() - 1));
                ps.setTimestamp(3, Timestamp.from(Instant.now()));
                ps.setTimestamp(4, Timestamp.from(Instant.now()));
                ps.executeUpdate();
                try (var rs = ps.getGeneratedKeys()) {
                    rs.next();
                    last = rs.getLong(1);
                }
            }
            return last;
        }
    }

    private void masters(Connection c, long batch) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SqlDialect.of(c).upsert(Upsert.into("industry", List.of("code"), List.of("code", "name"))))) {
            for (String code : industryCodes()) {
                ps.setString(1, code);
                ps.setString(2, code.equals("CS100010") ? "커피-음료" : "업종 " + code.substring(2));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        String[] types = {"A", "D", "R", "U"};
        String[] typeNames = {"골목상권", "발달상권", "전통시장", "관광특구"};
        try (PreparedStatement ps = c.prepareStatement(SqlDialect.of(c).upsert(
                Upsert.into("district", List.of("code"), List.of("code", "lvl", "name", "type_code", "type_name", "gu_code", "gu_name",
                        "dong_code", "dong_name", "x_tm", "y_tm", "area_m2", "from_master", "batch_id")).withValue("from_master", "TRUE")))) {
            for (int i = 0; i < DONGS; i++) {
                ps.setString(1, dongCode(i));
                ps.setString(2, "D");
                ps.setString(3, "가상" + (i + 1) + "동");
                ps.setString(4, null);
                ps.setString(5, null);
                ps.setString(6, String.valueOf(11110 + (i % 25) * 10));
                ps.setString(7, "가상" + (i % 25 + 1) + "구");
                ps.setString(8, null);
                ps.setString(9, null);
                ps.setInt(10, 190000 + random.nextInt(25000));
                ps.setInt(11, 440000 + random.nextInt(25000));
                ps.setLong(12, 500000 + random.nextInt(2000000));
                ps.setLong(13, batch);
                ps.addBatch();
            }
            for (int i = 0; i < DISTRICTS; i++) {
                int t = i < 1090 ? 0 : i < 1339 ? 1 : i < 1644 ? 2 : 3;
                int dong = i % DONGS;
                ps.setString(1, districtCode(i));
                ps.setString(2, "T");
                ps.setString(3, "가상상권 " + (i + 1));
                ps.setString(4, types[t]);
                ps.setString(5, typeNames[t]);
                ps.setString(6, String.valueOf(11110 + (dong % 25) * 10));
                ps.setString(7, "가상" + (dong % 25 + 1) + "구");
                ps.setString(8, dongCode(dong));
                ps.setString(9, "가상" + (dong + 1) + "동");
                ps.setInt(10, 190000 + random.nextInt(25000));
                ps.setInt(11, 440000 + random.nextInt(25000));
                ps.setLong(12, 20000 + random.nextInt(400000));
                ps.setLong(13, batch);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void districtLevel(Connection c, long batch, List<Integer> quarters, double[] size) throws SQLException {
        String pop = "INSERT INTO population_q (district_code, quarter, lvl, total, male, female, age10, age20, age30, age40, age50,"
                + " age60, t00_06, t06_11, t11_14, t14_17, t17_21, t21_24, mon, tue, wed, thu, fri, sat, sun, batch_id)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        try (PreparedStatement p = c.prepareStatement(pop);
             PreparedStatement w = c.prepareStatement("INSERT INTO worker_q (district_code, quarter, lvl, total, male, female, batch_id) VALUES (?,?,'T',?,?,?,?)");
             PreparedStatement r = c.prepareStatement("INSERT INTO resident_q (district_code, quarter, lvl, total, male, female, households, batch_id) VALUES (?,?,'T',?,?,?,?,?)");
             PreparedStatement f = c.prepareStatement("INSERT INTO facility_q (district_code, quarter, lvl, facilities, subway_station, bus_stop, bank, pharmacy, university, batch_id) VALUES (?,?,'T',?,?,?,?,?,?,?)");
             PreparedStatement ch = c.prepareStatement("INSERT INTO change_q (district_code, quarter, lvl, change_index, change_name, op_months, closed_months, batch_id) VALUES (?,?,'T',?,?,?,?,?)")) {
            String[] idx = {"HH", "HL", "LH", "LL"};
            String[] idxName = {"정체", "상권축소", "상권확장", "다이나믹"};
            for (int d = 0; d < DISTRICTS + DONGS; d++) {
                boolean dong = d >= DISTRICTS;
                String code = dong ? dongCode(d - DISTRICTS) : districtCode(d);
                double s = dong ? 3 : size[d];
                for (int qi = 0; qi < quarters.size(); qi++) {
                    int q = quarters.get(qi);
                    long total = Math.round(300000 * s * (1 + 0.01 * qi) * (0.9 + 0.2 * random.nextDouble()));
                    p.setString(1, code);
                    p.setInt(2, q);
                    p.setString(3, String.valueOf((dong ? Level.DONG : Level.TRDAR).code()));
                    p.setLong(4, total);
                    p.setLong(5, total * 48 / 100);
                    p.setLong(6, total - total * 48 / 100);
                    int[] ages = {8, 22, 22, 18, 16, 14};
                    for (int a = 0; a < 6; a++) {
                        p.setLong(7 + a, total * ages[a] / 100);
                    }
                    int[] times = {8, 17, 20, 18, 24, 13};
                    for (int t = 0; t < 6; t++) {
                        p.setLong(13 + t, total * times[t] / 100);
                    }
                    for (int day = 0; day < 7; day++) {
                        p.setLong(19 + day, total / 7);
                    }
                    p.setLong(26, batch);
                    p.addBatch();
                    if (!dong) {
                        long workers = Math.round(5000 * s * (0.5 + random.nextDouble()));
                        w.setString(1, code);
                        w.setInt(2, q);
                        w.setLong(3, workers);
                        w.setLong(4, workers / 2);
                        w.setLong(5, workers - workers / 2);
                        w.setLong(6, batch);
                        w.addBatch();
                        long res = Math.round(8000 * (0.5 + random.nextDouble()));
                        r.setString(1, code);
                        r.setInt(2, q);
                        r.setLong(3, res);
                        r.setLong(4, res / 2);
                        r.setLong(5, res - res / 2);
                        r.setLong(6, res / 2);
                        r.setLong(7, batch);
                        r.addBatch();
                        f.setString(1, code);
                        f.setInt(2, q);
                        f.setLong(3, Math.round(20 * s));
                        f.setLong(4, random.nextInt(3));
                        f.setLong(5, random.nextInt(20));
                        f.setLong(6, random.nextInt(6));
                        f.setLong(7, random.nextInt(8));
                        f.setLong(8, random.nextInt(2));
                        f.setLong(9, batch);
                        f.addBatch();
                        int k = random.nextInt(4);
                        ch.setString(1, code);
                        ch.setInt(2, q);
                        ch.setString(3, idx[k]);
                        ch.setString(4, idxName[k]);
                        ch.setDouble(5, 60 + random.nextInt(60));
                        ch.setDouble(6, 30 + random.nextInt(40));
                        ch.setLong(7, batch);
                        ch.addBatch();
                    }
                }
                if (d % 100 == 99) {
                    for (PreparedStatement ps : new PreparedStatement[] {p, w, r, f, ch}) {
                        ps.executeBatch();
                    }
                }
            }
            for (PreparedStatement ps : new PreparedStatement[] {p, w, r, f, ch}) {
                ps.executeBatch();
            }
        }
    }

    private void facts(Connection c, long batch, List<Integer> quarters, double[] size, Progress progress) throws SQLException {
        StringBuilder cols = new StringBuilder("district_code, industry_code, quarter, lvl, sales_amt, sales_cnt, weekday_amt,"
                + " weekend_amt, mon_amt, tue_amt, wed_amt, thu_amt, fri_amt, sat_amt, sun_amt, t00_06_amt, t06_11_amt,"
                + " t11_14_amt, t14_17_amt, t17_21_amt, t21_24_amt, male_amt, female_amt, age10_amt, age20_amt, age30_amt,"
                + " age40_amt, age50_amt, age60_amt, batch_id");
        String sales = "INSERT INTO sales_q (" + cols + ") VALUES (" + "?,".repeat(29) + "?)";
        String stores = "INSERT INTO stores_q (district_code, industry_code, quarter, lvl, stores, similar_stores, open_rate,"
                + " open_count, close_rate, close_count, franchise, batch_id) VALUES (?,?,?,'T',?,?,?,?,?,?,?,?)";
        List<String> industries = industryCodes().subList(0, this.industries);
        double[] industrySize = new double[industries.size()];
        for (int i = 0; i < industrySize.length; i++) {
            industrySize[i] = Math.exp(random.nextGaussian() * 0.7);
        }
        try (PreparedStatement s = c.prepareStatement(sales); PreparedStatement t = c.prepareStatement(stores)) {
            int pending = 0;
            for (int d = 0; d < DISTRICTS; d++) {
                String code = districtCode(d);
                for (int i = 0; i < industries.size(); i++) {
                    double base = 3e8 * size[d] * industrySize[i];
                    long nStores = Math.max(1, Math.round(4 * size[d] * industrySize[i] * (0.6 + random.nextDouble())));
                    for (int qi = 0; qi < quarters.size(); qi++) {
                        long amt = Math.round(base * (1 + 0.015 * qi) * (0.85 + 0.3 * random.nextDouble()));
                        fillSales(s, code, industries.get(i), quarters.get(qi), amt, batch);
                        s.addBatch();
                        long open = random.nextInt((int) Math.min(5, nStores) + 1);
                        long close = random.nextInt((int) Math.min(5, nStores) + 1);
                        t.setString(1, code);
                        t.setString(2, industries.get(i));
                        t.setInt(3, quarters.get(qi));
                        t.setLong(4, nStores);
                        t.setLong(5, nStores + random.nextInt(3));
                        t.setDouble(6, Math.round(1000.0 * open / nStores) / 10.0);
                        t.setLong(7, open);
                        t.setDouble(8, Math.round(1000.0 * close / nStores) / 10.0);
                        t.setLong(9, close);
                        t.setLong(10, random.nextInt((int) nStores + 1));
                        t.setLong(11, batch);
                        t.addBatch();
                        if (++pending == BATCH) {
                            s.executeBatch();
                            t.executeBatch();
                            pending = 0;
                        }
                    }
                }
                if (d % 50 == 49) {
                    s.executeBatch();
                    t.executeBatch();
                    pending = 0;
                    c.commit();
                    progress.checkCancelled();
                    progress.update(d + 1, DISTRICTS, code);
                }
            }
            s.executeBatch();
            t.executeBatch();
            c.commit();
        }
    }

    private void fillSales(PreparedStatement s, String code, String industry, int quarter, long amt, long batch)
            throws SQLException {
        s.setString(1, code);
        s.setString(2, industry);
        s.setInt(3, quarter);
        s.setString(4, "T");
        s.setLong(5, amt);
        s.setLong(6, Math.max(1, amt / 12000));
        long weekend = Math.round(amt * (0.2 + 0.2 * random.nextDouble()));
        s.setLong(7, amt - weekend);
        s.setLong(8, weekend);
        long weekday = amt - weekend;
        for (int i = 0; i < 5; i++) {
            s.setLong(9 + i, weekday / 5);
        }
        s.setLong(14, weekend / 2);
        s.setLong(15, weekend - weekend / 2);
        double[] bands = {0.03, 0.12, 0.3, 0.2, 0.25, 0.1};
        double jitter = 0.05 * random.nextDouble();
        for (int i = 0; i < 6; i++) {
            s.setLong(16 + i, Math.round(amt * (bands[i] + (i == 2 ? jitter : i == 4 ? -jitter : 0))));
        }
        double female = 0.35 + 0.3 * random.nextDouble();
        s.setLong(22, Math.round(amt * 0.9 * (1 - female)));
        s.setLong(23, Math.round(amt * 0.9 * female));
        double[] ages = {0.04, 0.22, 0.26, 0.2, 0.16, 0.12};
        for (int i = 0; i < 6; i++) {
            s.setLong(24 + i, Math.round(amt * 0.9 * ages[i]));
        }
        s.setLong(30, batch);
    }
}
