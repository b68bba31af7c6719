package kr.sanggwon.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bundled defaults: every parameter has a value with a source and a year, picked by industry, year and sales tier. */
class AssumptionCatalogTest {
    private final AssumptionCatalog catalog = AssumptionCatalog.bundled();

    @Test
    void everyParameterHasADefaultWithSourceAndYearForAnyIndustry() {
        Map<Param, Assumption> d = catalog.defaults("ZZ999999", 2025, 1e8);
        assertThat(d).hasSize(Param.values().length);
        for (Assumption a : d.values()) {
            assertThat(a.sourceKo()).as(a.param().id()).isNotBlank();
            assertThat(a.source(Locale.ENGLISH)).as(a.param().id()).isNotBlank().isNotEqualTo(a.sourceKo());
            assertThat(a.year()).isBetween(2020, 2030);
            assertThat(a.userSet()).isFalse();
        }
    }

    @Test
    void theMostSpecificScopeWins() {
        assertThat(catalog.pick(Param.COGS_RATIO, "CS100010", 2025, 0).value()).isEqualTo(0.30);
        assertThat(catalog.pick(Param.COGS_RATIO, "CS100001", 2025, 0).value()).isEqualTo(0.38);
        assertThat(catalog.pick(Param.COGS_RATIO, "CS300002", 2025, 0).value()).isEqualTo(0.72);
        assertThat(catalog.pick(Param.COGS_RATIO, "CS200028", 2025, 0).value()).isEqualTo(0.10);
        assertThat(catalog.pick(Param.DELIVERY_SHARE, "CS200028", 2025, 0).value()).isZero();
    }

    @Test
    void minimumWageIsThatOfThePlanYear() {
        assertThat(catalog.pick(Param.MIN_WAGE_HOURLY, null, 2025, 0).value()).isEqualTo(10_030);
        assertThat(catalog.pick(Param.MIN_WAGE_HOURLY, null, 2026, 0).value()).isEqualTo(10_320);
        assertThat(catalog.pick(Param.MIN_WAGE_HOURLY, null, 2031, 0).year()).isEqualTo(2026);
        assertThat(catalog.pick(Param.MIN_WAGE_HOURLY, null, 2019, 0).year()).isEqualTo(2024);
    }

    @Test
    void cardFeeFollowsTheAnnualSalesTier() {
        assertThat(catalog.pick(Param.CARD_FEE_RATE, "CS100010", 2025, 2e8).value()).isEqualTo(0.004);
        assertThat(catalog.pick(Param.CARD_FEE_RATE, "CS100010", 2025, 3e8).value()).isEqualTo(0.004);
        assertThat(catalog.pick(Param.CARD_FEE_RATE, "CS100010", 2025, 4e8).value()).isEqualTo(0.010);
        assertThat(catalog.pick(Param.CARD_FEE_RATE, "CS100010", 2025, 2e9).value()).isEqualTo(0.0145);
        assertThat(catalog.pick(Param.CARD_FEE_RATE, "CS100010", 2025, 5e9).value()).isEqualTo(0.02);
    }
}
