package kr.sanggwon.sample;

import java.util.List;
import java.util.Random;
import kr.sanggwon.sample.City.District;

/**
 * Floating population, workers, residents and income of every 상권 and quarter, driven by the district's type,
 * size, facilities, trend and season, with the age, time-band and weekday mixes its traits imply.
 */
final class People {
    static final double[] FLOAT_SEASON = {0.95, 1.02, 1.0, 1.03};
    private static final double[] FLOAT_AGE = {9, 18, 18, 17, 18, 20};
    private static final double[] RESIDENT_AGE = {10, 14, 15, 16, 17, 28};
    private static final double[] WORKER_AGE = {1, 20, 30, 25, 16, 8};
    private static final double[] FLOAT_TIME = {11, 17, 17, 16, 22, 17};

    /** One district in one quarter. */
    record Quarter(long floating, long workers, long residents, long households, double income, double[] floatAge,
                   double[] floatTime, double[] floatDay, double floatFemale, double[] residentAge, double[] workerAge) {
    }

    private final Quarter[][] byDistrict;
    private final double floatingRef;
    private final double workersRef;
    private final double residentsRef;
    private final double incomeRef;

    People(City city, Random random) {
        List<District> districts = city.districts();
        int quarters = city.quarters().size();
        byDistrict = new Quarter[districts.size()][quarters];
        for (int d = 0; d < districts.size(); d++) {
            District district = districts.get(d);
            for (int t = 0; t < quarters; t++) {
                byDistrict[d][t] = quarter(district, t, city.quarters().get(t) % 10, random);
            }
        }
        floatingRef = median(t -> t.floating());
        workersRef = median(t -> t.workers());
        residentsRef = median(t -> t.residents());
        incomeRef = median(Quarter::income);
    }

    private Quarter quarter(District d, int t, int q, Random random) {
        City.Facilities f = d.facilities();
        double recovery = 0.92 + 0.08 * Math.min(1, t / 5.0);
        double trend = Math.pow(1 + d.growth(), t);
        double attract = 1 + 0.22 * f.subway() + 0.3 * f.university() + 0.15 * f.departmentStore() + 0.02 * f.busStop();
        double floating = d.type().floating * d.size() * attract * (1 + 0.4 * d.nightlife()) * recovery * trend
                * FLOAT_SEASON[q - 1] * Math.exp(random.nextGaussian() * 0.03);
        double workers = d.type().workers * d.size() * (0.2 + 2 * d.office()) * Math.pow(1 + d.growth() / 2, t)
                * Math.exp(random.nextGaussian() * 0.015);
        double residents = d.type().residents * Math.pow(d.size(), 0.7) * (0.2 + 1.6 * d.residential())
                * (1 + 0.002 * t) * Math.exp(random.nextGaussian() * 0.01);
        double income = d.income() * (1 + 0.006 * t) * Math.exp(random.nextGaussian() * 0.02);
        double youth = d.youth();
        double[] age = FLOAT_AGE.clone();
        age[1] *= 1 + youth;
        age[2] *= 1 + youth * 0.6;
        age[5] *= 1 - youth * 0.4;
        double[] time = FLOAT_TIME.clone();
        time[1] *= 1 + 0.5 * d.office();
        time[2] *= 1 + 0.4 * d.office();
        time[0] *= 1 + 0.6 * d.nightlife();
        time[4] *= 1 + 0.3 * d.nightlife();
        time[5] *= 1 + 0.6 * d.nightlife();
        double weekend = 1 - 0.4 * d.office() + 0.25 * d.nightlife();
        double[] day = {1, 1, 1, 1.02, 1.06 + 0.1 * d.nightlife(), weekend, weekend * 0.93};
        double[] resAge = RESIDENT_AGE.clone();
        resAge[1] *= 1 + youth;
        resAge[5] *= 1 - youth * 0.3;
        return new Quarter(Math.round(floating), Math.round(workers), Math.round(residents), Math.round(residents / 2.2),
                income, Splits.jitter(age, random, 0.02), Splits.jitter(time, random, 0.02), Splits.jitter(day, random, 0.01),
                0.5 + (d.type() == DistrictType.A ? 0.02 : -0.01) + random.nextGaussian() * 0.01, resAge, WORKER_AGE.clone());
    }

    Quarter at(int district, int quarter) {
        return byDistrict[district][quarter];
    }

    /** How strongly a district at a quarter draws an industry's sales (1 = a typical district). */
    double driverIndex(int district, int quarter, IndustryProfile p) {
        Quarter q = byDistrict[district][quarter];
        double[] e = p.drivers();
        return Math.pow(q.floating() / floatingRef, e[0]) * Math.pow((q.workers() + 200) / workersRef, e[1])
                * Math.pow((q.residents() + 200) / residentsRef, e[2]) * Math.pow(q.income() / incomeRef, e[3]);
    }

    double incomeRef() {
        return incomeRef;
    }

    private double median(java.util.function.ToDoubleFunction<Quarter> f) {
        double[] v = java.util.Arrays.stream(byDistrict).map(r -> r[0]).mapToDouble(f).sorted().toArray();
        return v[v.length / 2];
    }
}
