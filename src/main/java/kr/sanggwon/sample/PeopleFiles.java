package kr.sanggwon.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kr.sanggwon.sample.City.District;
import kr.sanggwon.sample.City.Dong;

/** 길단위인구 (상권, 행정동), 상주인구-상권 and 직장인구-상권; every breakdown adds up to its total as in the real files. */
final class PeopleFiles {
    private static final double[] RESIDENT_MALE = {0.51, 0.49, 0.5, 0.5, 0.49, 0.43};
    private static final double[] WORKER_MALE = {0.5, 0.45, 0.55, 0.58, 0.6, 0.65};
    /** 행정동 cover more ground than the 상권 inside them. */
    private static final double DONG_FLOATING_FACTOR = 1.6;

    private PeopleFiles() {
    }

    static void write(City city, People people, Path dir) throws IOException {
        List<District> districts = city.districts();
        List<Integer> quarters = city.quarters();
        try (OfficialCsv floating = OfficialCsv.seoul(dir.resolve(SampleFiles.FLOATING_T));
             OfficialCsv resident = OfficialCsv.seoul(dir.resolve(SampleFiles.RESIDENT_T));
             OfficialCsv worker = OfficialCsv.seoul(dir.resolve(SampleFiles.WORKER_T))) {
            floating.header(Headers.FLOATING_T);
            resident.header(Headers.RESIDENT);
            worker.header(Headers.WORKER);
            for (int t = quarters.size() - 1; t >= 0; t--) {
                for (int d = 0; d < districts.size(); d++) {
                    District district = districts.get(d);
                    People.Quarter q = people.at(d, t);
                    List<Object> id = trdarId(quarters.get(t), district);
                    floating.row(concat(id, floatingMeasures(q.floating(), q.floatFemale(), q.floatAge(), q.floatTime(), q.floatDay())));
                    List<Object> res = peopleMeasures(q.residents(), q.residentAge(), RESIDENT_MALE);
                    long apt = Math.min(Math.round(q.households() * 0.9), EconomyFiles.apartmentHouseholds(district));
                    res.add(q.households());
                    res.add(apt);
                    res.add(q.households() - apt);
                    resident.row(concat(id, res));
                    worker.row(concat(id, peopleMeasures(q.workers(), q.workerAge(), WORKER_MALE)));
                }
            }
        }
        try (OfficialCsv floating = OfficialCsv.seoul(dir.resolve(SampleFiles.FLOATING_D))) {
            floating.header(Headers.FLOATING_D);
            for (int t = 0; t < quarters.size(); t++) {
                for (Dong dong : city.dongs()) {
                    double total = 0;
                    double female = 0;
                    double[] age = new double[6];
                    double[] time = new double[6];
                    double[] day = new double[7];
                    for (int d = 0; d < districts.size(); d++) {
                        if (districts.get(d).dong() != dong) {
                            continue;
                        }
                        People.Quarter q = people.at(d, t);
                        total += q.floating();
                        female += q.floating() * q.floatFemale();
                        add(age, q.floatAge(), q.floating());
                        add(time, q.floatTime(), q.floating());
                        add(day, q.floatDay(), q.floating());
                    }
                    List<Object> id = List.of(String.valueOf(quarters.get(t)), dong.code(), dong.name());
                    floating.row(concat(id, floatingMeasures(Math.round(total * DONG_FLOATING_FACTOR), female / Math.max(1, total),
                            age, time, day)));
                }
            }
        }
    }

    static List<Object> trdarId(int quarter, District d) {
        return List.of(String.valueOf(quarter), d.type().name(), d.type().label, d.code(), d.name());
    }

    static Object[] concat(List<Object> id, List<Object> measures) {
        List<Object> all = new ArrayList<>(id);
        all.addAll(measures);
        return all.toArray();
    }

    private static List<Object> floatingMeasures(long total, double female, double[] age, double[] time, double[] day) {
        List<Object> v = new ArrayList<>();
        v.add(total);
        long f = Math.round(total * female);
        v.add(total - f);
        v.add(f);
        addAll(v, Splits.split(total, age));
        addAll(v, Splits.split(total, time));
        addAll(v, Splits.split(total, day));
        return v;
    }

    private static List<Object> peopleMeasures(long total, double[] ageWeights, double[] maleShare) {
        long[] age = Splits.split(total, ageWeights);
        long[] male = new long[6];
        long[] female = new long[6];
        for (int k = 0; k < 6; k++) {
            male[k] = Math.round(age[k] * maleShare[k]);
            female[k] = age[k] - male[k];
        }
        List<Object> v = new ArrayList<>();
        v.add(total);
        v.add(Splits.sum(male, 0, 6));
        v.add(Splits.sum(female, 0, 6));
        addAll(v, age);
        addAll(v, male);
        addAll(v, female);
        return v;
    }

    private static void add(double[] into, double[] weights, double scale) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        for (int i = 0; i < into.length; i++) {
            into[i] += weights[i] / sum * scale;
        }
    }

    static void addAll(List<Object> into, long[] values) {
        for (long v : values) {
            into.add(v);
        }
    }
}
