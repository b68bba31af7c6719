package kr.sanggwon.digital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.district.Fixture;
import kr.sanggwon.finance.AssumptionCatalog;
import kr.sanggwon.finance.FinanceService;
import kr.sanggwon.finance.LogNormalRange;
import kr.sanggwon.finance.PnlLine;
import kr.sanggwon.finance.SalesBasis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The planned tools in the profit simulation, against numbers worked out by hand: sales 800만 (600만–1,000만 range),
 * rent 330만 + 관리비 40만 + 3,000만 interior over 5 years (50만 a month), only cost of goods (30%) moving with sales.
 */
class DigitalEffectTest {
    @TempDir
    Path dir;
    Fixture world;
    DigitalService digital;
    DigitalService.Shop shop = new DigitalService.Shop(DigitalWorld.DISTRICT, DigitalWorld.GU, DigitalWorld.COFFEE,
            SalesBasis.typed(8_000_000, 6_000_000, 10_000_000));

    @BeforeEach
    void open() throws Exception {
        Messages.setLocale(Locale.KOREAN);
        world = DigitalWorld.build(dir.resolve("data"));
        FinanceService finance = new FinanceService(world.app.database(), world.app.estimateService(), AssumptionCatalog.bundled(),
                Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC));
        DigitalWorld.plainDefaults(finance);
        digital = new DigitalService(finance, dir.resolve("workspace"));
        Files.writeString(digital.costs().file(), DigitalWorld.ITEMS, StandardCharsets.UTF_8);
    }

    @AfterEach
    void close() {
        world.close();
    }

    private static DigitalCheckup checkup(Adoption order, Adoption map, Adoption delivery) {
        Map<DigitalItem, Adoption> s = new EnumMap<>(DigitalItem.class);
        s.put(DigitalItem.PAY, Adoption.ADOPTED);
        s.put(DigitalItem.ORDER, order);
        s.put(DigitalItem.MAP, map);
        s.put(DigitalItem.DELIVERY, delivery);
        return new DigitalCheckup(s, 3_300_000, 400_000, 0, 30_000_000);
    }

    @Test
    void plannedKioskAndMapListingChangeProfitBreakEvenAndLossProbabilityAsComputedByHand() {
        DigitalDiagnosis d = digital.diagnose(shop, checkup(Adoption.PLANNED, Adoption.PLANNED, Adoption.NONE));

        // before: 800만 × 0.7 − (330만 + 40만 + 50만) = 140만; break-even 420만 / 0.7 = 600만, the low end: 10% loss
        assertThat(d.before().pnl().operatingProfit()).isEqualTo(1_400_000, within(1e-6));
        assertThat(d.before().pnl().breakEvenSales()).isEqualTo(6_000_000, within(1e-6));
        assertThat(d.before().simulation().analyticLossProbability()).isEqualTo(0.10, within(1e-6));
        // a saved 20% delivery share is not used: the shop has no delivery app
        assertThat(d.before().plan().deliveryShare()).isZero();

        // after: effects add up to +2% / +8% / +14%: sales 864만 (612만–1,140만)
        assertThat(d.effect().effectMid()).isEqualTo(0.08, within(1e-12));
        assertThat(d.after().sales().monthly()).isEqualTo(8_640_000, within(1e-6));
        assertThat(d.after().sales().low()).isEqualTo(6_120_000, within(1e-6));
        assertThat(d.after().sales().high()).isEqualTo(11_400_000, within(1e-6));
        // fees 10만 a month; 60만 once as equipment over 5 years = 1만 a month; fixed 420만 + 10만 + 1만 = 431만
        assertThat(d.after().pnl().amount(PnlLine.Kind.DIGITAL)).isEqualTo(-100_000, within(1e-6));
        assertThat(d.after().pnl().depreciation()).isEqualTo(510_000, within(1e-6));
        assertThat(d.after().pnl().operatingProfit()).isEqualTo(8_640_000 * 0.7 - 4_310_000, within(1e-6));
        assertThat(d.after().pnl().breakEvenSales()).isEqualTo(4_310_000 / 0.7, within(1e-6));
        assertThat(d.after().simulation().analyticLossProbability())
                .isEqualTo(LogNormalRange.fromRange(6_120_000, 11_400_000).cdf(4_310_000 / 0.7), within(1e-12));
        // the low end grows by 2% only while fixed costs grow by 11만: the chance of a loss goes up a little
        assertThat(d.after().simulation().analyticLossProbability()).isGreaterThan(0.10);
        assertThat(d.after().simulation().lossProbability()).isEqualTo(d.after().simulation().analyticLossProbability(), within(0.01));
        // cash a month 190만 → 224.8만: 60만 earned back in 60만 / 34.8만 months
        assertThat(d.monthlyGain()).isEqualTo(348_000, within(1e-6));
        assertThat(d.paybackMonths()).isEqualTo(600_000 / 348_000.0, within(1e-9));
    }

    @Test
    void aPlannedDeliveryAppSendsItsAddedSalesThroughTheAppCommission() {
        DigitalDiagnosis d = digital.diagnose(shop, checkup(Adoption.NONE, Adoption.NONE, Adoption.PLANNED));
        // +20% in the middle: 960만, of which 160만 (1/6) by delivery paying 10% commission instead of the card fee
        assertThat(d.after().plan().deliveryShare()).isEqualTo(1 / 6.0, within(1e-12));
        assertThat(d.after().pnl().amount(PnlLine.Kind.DELIVERY_FEES)).isEqualTo(-160_000, within(1e-6));
        assertThat(d.after().pnl().operatingProfit()).isEqualTo(9_600_000 - 2_880_000 - 160_000 - 4_200_000, within(1e-6));
        assertThat(d.paybackMonths()).isZero();
    }

    @Test
    void toolsInUseOrNotPlannedChangeNothing() {
        DigitalDiagnosis d = digital.diagnose(shop, checkup(Adoption.ADOPTED, Adoption.NONE, Adoption.NONE));
        assertThat(d.effect().changesNothing()).isTrue();
        assertThat(d.after().pnl()).isEqualTo(d.before().pnl());
        assertThat(d.after().pnl().lines()).extracting(PnlLine::kind).doesNotContain(PnlLine.Kind.DIGITAL);
        assertThat(d.after().simulation()).isEqualTo(d.before().simulation());
    }

    @Test
    void impossiblePlanFiguresAreRefusedNamingTheField() {
        DigitalCheckup noRent = new DigitalCheckup(Map.of(), Double.NaN, 0, 0, 0);
        assertThatThrownBy(() -> digital.diagnose(shop, noRent)).isInstanceOf(UserException.class)
                .satisfies(e -> assertThat(((UserException) e).localized()).contains("월세"));
        DigitalCheckup tooMany = new DigitalCheckup(Map.of(), 1_000_000, 0, 500, 0);
        assertThatThrownBy(() -> digital.diagnose(shop, tooMany)).satisfies(e -> assertThat(((UserException) e).localized()).contains("200"));
    }

    @Test
    void programmesAreMatchedForTheShopsIndustryRegionSizeAndTheToolsItLacks() {
        DigitalDiagnosis d = digital.diagnose(shop, checkup(Adoption.PLANNED, Adoption.ADOPTED, Adoption.NONE));
        assertThat(d.year()).isEqualTo(2025);
        assertThat(d.programmes()).extracting(m -> m.programme().id()).contains("smart_shop", "seoul_delivery")
                .doesNotContain("zeropay");   // 간편결제 is in use already
        assertThat(d.programmes()).filteredOn(m -> m.programme().id().equals("smart_shop")).singleElement()
                .satisfies(m -> assertThat(m.helps()).containsExactly(DigitalItem.ORDER));
        DigitalCheckup bigger = new DigitalCheckup(checkup(Adoption.PLANNED, Adoption.ADOPTED, Adoption.NONE).states(), 3_300_000,
                400_000, 6, 30_000_000);
        assertThat(digital.diagnose(shop, bigger).programmes()).extracting(m -> m.programme().id()).doesNotContain("smart_shop");
    }
}
