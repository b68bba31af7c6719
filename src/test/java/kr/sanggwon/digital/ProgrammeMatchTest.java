package kr.sanggwon.digital;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A programme is listed when the shop meets every condition and it helps with a tool the shop does not use yet. */
class ProgrammeMatchTest {
    private static final String FILE = """
            id,year,until,industries,staff_below,max_annual_sales,regions,items,name_ko,name_en,support_ko,support_en,source,check
            small_kiosk,2025,,*,5,,*,order,키오스크 지원,Kiosk,지원,support,공고 2025,yes
            food_delivery,2025,2025,CS1,,,서울,delivery,배달 지원,Delivery,지원,support,공고 2025,no
            mapo_only,2025,,*,,,마포구;용산구,map,마포 지도,Mapo map,지원,support,구청 2025,yes
            small_sales,2024,,CS1;CS3,,300000000,*,online;pay,판로 지원,Online,지원,support,공고 2024,yes
            services,2025,,CS2,,,*,order,서비스 지원,Services,지원,support,공고 2025,no
            """;

    private static List<Programme> programmes() {
        return ProgrammeBook.parse(DataFile.parse(FILE, "digital-programmes.csv", ProgrammeBook.COLUMNS, "id"));
    }

    private static Map<DigitalItem, Adoption> states(Adoption order, Adoption delivery, Adoption map, Adoption online) {
        Map<DigitalItem, Adoption> s = new EnumMap<>(DigitalItem.class);
        s.put(DigitalItem.ORDER, order);
        s.put(DigitalItem.DELIVERY, delivery);
        s.put(DigitalItem.MAP, map);
        s.put(DigitalItem.ONLINE, online);
        s.put(DigitalItem.PAY, Adoption.ADOPTED);
        return s;
    }

    private static List<String> ids(Programme.Profile p, int year, Map<DigitalItem, Adoption> states) {
        return ProgrammeBook.match(programmes(), p, year, states).stream().map(m -> m.programme().id()).toList();
    }

    @Test
    void everyConditionOfIndustrySizeRegionAndYearIsChecked() {
        Map<DigitalItem, Adoption> wantsAll = states(Adoption.PLANNED, Adoption.PLANNED, Adoption.PLANNED, Adoption.PLANNED);
        // a small cafe in 마포구 with 2억 a year, in 2025: everything but the services-only programme
        Programme.Profile cafe = new Programme.Profile("CS100010", "마포구", 2, 200_000_000);
        assertThat(ids(cafe, 2025, wantsAll)).containsExactly("small_kiosk", "food_delivery", "mapo_only", "small_sales");
        // 5 employees is not "fewer than 5"; 4.5 is
        assertThat(ids(new Programme.Profile("CS100010", "마포구", 5, 200_000_000), 2025, wantsAll)).doesNotContain("small_kiosk");
        assertThat(ids(new Programme.Profile("CS100010", "마포구", 4.5, 200_000_000), 2025, wantsAll)).contains("small_kiosk");
        // another 구; sales above the limit; a year past "until"; a service business
        assertThat(ids(new Programme.Profile("CS100010", "강남구", 2, 200_000_000), 2025, wantsAll)).doesNotContain("mapo_only");
        assertThat(ids(new Programme.Profile("CS100010", "마포구", 2, 300_000_001), 2025, wantsAll)).doesNotContain("small_sales");
        assertThat(ids(cafe, 2026, wantsAll)).doesNotContain("food_delivery").contains("small_kiosk");
        assertThat(ids(new Programme.Profile("CS200001", "마포구", 2, 200_000_000), 2025, wantsAll))
                .containsExactly("small_kiosk", "mapo_only", "services");
        // a district without a 구 still gets the Seoul-wide and nationwide ones
        assertThat(ids(new Programme.Profile("CS100010", null, 2, 200_000_000), 2025, wantsAll)).doesNotContain("mapo_only")
                .contains("food_delivery");
    }

    @Test
    void onlyProgrammesForToolsNotYetUsedAreListedWithPlannedOnesFirst() {
        Programme.Profile cafe = new Programme.Profile("CS100010", "마포구", 2, 200_000_000);
        // the kiosk is in use and the delivery app too: their programmes are of no use any more
        List<ProgrammeMatch> m = ProgrammeBook.match(programmes(), cafe, 2025,
                states(Adoption.ADOPTED, Adoption.ADOPTED, Adoption.NONE, Adoption.PLANNED));
        assertThat(m).extracting(x -> x.programme().id()).containsExactly("mapo_only", "small_sales");
        // 판로 지원 helps with online (planned) before pay (already used: not listed) — and its facts are from 2024
        ProgrammeMatch sales = m.get(1);
        assertThat(sales.helps()).containsExactly(DigitalItem.ONLINE);
        assertThat(sales.olderYear()).isTrue();
        assertThat(m.get(0).helps()).containsExactly(DigitalItem.MAP);
        assertThat(m.get(0).olderYear()).isFalse();
    }
}
