package kr.sanggwon.sample;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import kr.sanggwon.sample.City.District;
import kr.sanggwon.sample.City.Dong;
import kr.sanggwon.sample.City.Facilities;
import kr.sanggwon.sample.City.Gu;

/**
 * Lays out the fictional city: six 자치구 with invented names (codes 11810–11860, outside Seoul's real 11110–11740),
 * their 행정동, and 상권 of the four types with codes outside the real ranges, so the sample never collides with
 * real data.
 */
final class CityBuilder {
    private static final String[][] GUS = {
        {"한빛구", "한빛1동", "한빛2동", "별내동", "은행나무동", "매화동"},
        {"누리구", "누리동", "푸른숲동", "모래내동", "청람동"},
        {"가람구", "가람1동", "가람2동", "물빛동", "버들동", "꽃마루동"},
        {"솔내구", "솔내동", "바람골동", "새솔1·2동", "노을동"},
        {"달빛구", "달빛동", "은하동", "초록들동", "구름다리동"},
        {"새봄구", "새봄동", "햇살동", "나래동", "이슬동"},
    };
    private static final double[] GU_OFFICE = {0.75, 0.35, 0.6, 0.25, 0.4, 0.2};
    private static final String[] A_SUFFIX = {"초등학교", "역 1번", "공원", "우체국", "사거리", "주민센터", "도서관", "중학교",
        "교회", "어린이공원", "고등학교", "우체국 사거리", "역 3번", "체육공원", "파출소", "삼거리"};
    private static final String[] D_SUFFIX = {"역", "역 먹자골목", " 로데오거리", "역 사거리", " 젊음의거리", " 문화의거리"};
    private static final String[] R_SUFFIX = {"시장", "골목시장", "중앙시장", "전통시장", "상가시장"};

    private final Random random;

    CityBuilder(Random random) {
        this.random = random;
    }

    City build(int districtCount, List<Integer> quarters) {
        List<Gu> gus = new ArrayList<>();
        List<Dong> dongs = new ArrayList<>();
        for (int g = 0; g < GUS.length; g++) {
            int gx = 186_000 + (g % 3) * 11_000 + random.nextInt(2_000);
            int gy = 443_000 + (g / 3) * 11_000 + random.nextInt(2_000);
            Gu gu = new Gu(String.valueOf(11_810 + g * 10), GUS[g][0], gx, gy, GU_OFFICE[g]);
            gus.add(gu);
            // about one 행정동 per five 상권: all 26 for the default 120 상권, fewer for a smaller city
            int dongCount = Math.max(2, (int) Math.round((GUS[g].length - 1) * Math.min(1.0, districtCount / 120.0)));
            for (int d = 1; d <= dongCount; d++) {
                int dx = gx + (int) (random.nextGaussian() * 2_200);
                int dy = gy + (int) (random.nextGaussian() * 2_200);
                long area = Math.round(600_000 + random.nextDouble() * 2_400_000);
                double income = 2_400_000 + random.nextDouble() * 2_600_000 + gu.office() * 800_000;
                dongs.add(new Dong(gu.code() + (500 + d * 10 + random.nextInt(5)), GUS[g][d], gu, dx, dy, area, income));
            }
        }
        return new City(List.copyOf(gus), List.copyOf(dongs), districts(dongs, districtCount), List.copyOf(quarters));
    }

    private List<District> districts(List<Dong> dongs, int count) {
        int u = Math.max(1, Math.round(count * 0.035f));
        int d = Math.round(count * 0.21f);
        int r = Math.round(count * 0.15f);
        int a = Math.max(dongs.size(), count - u - d - r);
        Map<DistrictType, Integer> numbers = new EnumMap<>(DistrictType.class);
        Map<String, Integer> nameUse = new HashMap<>();
        List<District> list = new ArrayList<>();
        for (int i = 0; i < a; i++) {
            // every 행정동 gets at least one 골목상권
            Dong dong = i < dongs.size() ? dongs.get(i) : dongs.get(random.nextInt(dongs.size()));
            list.add(district(DistrictType.A, dong, numbers, nameUse));
        }
        for (int i = 0; i < d; i++) {
            list.add(district(DistrictType.D, pickBusy(dongs), numbers, nameUse));
        }
        for (int i = 0; i < r; i++) {
            list.add(district(DistrictType.R, dongs.get(random.nextInt(dongs.size())), numbers, nameUse));
        }
        for (int i = 0; i < u; i++) {
            list.add(district(DistrictType.U, pickBusy(dongs), numbers, nameUse));
        }
        return List.copyOf(list);
    }

    private Dong pickBusy(List<Dong> dongs) {
        while (true) {
            Dong dong = dongs.get(random.nextInt(dongs.size()));
            if (random.nextDouble() < 0.25 + dong.gu().office()) {
                return dong;
            }
        }
    }

    private District district(DistrictType type, Dong dong, Map<DistrictType, Integer> numbers, Map<String, Integer> nameUse) {
        int n = numbers.merge(type, 1, Integer::sum);
        String code = type.codePrefix + String.format("%03d", n);
        String name = uniqueName(type, dong, nameUse);
        int x = dong.x() + (int) (random.nextGaussian() * 700);
        int y = dong.y() + (int) (random.nextGaussian() * 700);
        double size = Math.exp(random.nextGaussian() * 0.45);
        long area = switch (type) {
            case A -> Math.round(40_000 + 160_000 * size * random.nextDouble() + 20_000 * size);
            case D -> Math.round(100_000 + 300_000 * size * random.nextDouble());
            case R -> Math.round(8_000 + 40_000 * size * random.nextDouble());
            case U -> Math.round(700_000 + 1_500_000 * random.nextDouble());
        };
        double office = clamp(dong.gu().office() + random.nextGaussian() * 0.2 + (type == DistrictType.D ? 0.15 : 0));
        double residential = clamp(1 - office * 0.7 + random.nextGaussian() * 0.15 - (type == DistrictType.U ? 0.3 : 0));
        double youth = clamp(random.nextDouble() * 0.8 + (type == DistrictType.D || type == DistrictType.U ? 0.2 : 0)
                - (type == DistrictType.R ? 0.3 : 0));
        double nightlife = clamp(random.nextDouble() * 0.5 + switch (type) {
            case A -> 0.0;
            case D -> 0.4;
            case R -> 0.05;
            case U -> 0.5;
        });
        double growth = 0.003 + random.nextGaussian() * 0.012;
        double income = dong.income() * Math.exp(random.nextGaussian() * 0.12);
        int apartments = residential > 0.45 && type != DistrictType.U && random.nextDouble() < 0.85
                ? 1 + (int) (random.nextDouble() * 12 * residential * size) : 0;
        return new District(code, name, type, dong, x, y, area, size, office, residential, youth, nightlife, growth, income,
                facilities(type, size, office, residential, youth), apartments);
    }

    private Facilities facilities(DistrictType type, double size, double office, double residential, double youth) {
        double big = switch (type) {
            case A -> 1.0;
            case D -> 2.5;
            case R -> 1.2;
            case U -> 6.0;
        } * size;
        int subway = poisson(switch (type) {
            case A -> 0.3;
            case D -> 1.6;
            case R -> 0.5;
            case U -> 3.5;
        });
        return new Facilities(poisson(0.6 * big), poisson(1.2 * big * (0.5 + office)), poisson(type == DistrictType.U ? 0.8 : 0.05),
                poisson(0.8 * big), poisson(2.0 * big), poisson(1.0 * residential * size), poisson(0.7 * residential * size),
                poisson(0.4 * residential * size), poisson(0.35 * residential * size), youth > 0.75 ? 1 : poisson(0.05),
                poisson(type == DistrictType.U ? 1.5 : type == DistrictType.D ? 0.2 : 0.02), poisson(0.9 * big),
                poisson(type == DistrictType.A ? 0.05 : 0.4 * big), poisson(0.5 * big * (type == DistrictType.U ? 3 : 1)),
                type == DistrictType.U && size > 1.2 ? 1 : 0, type == DistrictType.U ? poisson(0.5) : 0, subway,
                poisson(4 + 5 * big), poisson(3 * big));
    }

    private int poisson(double mean) {
        double l = Math.exp(-Math.min(mean, 50));
        int k = 0;
        double p = 1;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > l);
        return k - 1;
    }

    private String uniqueName(DistrictType type, Dong dong, Map<String, Integer> nameUse) {
        String stem = dong.name().replaceAll("[0-9·]+동$", "").replaceAll("동$", "");
        String[] suffixes = switch (type) {
            case A -> A_SUFFIX;
            case D -> D_SUFFIX;
            case R -> R_SUFFIX;
            case U -> new String[] {" 관광특구"};
        };
        if (type == DistrictType.U) {
            // names with a middle dot come out as '?' in the CP949 files, as in the real 종로?청계 관광특구
            String guStem = dong.gu().name().substring(0, dong.gu().name().length() - 1);
            stem = guStem + "·" + (stem.equals(guStem) ? "중앙" : stem);
        }
        for (String s : suffixes) {
            String name = stem + s;
            if (!nameUse.containsKey(name)) {
                nameUse.put(name, 1);
                return name;
            }
        }
        String base = stem + suffixes[0];
        int n = nameUse.merge(base, 1, Integer::sum);
        return base + " " + n + "길";
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
