package kr.sanggwon.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kr.sanggwon.sample.City.District;
import kr.sanggwon.sample.City.Dong;

/**
 * 소득소비 (상권: 9 spending categories; 행정동: 10, zeros as "0", one negative value as in the real file), 집객시설
 * (상권, 행정동) and 아파트-상권, where a zero count is written as an empty field.
 */
final class EconomyFiles {
    private static final double[] INCOME_BANDS = {1.0e6, 1.5e6, 1.75e6, 2.0e6, 2.4e6, 2.8e6, 3.5e6, 4.5e6, 6.0e6};
    private static final double[] SPEND_T = {21, 12, 8, 10, 17, 5, 3, 18, 4};
    private static final double[] SPEND_D = {20, 6, 4, 10, 9, 8, 2, 11, 2, 28};
    private static final double[] AREA_MID = {50, 80, 110, 145, 180};
    private static final double[] PRICE_MID = {0.7e8, 1.5e8, 2.5e8, 3.5e8, 4.5e8, 5.5e8, 8.5e8};

    private EconomyFiles() {
    }

    static long apartmentHouseholds(District d) {
        return d.apartmentComplexes() * Math.round(150 + 250 * d.residential());
    }

    static String incomeBand(double income) {
        int band = 1;
        for (double limit : INCOME_BANDS) {
            if (income >= limit) {
                band++;
            }
        }
        return String.format("%02d", band);
    }

    static void write(City city, People people, Path dir) throws IOException {
        writeTrdar(city, people, dir);
        writeDong(city, people, dir);
    }

    private static void writeTrdar(City city, People people, Path dir) throws IOException {
        List<District> districts = city.districts();
        List<Integer> quarters = city.quarters();
        try (OfficialCsv income = OfficialCsv.seoul(dir.resolve(SampleFiles.INCOME_T));
             OfficialCsv facility = OfficialCsv.seoul(dir.resolve(SampleFiles.FACILITY_T));
             OfficialCsv apartment = OfficialCsv.seoul(dir.resolve(SampleFiles.APARTMENT_T))) {
            income.header(Headers.INCOME_T);
            facility.header(Headers.FACILITY_T);
            apartment.header(Headers.APARTMENT);
            for (int t = quarters.size() - 1; t >= 0; t--) {
                for (int d = 0; d < districts.size(); d++) {
                    District district = districts.get(d);
                    People.Quarter q = people.at(d, t);
                    List<Object> id = PeopleFiles.trdarId(quarters.get(t), district);
                    List<Object> inc = new ArrayList<>(List.of(Math.round(q.income()), incomeBand(q.income())));
                    // some 전통시장 publish income but no spending (data README quirk 4)
                    if (district.type() == DistrictType.R && d % 3 == 0) {
                        for (int i = 0; i < SPEND_T.length + 1; i++) {
                            inc.add(null);
                        }
                    } else {
                        long total = Math.round((q.residents() + 0.2 * q.workers()) * q.income() * 0.2);
                        inc.add(total);
                        PeopleFiles.addAll(inc, Splits.split(total, SPEND_T));
                    }
                    income.row(PeopleFiles.concat(id, inc));
                    if (d % 25 != 7) {
                        facility.row(PeopleFiles.concat(id, facilities(district.facilities(), t, d)));
                    }
                    if (district.apartmentComplexes() > 0) {
                        apartment.row(PeopleFiles.concat(id, apartments(district, t)));
                    }
                }
            }
        }
    }

    private static void writeDong(City city, People people, Path dir) throws IOException {
        List<Integer> quarters = city.quarters();
        try (OfficialCsv income = OfficialCsv.seoul(dir.resolve(SampleFiles.INCOME_D));
             OfficialCsv facility = OfficialCsv.seoul(dir.resolve(SampleFiles.FACILITY_D))) {
            income.header(Headers.INCOME_D);
            facility.header(Headers.FACILITY_D);
            for (int t = 0; t < quarters.size(); t++) {
                for (int k = 0; k < city.dongs().size(); k++) {
                    Dong dong = city.dongs().get(k);
                    double residents = 5_000;
                    long[] fac = new long[19];
                    long facTotal = 12;
                    for (int d = 0; d < city.districts().size(); d++) {
                        District district = city.districts().get(d);
                        if (district.dong() == dong) {
                            residents += 3 * people.at(d, t).residents() + 0.5 * people.at(d, t).workers();
                            long[] c = district.facilities().counts();
                            for (int i = 0; i < c.length; i++) {
                                fac[i] += c[i];
                            }
                            facTotal += district.facilities().total();
                        }
                    }
                    fac[0] += 2;
                    fac[18] += 15;
                    facTotal += 17;
                    double monthly = dong.income() * (1 + 0.006 * t);
                    long total = Math.round(residents * monthly * 0.2 / 1000) * 1000;
                    long[] spend = Splits.split(total / 1000, SPEND_D);
                    List<Object> row = new ArrayList<>(List.of(String.valueOf(quarters.get(t)), dong.code(), dong.name(),
                            Math.round(monthly), incomeBand(monthly)));
                    if (k == 3 && t == 2) {
                        // the real file has a few negative spending values (data README quirk 5)
                        spend[2] = -5_210;
                    }
                    row.add(Splits.sum(spend, 0, spend.length) * 1000);
                    for (long s : spend) {
                        row.add(s * 1000);
                    }
                    income.row(row.toArray());
                    List<Object> f = new ArrayList<>(List.of(String.valueOf(quarters.get(t)), dong.code(), dong.name(), facTotal));
                    for (long c : fac) {
                        f.add(OfficialCsv.emptyIfZero(c));
                    }
                    facility.row(f.toArray());
                }
            }
        }
    }

    private static List<Object> facilities(City.Facilities f, int t, int d) {
        long[] c = f.counts();
        // bus stops and pharmacies change a little over time
        c[18] += (t + d) % 5 == 0 ? 1 : 0;
        c[4] += (t / 4 + d) % 7 == 0 ? 1 : 0;
        long total = f.other();
        for (long v : c) {
            total += v;
        }
        List<Object> v = new ArrayList<>();
        v.add(OfficialCsv.emptyIfZero(total));
        for (long x : c) {
            v.add(OfficialCsv.emptyIfZero(x));
        }
        return v;
    }

    private static List<Object> apartments(District d, int t) {
        long households = apartmentHouseholds(d);
        double rich = Math.min(1, Math.max(0, (d.income() - 2.4e6) / 3.5e6));
        double[] area = {1.4 - rich, 1.5, 0.6 + rich, 0.2 + rich * 0.8, rich * 0.4};
        double[] price = {0.15 * (1 - rich), 0.6 * (1 - rich), 1.0 - rich * 0.5, 0.8, 0.3 + rich, 0.15 + rich, rich * 1.2};
        long[] a = Splits.split(households, area);
        long[] p = Splits.split(households, price);
        List<Object> v = new ArrayList<>();
        v.add(OfficialCsv.emptyIfZero(d.apartmentComplexes()));
        for (long x : a) {
            v.add(OfficialCsv.emptyIfZero(x));
        }
        for (long x : p) {
            v.add(OfficialCsv.emptyIfZero(x));
        }
        v.add(Math.round(weightedMean(a, AREA_MID)));
        v.add(Math.round(weightedMean(p, PRICE_MID) * Math.pow(1.006, t)));
        return v;
    }

    private static double weightedMean(long[] counts, double[] mids) {
        double s = 0;
        double n = 0;
        for (int i = 0; i < counts.length; i++) {
            s += counts[i] * mids[i];
            n += counts[i];
        }
        return n == 0 ? 0 : s / n;
    }
}
