package kr.sanggwon.recommend;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A constructed snapshot with known answers: districts D00 … D(n−1) of one industry at quarter 20244, each with flat
 * sales per store, the same stores, floating population, closing rate, operating months, change index and a floating
 * mix equal to the industry's. Tests change one district's facts and look at the parts.
 */
final class World {
    final Map<String, DistrictRef> districts = new LinkedHashMap<>();
    final Map<String, CellHistory> cells = new HashMap<>();
    final Map<String, Double> months = new HashMap<>();
    final Map<String, String> change = new HashMap<>();
    final Map<String, Double> floating = new HashMap<>();
    final Map<String, Mix> mixes = new HashMap<>();
    final Map<String, Double> market = new HashMap<>();
    final Mix industryMix = Mix.of(new double[] {1, 4, 3, 1, 1, 0}, new double[] {4, 6}, new double[] {0, 2, 4, 2, 2, 0});

    World(int n) {
        java.util.Random random = new java.util.Random(20241);
        String[] changes = {"HH", "LL", "LH", "HL"};
        for (int i = 0; i < n; i++) {
            String code = String.format("D%02d", i);
            districts.put(code, new DistrictRef(code, 'T', "상권" + i, i % 2 == 0 ? "11620" : "11680",
                    i % 2 == 0 ? "관악구" : "강남구", i % 3 == 0 ? "D" : "A", null));
            double level = 30_000_000 * Math.exp(0.3 * random.nextGaussian());
            double growth = (random.nextDouble() - 0.5) * 0.04;
            double storeCount = 5 + random.nextInt(16);
            double[] sales = new double[CellHistory.WINDOW];
            double[] stores = new double[CellHistory.WINDOW];
            for (int q = 0; q < CellHistory.WINDOW; q++) {
                stores[q] = storeCount;
                sales[q] = storeCount * level * Math.pow(1 + growth, q - 2) * (1 + 0.01 * random.nextGaussian());
            }
            cells.put(code, new CellHistory(sales, stores, 2 + 3 * random.nextDouble(), 1));
            months.put(code, 40 + 50 * random.nextDouble());
            change.put(code, changes[random.nextInt(4)]);
            floating.put(code, 50_000 + 250_000 * random.nextDouble());
            market.put(code, 5e9 * Math.exp(0.4 * random.nextGaussian()));
            double tilt = random.nextDouble() * 1.5;
            mixes.put(code, Mix.of(new double[] {1, 4 - tilt, 3, 1 + tilt, 1, tilt / 2}, new double[] {4 + tilt, 6 - tilt},
                    new double[] {0, 2, 4, 2, 2, tilt}));
        }
    }

    Snapshot snapshot() {
        return new Snapshot("CS100010", "커피-음료", 'T', 20244, true, districts, cells, months, change, floating, mixes, market,
                industryMix, 20244, 20244, 'T');
    }

    ScoreFrame frame(Target target) {
        return FrameBuilder.build(snapshot(), target, Map.of());
    }

    ScoreFrame frame() {
        return frame(Target.NONE);
    }

    /** Multiplies a district's sales in every quarter (level moves, trend stays). */
    void scaleSales(String code, double factor) {
        CellHistory h = cells.get(code);
        double[] s = h.sales().clone();
        for (int q = 0; q < s.length; q++) {
            s[q] *= factor;
        }
        cells.put(code, new CellHistory(s, h.stores(), h.closeRate(), h.closeCount()));
    }

    /** Sales per store growing by {@code perQuarter} from T−4 to T around the same mean (trend moves, level about the same). */
    void growth(String code, double perQuarter) {
        CellHistory h = cells.get(code);
        double base = h.sales()[2];
        double[] s = new double[CellHistory.WINDOW];
        for (int q = 0; q < s.length; q++) {
            s[q] = base * Math.pow(1 + perQuarter, q - 2);
        }
        cells.put(code, new CellHistory(s, h.stores(), h.closeRate(), h.closeCount()));
    }

    void closeRate(String code, double rate) {
        CellHistory h = cells.get(code);
        cells.put(code, new CellHistory(h.sales(), h.stores(), rate, h.closeCount()));
    }

    double z(ScoreFrame f, Part p, String code) {
        int row = f.table().stringColumn(ScoreFrame.CODE).indexOf(code);
        return f.table().doubleColumn(ScoreFrame.z(p)).getDouble(row);
    }

    double score(ScoreFrame f, Weights w, String code) {
        int row = f.table().stringColumn(ScoreFrame.CODE).indexOf(code);
        return Ranker.scores(f, w).getDouble(row);
    }
}
