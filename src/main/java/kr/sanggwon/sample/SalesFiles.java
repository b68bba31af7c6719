package kr.sanggwon.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.sanggwon.sample.City.District;
import kr.sanggwon.sample.City.Dong;

/** 추정매출 (상권, 행정동), 점포-상권 and 상권변화지표-상권 from the market simulation. */
final class SalesFiles {
    private static final String[] CHANGE_NAMES = {"HH", "정체", "HL", "상권축소", "LH", "상권확장", "LL", "다이나믹"};
    /** Sales of a 행정동 include shops outside its 상권. */
    private static final double DONG_SALES_FACTOR = 1.3;

    private SalesFiles() {
    }

    static void write(City city, Market market, Path dir) throws IOException {
        List<Integer> quarters = city.quarters();
        List<District> districts = city.districts();
        try (OfficialCsv sales = OfficialCsv.seoul(dir.resolve(SampleFiles.SALES_T));
             OfficialCsv stores = OfficialCsv.seoul(dir.resolve(SampleFiles.STORES_T))) {
            sales.header(Headers.SALES_T);
            stores.header(Headers.STORES);
            for (int t = quarters.size() - 1; t >= 0; t--) {
                for (Market.Cell c : market.cells()) {
                    District d = districts.get(c.district);
                    List<Object> id = new ArrayList<>(PeopleFiles.trdarId(quarters.get(t), d));
                    id.add(c.industry.code());
                    id.add(c.industry.name());
                    if (c.sales[t] != null) {
                        sales.row(PeopleFiles.concat(id, measures(c.sales[t].amounts(), c.sales[t].counts())));
                    }
                    int all = c.stores[t];
                    if (all > 0 || c.opens[t] > 0 || c.closes[t] > 0) {
                        stores.row(PeopleFiles.concat(id, List.of(all - c.franchise[t], all, rate(c.opens[t], all), c.opens[t],
                                rate(c.closes[t], all), c.closes[t], c.franchise[t])));
                    }
                }
            }
        }
        writeDongSales(city, market, dir);
        writeChange(city, market, dir);
    }

    /** 개업_율 / 폐업_률 are whole percents of 유사_업종_점포_수, as in the real file (1 of 8 → 13). */
    private static long rate(int count, int stores) {
        return stores == 0 ? 0 : Math.round(100.0 * count / stores);
    }

    /** 당월_매출_금액, 당월_매출_건수, then the other amounts, then the other counts (the official column order). */
    private static List<Object> measures(long[] amounts, long[] counts) {
        List<Object> v = new ArrayList<>(48);
        v.add(amounts[0]);
        v.add(counts[0]);
        for (int i = 1; i < amounts.length; i++) {
            v.add(amounts[i]);
        }
        for (int i = 1; i < counts.length; i++) {
            v.add(counts[i]);
        }
        return v;
    }

    private static void writeDongSales(City city, Market market, Path dir) throws IOException {
        List<Integer> quarters = city.quarters();
        try (OfficialCsv sales = OfficialCsv.seoul(dir.resolve(SampleFiles.SALES_D))) {
            sales.header(Headers.SALES_D);
            for (int t = 0; t < quarters.size(); t++) {
                Map<String, long[][]> byDongIndustry = new LinkedHashMap<>();
                for (Market.Cell c : market.cells()) {
                    if (c.sales[t] == null) {
                        continue;
                    }
                    Dong dong = city.districts().get(c.district).dong();
                    long[][] sum = byDongIndustry.computeIfAbsent(dong.code() + "|" + c.industry.code(),
                            k -> new long[2][SalesRow.WIDTH]);
                    for (int i = 0; i < SalesRow.WIDTH; i++) {
                        sum[0][i] += c.sales[t].amounts()[i];
                        sum[1][i] += c.sales[t].counts()[i];
                    }
                }
                for (Dong dong : city.dongs()) {
                    for (IndustryProfile p : IndustryProfiles.all()) {
                        long[][] sum = byDongIndustry.get(dong.code() + "|" + p.code());
                        if (sum == null) {
                            continue;
                        }
                        List<Object> row = new ArrayList<>(List.of(String.valueOf(quarters.get(t)), dong.code(), dong.name(),
                                p.code(), p.name()));
                        sales.row(PeopleFiles.concat(row, measures(scaled(sum[0]), scaled(sum[1]))));
                    }
                }
            }
        }
    }

    private static long[] scaled(long[] sum) {
        long total = Math.round(sum[0] * DONG_SALES_FACTOR);
        long known = Math.round((sum[16] + sum[17]) * DONG_SALES_FACTOR);
        double female = sum[16] + sum[17] == 0 ? 0.5 : (double) sum[17] / (sum[16] + sum[17]);
        return SalesRow.part(total, SalesRow.weights(sum, 3, 7), SalesRow.weights(sum, 10, 6), female,
                SalesRow.weights(sum, 18, 6), total == 0 ? 0 : (double) known / total);
    }

    /**
     * 상권변화지표: a district where many shops opened has young shops (short 운영 months, first letter L); where
     * shops that closed had run long, closures are of old shops (second letter H). HH 정체, HL 상권축소, LH 상권확장,
     * LL 다이나믹, compared with the city average of the quarter.
     */
    private static void writeChange(City city, Market market, Path dir) throws IOException {
        List<Integer> quarters = city.quarters();
        int n = city.districts().size();
        double[][] opens = new double[n][quarters.size()];
        double[][] closes = new double[n][quarters.size()];
        double[][] stores = new double[n][quarters.size()];
        for (Market.Cell c : market.cells()) {
            for (int t = 0; t < quarters.size(); t++) {
                opens[c.district][t] += c.opens[t];
                closes[c.district][t] += c.closes[t];
                stores[c.district][t] += c.stores[t];
            }
        }
        try (OfficialCsv change = OfficialCsv.seoul(dir.resolve(SampleFiles.CHANGE_T))) {
            change.header(Headers.CHANGE);
            for (int d = 0; d < n; d++) {
                District district = city.districts().get(d);
                for (int t = 0; t < quarters.size(); t++) {
                    double seoulOp = 104 + 0.3 * t;
                    double seoulClosed = 52 + 0.1 * t;
                    double openRate = recent(opens[d], t) / Math.max(1, recent(stores[d], t));
                    double closeRate = recent(closes[d], t) / Math.max(1, recent(stores[d], t));
                    long op = Math.round(seoulOp * (1 - 5 * (openRate - 0.045)) * (1 - 2 * district.growth()) * wobble(d, t));
                    long closed = Math.round(seoulClosed * (1 + 8 * district.growth() - 4 * (closeRate - 0.045)) * wobble(t, d));
                    int code = (op >= Math.round(seoulOp) ? 0 : 4) + (closed >= Math.round(seoulClosed) ? 0 : 2);
                    change.row(String.valueOf(quarters.get(t)), district.type().name(), district.type().label, district.code(),
                            district.name(), CHANGE_NAMES[code], CHANGE_NAMES[code + 1], op, closed, Math.round(seoulOp),
                            Math.round(seoulClosed));
                }
            }
        }
    }

    /** Openings over the last year (four quarters) up to t. */
    private static double recent(double[] v, int t) {
        double s = 0;
        for (int i = Math.max(0, t - 3); i <= t; i++) {
            s += v[i];
        }
        return s / Math.min(4, t + 1);
    }

    private static double wobble(int a, int b) {
        return 1 + (((a * 31 + b * 17) % 11) - 5) / 250.0;
    }
}
