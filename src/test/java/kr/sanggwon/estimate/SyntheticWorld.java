package kr.sanggwon.estimate;

import java.util.Random;
import kr.sanggwon.common.Level;
import kr.sanggwon.common.Quarter;

/**
 * Constructed data with a known answer, at 상권 grain (sales per store). Per cell and quarter:
 * log(sales per store) = 15 + 0.8·log(population) + 0.3·subway stations + gu effect + industry effect
 *                        + season[quarter of year] + 0.02·t (trend) + persistent cell effect + noise.
 */
final class SyntheticWorld {
    static final double POP_COEF = 0.8;
    static final double SUBWAY_COEF = 0.3;
    static final double[] SEASON = {-0.15, 0.05, 0.15, -0.05};
    static final int FIRST = 20211;
    static final int QUARTERS = 16;
    static final String[] INDUSTRIES = {"CS100001", "CS300001"};

    private SyntheticWorld() {
    }

    static EstimateData build(int gus, int districtsPerGu, double noise, long seed) {
        return build(gus, districtsPerGu, noise, seed, INDUSTRIES.length);
    }

    static EstimateData build(int gus, int districtsPerGu, double noise, long seed, int industries) {
        Random r = new Random(seed);
        EstimateData data = new EstimateData(42);
        data.industry(INDUSTRIES[0], "한식음식점").industry(INDUSTRIES[1], "슈퍼마켓");
        double[] guEffect = new double[gus];
        for (int g = 0; g < gus; g++) {
            guEffect[g] = r.nextGaussian() * 0.2;
        }
        int n = 0;
        for (int g = 0; g < gus; g++) {
            String gu = String.valueOf(11000 + g * 10);
            for (int k = 0; k < districtsPerGu; k++) {
                String code = String.valueOf(3110000 + n++);
                data.district(new DistrictInfo(code, Level.TRDAR, "상권" + code, k % 2 == 0 ? "A" : "D", gu, "구" + g, 50_000 + r.nextInt(100_000)));
                double logPop = 9 + r.nextDouble() * 3;
                int subway = r.nextInt(4);
                int facilities = 3 + r.nextInt(20);
                double[] cellEffect = {r.nextGaussian() * 0.1, r.nextGaussian() * 0.1};
                for (int t = 0; t < QUARTERS; t++) {
                    int q = Quarter.plus(FIRST, t);
                    double pop = Math.exp(logPop + r.nextGaussian() * 0.02);
                    double[] p = new double[15];
                    p[0] = pop;
                    for (int i = 1; i <= 6; i++) {
                        p[i] = pop / 6;
                    }
                    for (int i = 7; i <= 12; i++) {
                        p[i] = pop / 6;
                    }
                    p[13] = pop / 7;
                    p[14] = pop / 7;
                    data.context(ContextTable.POPULATION, code, q, p);
                    double[] fac = new double[ContextTable.FACILITY.columns().size()];
                    fac[0] = facilities;
                    fac[1] = subway;
                    data.context(ContextTable.FACILITY, code, q, fac);
                    for (int i = 0; i < industries; i++) {
                        double logY = 15 + POP_COEF * (logPop - 10.5) + SUBWAY_COEF * subway + guEffect[g] + i * 0.3
                                + SEASON[Quarter.quarterOfYear(q) - 1] + 0.02 * t + cellEffect[i] + r.nextGaussian() * noise;
                        double stores = 2 + r.nextInt(5);
                        data.observe(new Cell(code, INDUSTRIES[i]), q, Math.exp(logY) * stores, stores, stores + 1, 2.0, 1.5, 0);
                        data.profile(INDUSTRIES[i], q, new double[] {1, 2, 3, 2, 1, 1, 0, 1, 3, 2, 3, 1});
                    }
                }
            }
        }
        return data.finish();
    }

    static EstimateData standard() {
        return build(5, 24, 0.05, 7);
    }
}
