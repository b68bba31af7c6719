package kr.sanggwon.recommend.huff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import kr.sanggwon.common.UserException;
import kr.sanggwon.district.Fixture;
import kr.sanggwon.geo.TmProjection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walk-in competition service on constructed listings around a point (200,000 / 450,000 TM metres). */
class HuffServiceTest {
    private static final double X = 200_000;
    private static final double Y = 450_000;
    @TempDir
    Path dir;
    Fixture f;
    HuffService service;
    int ids;

    @BeforeEach
    void open() {
        f = new Fixture(dir);
        service = f.app.huff();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private void listing(String name, String code, String category, double dx, double dy) throws Exception {
        double[] ll = TmProjection.toLonLat(X + dx, Y + dy);
        f.insert("store_listing", Fixture.row("store_id", "S" + (++ids), "name", name, "cat_s_code", code, "cat_s_name", category,
                "lon", ll[0], "lat", ll[1]));
    }

    private HuffRequest request(List<double[]> own) {
        return new HuffRequest(X, Y, "CS100010", 500, 2, 1, own);
    }

    @Test
    void whatTheNewShopWinsComesFromTheRivalsAndTheOwnersShopsAndAddsUp() throws Exception {
        listing("동쪽커피", "Q12A01", "커피전문점/카페/다방", 100, 0);
        listing("서쪽커피", "Q12A01", "커피전문점/카페/다방", -100, 0);
        HuffResult r = service.analyse(request(List.of(new double[] {X, Y + 120})));
        assertThat(r.competitors()).extracting(HuffResult.Competitor::name).containsExactlyInAnyOrder("동쪽커피", "서쪽커피");
        assertThat(r.competitors().get(0).distanceM()).isCloseTo(100, within(0.5));
        assertThat(r.weighting()).isEqualTo("uniform");
        assertThat(r.newShare()).isBetween(0.2, 0.8);
        // every share before sums to 1, every share after too: the new shop's share is exactly what the others lose
        double before = r.competitors().stream().mapToDouble(HuffResult.Competitor::shareBefore).sum() + r.ownShareBefore();
        double after = r.competitors().stream().mapToDouble(HuffResult.Competitor::shareAfter).sum() + r.ownShareAfter();
        assertThat(before).isCloseTo(1, within(1e-9));
        assertThat(after + r.newShare()).isCloseTo(1, within(1e-9));
        assertThat(r.takenFromCompetitors() + r.takenFromOwn()).isCloseTo(r.newShare(), within(1e-9));
        HuffResult.OwnShop mine = r.ownShops().get(0);
        assertThat(mine.taken()).isPositive().isCloseTo(r.takenFromOwn(), within(1e-12));
        assertThat(mine.distanceM()).isCloseTo(120, within(0.01));
        assertThat(mine.listedAs()).isNull();
        // the two rivals sit symmetrically: they lose the same
        assertThat(r.competitors().get(0).taken()).isCloseTo(r.competitors().get(1).taken(), within(1e-9));
        assertThat(HuffService.withSentence(r, java.util.Locale.KOREAN).sentence())
                .contains("반경 500m", "2곳", "내 다른 가게", "고르게");
    }

    @Test
    void aListingWhereTheOwnerMarkedAShopIsThatShopNotARival() throws Exception {
        listing("내커피 본점", "Q12A01", "커피전문점/카페/다방", 0, 205);
        listing("남쪽커피", "Q12A01", "커피전문점/카페/다방", 0, -150);
        HuffResult r = service.analyse(request(List.of(new double[] {X, Y + 200})));
        assertThat(r.competitors()).extracting(HuffResult.Competitor::name).containsExactly("남쪽커피");
        assertThat(r.ownShops().get(0).listedAs()).isEqualTo("내커피 본점");
    }

    @Test
    void onlyTheIndustryInsideTheRadiusCountsMatchedByCodeOrByName() throws Exception {
        listing("가까운치킨", "Q05A08", "후라이드/양념치킨", 50, 0);
        listing("먼커피", "Q12A01", "커피전문점/카페/다방", 800, 0);
        listing("새분류카페", "I21201", "카페", 0, -300);
        HuffResult r = service.analyse(request(List.of()));
        assertThat(r.competitors()).extracting(HuffResult.Competitor::name).containsExactly("새분류카페");
        HuffResult chicken = service.analyse(new HuffRequest(X, Y, "Q05A08", 500, 2, 1, List.of()));
        assertThat(chicken.competitors()).extracting(HuffResult.Competitor::name).containsExactly("가까운치킨");
        assertThat(chicken.industryName()).isEqualTo("후라이드/양념치킨");
    }

    @Test
    void withNoRivalTheNewShopTakesEverything() throws Exception {
        listing("먼커피", "Q12A01", "커피전문점/카페/다방", 900, 0);
        HuffResult r = service.analyse(request(List.of()));
        assertThat(r.competitors()).isEmpty();
        assertThat(r.newShare()).isCloseTo(1, within(1e-12));
        assertThat(HuffText.sentence(r, java.util.Locale.KOREAN)).contains("가게가 없습니다");
    }

    @Test
    void floatingPopulationNearTheNewShopRaisesItsShare() throws Exception {
        listing("동쪽커피", "Q12A01", "커피전문점/카페/다방", 300, 0);
        double uniform = service.analyse(request(List.of())).newShare();
        // a busy 상권 right at the new site, a quiet one at the rival
        f.insert("district", Fixture.row("code", "3110001", "lvl", "T", "name", "역앞", "x_tm", (int) X, "y_tm", (int) Y, "area_m2", 40_000L));
        f.insert("district", Fixture.row("code", "3110002", "lvl", "T", "name", "골목", "x_tm", (int) X + 300, "y_tm", (int) Y,
                "area_m2", 40_000L));
        f.insert("population_q", Fixture.row("district_code", "3110001", "quarter", 20244, "lvl", "T", "total", 900_000L));
        f.insert("population_q", Fixture.row("district_code", "3110002", "quarter", 20244, "lvl", "T", "total", 100_000L));
        HuffResult r = service.analyse(request(List.of()));
        assertThat(r.weighting()).isEqualTo("floating");
        assertThat(r.populationQuarter()).isEqualTo(20244);
        assertThat(r.populationDistricts()).isEqualTo(2);
        assertThat(r.newShare()).isGreaterThan(uniform + 0.05);
    }

    @Test
    void badRequestsAreRefusedWithAPlainReason() throws Exception {
        assertThatThrownBy(() -> service.analyse(request(List.of())))
                .isInstanceOf(UserException.class).extracting(e -> ((UserException) e).key()).isEqualTo("huff.error.noListings");
        listing("동쪽커피", "Q12A01", "커피전문점/카페/다방", 100, 0);
        assertThatThrownBy(() -> service.analyse(new HuffRequest(X, Y, "CS999999", 500, 2, 1, List.of())))
                .extracting(e -> ((UserException) e).key()).isEqualTo("huff.error.unknownIndustry");
        assertThatThrownBy(() -> service.analyse(new HuffRequest(X, Y, "CS100010", 50, 2, 1, List.of())))
                .extracting(e -> ((UserException) e).key()).isEqualTo("huff.error.radius");
        assertThatThrownBy(() -> service.analyse(new HuffRequest(X, Y, "CS100010", 500, 9, 1, List.of())))
                .extracting(e -> ((UserException) e).key()).isEqualTo("huff.error.lambda");
        assertThatThrownBy(() -> service.analyse(new HuffRequest(X, Y, "CS100010", 500, 2, -1, List.of())))
                .extracting(e -> ((UserException) e).key()).isEqualTo("huff.error.attractiveness");
        assertThatThrownBy(() -> service.analyse(new HuffRequest(9_000_000, Y, "CS100010", 500, 2, 1, List.of())))
                .extracting(e -> ((UserException) e).key()).isEqualTo("huff.error.outsideKorea");
    }

    @Test
    void theBundledDefaultsCarryTheirSources() {
        HuffDefaults d = HuffDefaults.bundled();
        assertThat(d.value(HuffDefaults.LAMBDA)).isEqualTo(2.0);
        assertThat(d.get(HuffDefaults.LAMBDA).sourceKo()).contains("가정값", "Huff");
        assertThat(d.value(HuffDefaults.RADIUS)).isEqualTo(500);
        assertThat(SemasIndustries.bundled().forIndustry("CS100010").accepts("Q12A01", null)).isTrue();
        assertThat(SemasIndustries.bundled().forIndustry("CS300034").accepts(null, "악기판매")).isTrue();
        assertThat(SemasIndustries.bundled().forIndustry("D10A07").codes()).containsExactly("D10A07");
        assertThat(SemasIndustries.bundled().forIndustry("CS999999")).isNull();
    }
}
