package kr.sanggwon.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.district.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service on constructed data: ticket, customers a day, target check, Monte Carlo, saved defaults, bad input. */
class FinanceServiceTest {
    @TempDir
    Path dir;
    Fixture world;
    FinanceService service;

    @BeforeEach
    void open() throws Exception {
        Messages.setLocale(Locale.KOREAN);
        world = FinanceWorld.build(dir);
        service = new FinanceService(world.app.database(), world.app.estimateService(), AssumptionCatalog.bundled(),
                Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void breakEvenCustomersAndTargetCheckFollowTheDistrictsData() {
        FinanceResult r = service.analyze(FinanceWorld.request("3000001", FinanceWorld.plainValues()));
        assertThat(r.pnl().breakEvenSales()).isEqualTo(6_000_000, within(0.01));
        assertThat(r.averageTicket()).isEqualTo(6_000, within(1e-9));
        assertThat(r.dataQuarter()).isEqualTo(FinanceWorld.QUARTER);
        // 600만 / 6,000원 = 1,000 customers a month over 365/12 days
        assertThat(r.breakEvenCustomersPerDay()).isEqualTo(1_000 / (365.0 / 12), within(1e-9));
        // 가나구 per store: 500만, 1,000만, 600만 → two of three reach 600만; Seoul adds 다라역 1,000만 → three of four
        assertThat(r.guCheck().guName()).isEqualTo("가나구");
        assertThat(r.guCheck().districts()).isEqualTo(3);
        assertThat(r.guCheck().topShare()).isEqualTo(2 / 3.0, within(1e-12));
        assertThat(r.seoulCheck().districts()).isEqualTo(4);
        assertThat(r.seoulCheck().topShare()).isEqualTo(0.75);
        // break-even = the low end of the range (its 10% quantile)
        assertThat(r.simulation().analyticLossProbability()).isEqualTo(0.10, within(1e-6));
        assertThat(r.simulation().lossProbability()).isEqualTo(0.10, within(0.01));
        assertThat(r.pnl().paybackMonths()).isEqualTo(30_000_000 / (8_000_000 * 0.7 - 4_200_000 + 500_000), within(1e-9));
        assertThat(r.notes()).contains("finance.note.deposit", "finance.note.ownerUnpaid");
        assertThat(r.assumptions().get(Param.COGS_RATIO).userSet()).isFalse();   // 30% is the bundled coffee default
        assertThat(r.assumptions().get(Param.LOAN_RATE).userSet()).isTrue();
    }

    @Test
    void theSameRequestGivesTheSameNumbers() {
        FinanceResult a = service.analyze(FinanceWorld.request("3000001", FinanceWorld.plainValues()));
        FinanceResult b = service.analyze(FinanceWorld.request("3000001", FinanceWorld.plainValues()));
        assertThat(b.simulation()).isEqualTo(a.simulation());
    }

    @Test
    void defaultsUseTheMinimumWageOfThePlanYearAndTheUsersSavedValues() {
        Map<Param, Assumption> d = service.defaults(FinanceWorld.COFFEE, 8_000_000);
        assertThat(d.get(Param.MIN_WAGE_HOURLY).value()).isEqualTo(10_030);
        assertThat(d.get(Param.COGS_RATIO).value()).isEqualTo(0.30);

        service.saveDefaults(FinanceWorld.COFFEE, Map.of(Param.COGS_RATIO, 0.25));
        service.saveDefaults(FinanceService.ALL_INDUSTRIES, Map.of(Param.MIN_WAGE_HOURLY, 11_000.0, Param.COGS_RATIO, 0.5));
        d = service.defaults(FinanceWorld.COFFEE, 8_000_000);
        assertThat(d.get(Param.COGS_RATIO).value()).isEqualTo(0.25);
        assertThat(d.get(Param.COGS_RATIO).userSet()).isTrue();
        assertThat(d.get(Param.MIN_WAGE_HOURLY).value()).isEqualTo(11_000);
        assertThat(service.defaults(FinanceWorld.KOREAN_FOOD, 8_000_000).get(Param.COGS_RATIO).value()).isEqualTo(0.5);
        // a staff member at the saved minimum wage × 209 hours
        FinanceRequest staffed = new FinanceRequest("3000001", FinanceWorld.COFFEE, SalesBasis.typed(8_000_000), null,
                Investment.NONE, 1_000_000, 0, 1, Double.NaN, false, Double.NaN, 0, 0, Map.of(), 1, 100);
        assertThat(service.analyze(staffed).plan().wagePerStaff()).isEqualTo(11_000 * 209.0);

        service.resetDefaults(FinanceWorld.COFFEE);
        assertThat(service.defaults(FinanceWorld.COFFEE, 8_000_000).get(Param.COGS_RATIO).value()).isEqualTo(0.5);
        service.resetDefaults(FinanceService.ALL_INDUSTRIES);
        assertThat(service.defaults(FinanceWorld.COFFEE, 8_000_000).get(Param.COGS_RATIO).value()).isEqualTo(0.30);
    }

    @Test
    void scenariosPutTwoRentsAndTwoDistrictsSideBySide() {
        FinanceRequest base = FinanceWorld.request("3000001", FinanceWorld.plainValues());
        Scenario.Comparison rent = service.compare(base, Scenario.rent(1_200_000));
        assertThat(rent.base().pnl().breakEvenSales()).isEqualTo(6_000_000, within(0.01));
        assertThat(rent.variant().pnl().breakEvenSales()).isEqualTo(3_000_000, within(0.01));
        Scenario.Comparison delivery = service.compare(base.withValue(Param.DELIVERY_COMMISSION, 0.1), Scenario.delivery(0.5));
        // half the sales through an app at 10%: variable 35%, break-even 420만 / 0.65
        assertThat(delivery.variant().pnl().breakEvenSales()).isEqualTo(4_200_000 / 0.65, within(0.01));
        // another district with typed sales still needs an estimate there: no models, so a clear message
        assertThatThrownBy(() -> service.compare(base, Scenario.district("3000004")))
                .isInstanceOf(UserException.class).extracting(e -> ((UserException) e).key()).isEqualTo("finance.error.noEstimate");
    }

    @Test
    void badInputIsAUserErrorWithItsReason() {
        assertThatThrownBy(() -> service.analyze(FinanceWorld.request("3000001", FinanceWorld.plainValues()).withRent(-5)))
                .isInstanceOf(FinanceInputException.class)
                .satisfies(e -> assertThat(((FinanceInputException) e).problems()).extracting(Problem::field).containsExactly(Field.RENT));
        assertThatThrownBy(() -> service.analyze(FinanceWorld.request("3000001", FinanceWorld.plainValues()).withRent(900_000_000)))
                .satisfies(e -> assertThat(((UserException) e).localized()).contains("10배"));
        FinanceRequest korean = new FinanceRequest("3000001", FinanceWorld.KOREAN_FOOD, SalesBasis.typed(8_000_000), null,
                Investment.NONE, 1_000_000, 0, 0, Double.NaN, false, Double.NaN, 0, 0, Map.of(), 1, 100);
        assertThatThrownBy(() -> service.analyze(korean)).isInstanceOf(UserException.class)
                .satisfies(e -> assertThat(((UserException) e).localized()).isEqualTo(
                        "가나역에는 한식음식점 매출 자료가 없습니다. 객단가와 같은 업종 비교를 할 수 없으니 이 업종의 가게가 있는 상권을 고르세요."));
        assertThatThrownBy(() -> service.analyze(FinanceWorld.request("9999999", Map.of())))
                .extracting(e -> ((UserException) e).key()).isEqualTo("finance.error.unknownDistrict");
        FinanceRequest noSales = new FinanceRequest("3000001", FinanceWorld.COFFEE, null, null, Investment.NONE, 1_000_000, 0, 0,
                Double.NaN, false, Double.NaN, 0, 0, Map.of(), 1, 100);
        assertThatThrownBy(() -> service.analyze(noSales)).extracting(e -> ((UserException) e).key()).isEqualTo("finance.error.noEstimate");
    }
}
