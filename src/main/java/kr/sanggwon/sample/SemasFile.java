package kr.sanggwon.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import kr.sanggwon.geo.TmProjection;
import kr.sanggwon.sample.City.District;

/**
 * The SEMAS 상가(상권)정보 release matching the last quarter: one row per store of the market simulation, in the
 * 2022 layout (UTF-8, text quoted, numbers bare, codes as quoted text with leading zeros kept).
 */
final class SemasFile {
    private static final String[] PREFIX = {"행복", "소담", "정든", "푸른", "한결", "다솜", "온누리", "새벽", "마실", "은빛", "초록",
        "햇살", "가온", "나래", "미소", "별밭", "하늘", "단골"};
    private static final Map<String, String> NOUN = Map.ofEntries(
            Map.entry("CS100001", "식당"), Map.entry("CS100002", "반점"), Map.entry("CS100003", "스시"),
            Map.entry("CS100004", "비스트로"), Map.entry("CS100005", "베이커리"), Map.entry("CS100006", "버거"),
            Map.entry("CS100007", "치킨"), Map.entry("CS100008", "김밥"), Map.entry("CS100009", "호프"),
            Map.entry("CS100010", "커피"), Map.entry("CS200001", "학원"), Map.entry("CS200002", "어학원"),
            Map.entry("CS200006", "내과의원"), Map.entry("CS200007", "치과의원"), Map.entry("CS200008", "한의원"),
            Map.entry("CS200019", "PC방"), Map.entry("CS200028", "헤어"), Map.entry("CS200029", "네일"),
            Map.entry("CS200031", "세탁"), Map.entry("CS200033", "공인중개사사무소"), Map.entry("CS300001", "마트"),
            Map.entry("CS300002", "편의점"), Map.entry("CS300004", "모바일"), Map.entry("CS300009", "청과"),
            Map.entry("CS300010", "반찬"), Map.entry("CS300011", "패션"), Map.entry("CS300016", "안경"),
            Map.entry("CS300018", "약국"), Map.entry("CS300022", "코스메틱"), Map.entry("CS300028", "꽃집"));
    private static final String[] FLOORS = {"1", "1", "1", "1", "2", "2", "3", "", "지하1"};

    private SemasFile() {
    }

    static long write(City city, Market market, Path dir, Random random) throws IOException {
        int last = city.quarters().size() - 1;
        int lastQuarter = city.quarters().get(last);
        long id = 30_000_001L;
        try (OfficialCsv csv = OfficialCsv.semas(dir.resolve(SampleFiles.semas(lastQuarter)))) {
            csv.header(Headers.SEMAS);
            for (Market.Cell c : market.cells()) {
                District d = city.districts().get(c.district);
                for (int s = 0; s < c.stores[last]; s++) {
                    boolean franchise = s < c.franchise[last];
                    row(csv, id++, d, c.industry, franchise, random);
                }
            }
        }
        return id - 30_000_001L;
    }

    private static void row(OfficialCsv csv, long id, District d, IndustryProfile p, boolean franchise, Random random)
            throws IOException {
        IndustryProfile.SemasCategory k = p.semas();
        String noun = NOUN.getOrDefault(p.code(), p.name());
        String dongStem = d.dong().name().replaceAll("[0-9·]+동$", "동");
        String name = franchise ? PREFIX[Math.floorMod(p.code().hashCode(), PREFIX.length)] + noun
                : PREFIX[random.nextInt(PREFIX.length)] + noun;
        String branch = franchise ? dongStem.replace("동", "") + "점" : "";
        String legalCode = d.gu().code() + "10" + d.dong().code().substring(6) + "0";
        int main = 1 + random.nextInt(900);
        Object sub = random.nextInt(3) == 0 ? OfficialCsv.NO_NUMBER : (Object) (1 + random.nextInt(40));
        String jibun = legalCode + "1" + String.format("%04d", main) + String.format("%04d", sub instanceof Integer i ? i : 0);
        String roadCode = d.gu().code() + String.format("%07d", 4_100_000 + Math.floorMod(d.code().hashCode(), 90_000));
        String road = "서울특별시 " + d.gu().name() + " " + dongStem.replace("동", "") + "로" + (1 + random.nextInt(30)) + "길";
        int bMain = 1 + random.nextInt(120);
        Object bSub = random.nextInt(4) == 0 ? (Object) (1 + random.nextInt(20)) : OfficialCsv.NO_NUMBER;
        String buildingNo = jibun + String.format("%06d", random.nextInt(1_000_000));
        String jibunAddress = "서울특별시 " + d.gu().name() + " " + dongStem + " " + main + (sub instanceof Integer i ? "-" + i : "");
        String roadAddress = road + " " + bMain + (bSub instanceof Integer i ? "-" + i : "");
        double x = d.x() + random.nextGaussian() * 150;
        double y = d.y() + random.nextGaussian() * 150;
        // the exact inverse of the map's projection, so a listing lies where the city put it (a linear formula was 20-35 m off)
        double[] ll = TmProjection.toLonLat(x, y);
        double lon = ll[0];
        double lat = ll[1];
        csv.row(String.valueOf(id), name, branch, k.largeCode(), k.largeName(), k.midCode(), k.midName(), k.smallCode(),
                k.smallName(), k.ksicCode(), k.ksicName(), "11", "서울특별시", d.gu().code(), d.gu().name(), d.dong().code() + "00",
                d.dong().name(), legalCode, dongStem, jibun, "1", "대지", main, sub, jibunAddress, roadCode, road, bMain, bSub,
                buildingNo, random.nextInt(5) == 0 ? dongStem.replace("동", "") + "빌딩" : "", roadAddress,
                String.format("%06d", 100_000 + random.nextInt(60_000)), String.format("%05d", 1_000 + random.nextInt(8_000)), "",
                FLOORS[random.nextInt(FLOORS.length)], "", round(lon), round(lat));
    }

    private static double round(double v) {
        return Math.round(v * 1e12) / 1e12;
    }
}
