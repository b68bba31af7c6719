package kr.sanggwon.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import kr.sanggwon.sample.City.District;

/**
 * Shops and sales of every 상권 × industry over the quarters. Each cell has an expected number of stores set by
 * its drivers; sales per store fall with competition (stores above that number) and rise with floating
 * population, workers, residents and income as the industry's elasticities say; openings follow profitability
 * and the district's trend, closings follow the lack of it.
 */
final class Market {
    /** 상권 × industry over all quarters. Stores are all stores (점포_수 + 프랜차이즈_점포_수 in the files). */
    static final class Cell {
        final int district;
        final IndustryProfile industry;
        final int[] stores;
        final int[] franchise;
        final int[] opens;
        final int[] closes;
        final SalesRow[] sales;

        Cell(int district, IndustryProfile industry, int quarters) {
            this.district = district;
            this.industry = industry;
            stores = new int[quarters];
            franchise = new int[quarters];
            opens = new int[quarters];
            closes = new int[quarters];
            sales = new SalesRow[quarters];
        }
    }

    private static final double[] BASE_AGE = {9, 18, 18, 17, 18, 20};
    private static final double[] BASE_TIME = {11, 17, 17, 16, 22, 17};

    private final City city;
    private final People people;
    private final Random random;
    private final List<Cell> cells = new ArrayList<>();

    Market(City city, People people, Random random) {
        this.city = city;
        this.people = people;
        this.random = random;
        simulate();
    }

    List<Cell> cells() {
        return cells;
    }

    private void simulate() {
        int quarters = city.quarters().size();
        for (int d = 0; d < city.districts().size(); d++) {
            District district = city.districts().get(d);
            for (IndustryProfile p : IndustryProfiles.all()) {
                if (random.nextDouble() >= presence(district, p)) {
                    continue;
                }
                Cell cell = new Cell(d, p, quarters);
                double effect = Math.exp(random.nextGaussian() * 0.15);
                double franchiseFactor = 0.6 + random.nextDouble() * 0.8;
                int n = -1;
                for (int t = 0; t < quarters; t++) {
                    double drive = people.driverIndex(d, t, p);
                    double expected = 1.2 * p.density() * typeDensity(district, p) * Math.pow(drive, 0.7);
                    if (n < 0) {
                        n = Math.max(1, poisson(expected));
                        // the first quarter reports the churn of the quarter before it, without changing the count
                        cell.opens[t] = poisson(n * 0.05);
                        cell.closes[t] = Math.min(n, poisson(n * 0.045));
                    } else {
                        double profit = Math.pow(Math.max(n, 0.5) / expected, -0.3);
                        double openRate = clamp(0.05 * profit * profit * (1 + 15 * Math.max(0, district.growth())), 0.005, 0.3);
                        double closeRate = clamp(0.045 / Math.pow(profit, 1.5), 0.01, 0.3);
                        int opens = n == 0 ? poisson(expected * 0.04) : poisson(n * openRate);
                        int closes = Math.min(n, poisson(n * closeRate));
                        cell.opens[t] = opens;
                        cell.closes[t] = closes;
                        n = n + opens - closes;
                    }
                    cell.stores[t] = n;
                    cell.franchise[t] = (int) Math.min(n, Math.round(n * p.franchise() * franchiseFactor + random.nextDouble() - 0.5));
                    if (n > 0) {
                        int q = city.quarters().get(t) % 10;
                        double perStore = p.baseSales() * Math.pow(drive, 0.6) * effect * p.season()[q - 1]
                                * Math.pow(1 + p.trend(), t / 4.0) * Math.pow(n / expected, -0.3) * Math.exp(random.nextGaussian() * 0.05);
                        cell.sales[t] = salesRow(d, t, p, Math.round(perStore * n));
                    }
                }
                cells.add(cell);
            }
        }
    }

    private double presence(District d, IndustryProfile p) {
        double base = switch (d.type()) {
            case A -> p.presence() * (0.7 + 0.3 * Math.min(1.5, d.size()));
            case D -> p.presence() + 0.3;
            case R -> p.presence() * (0.4 + 0.3 * p.marketBias());
            case U -> p.presence() + 0.4;
        };
        boolean forResidents = p.drivers()[2] >= 0.5;
        if (forResidents && (d.type() == DistrictType.U || d.residential() < 0.2)) {
            base *= 0.4;
        }
        return base;
    }

    private static double typeDensity(District d, IndustryProfile p) {
        return switch (d.type()) {
            case A -> 1.0;
            case D -> 2.0;
            case R -> Math.pow(p.marketBias(), 0.8);
            case U -> 2.5;
        };
    }

    /** Splits a cell's quarterly sales over days, time bands, gender and age with the industry's and district's mixes. */
    private SalesRow salesRow(int d, int t, IndustryProfile p, long amount) {
        People.Quarter q = people.at(d, t);
        double[] age = new double[6];
        double baseAge = sum(BASE_AGE);
        double qAge = sum(q.floatAge());
        for (int k = 0; k < 6; k++) {
            age[k] = p.age()[k] * Math.pow((q.floatAge()[k] / qAge) / (BASE_AGE[k] / baseAge), 0.7);
        }
        double[] time = new double[6];
        double baseTime = sum(BASE_TIME);
        double qTime = sum(q.floatTime());
        for (int k = 0; k < 6; k++) {
            time[k] = p.time()[k] * Math.pow((q.floatTime()[k] / qTime) / (BASE_TIME[k] / baseTime), 0.5);
        }
        double weekendTilt = Math.pow((q.floatDay()[5] + q.floatDay()[6]) / (q.floatDay()[0] + q.floatDay()[1]), 0.7);
        double[] day = {1, 0.98, 1, 1.01, 1.06, p.weekend() * weekendTilt, p.weekend() * weekendTilt * 0.9};
        double female = Math.max(0.05, Math.min(0.95, p.female() + (q.floatFemale() - 0.5) + random.nextGaussian() * 0.02));
        double ticket = p.ticket() * Math.pow(q.income() / people.incomeRef(), 0.2) * Math.exp(random.nextGaussian() * 0.05);
        long count = Math.max(1, Math.round(amount / ticket));
        return SalesRow.of(amount, count, Splits.jitter(day, random, 0.03), Splits.jitter(time, random, 0.04), female,
                Splits.jitter(age, random, 0.04), 0.72 + random.nextDouble() * 0.27, random);
    }

    private int poisson(double mean) {
        if (mean > 30) {
            return (int) Math.max(0, Math.round(mean + random.nextGaussian() * Math.sqrt(mean)));
        }
        double l = Math.exp(-mean);
        int k = 0;
        double prod = 1;
        do {
            k++;
            prod *= random.nextDouble();
        } while (prod > l);
        return k - 1;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
