package kr.sanggwon.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import kr.sanggwon.common.Level;
import kr.sanggwon.common.Messages;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StoreDetailsTest {
    @BeforeAll
    static void korean() {
        Messages.setLocale(Locale.KOREAN);
    }

    private static Estimate estimate(Level grain, double stores) {
        return new Estimate("x", "지역", "종로구", "CS100010", "커피-음료", grain, grain.perStore(), Task.FORECAST, 20251, 20244, stores, 0,
                3_000, 2_400, 3_600, 1_000, 800, 1_200, List.of(), List.of(), null, null, List.of(), List.of());
    }

    @Test
    void aDongTotalIsSharedByTheExistingStoresAndTheNewShop() {
        Estimate dong = estimate(Level.DONG, Double.NaN);
        StoreDetails nine = new StoreDetails(9, false);
        assertThat(nine.factor(dong)).isCloseTo(0.1, Offset.offset(1e-12));
        assertThat(nine.note(dong).render(java.util.Locale.KOREAN)).contains("10곳");
        assertThat(nine.note(dong).render(java.util.Locale.ENGLISH)).contains("10 stores");
        assertThat(StoreDetails.NONE.factor(dong)).isEqualTo(1.0);
        assertThat(StoreDetails.NONE.note(dong)).isNull();
    }

    @Test
    void countingTheNewShopSpreadsATrdarsSalesOverOneMoreStore() {
        Estimate trdar = estimate(Level.TRDAR, 4);
        assertThat(new StoreDetails(0, true).factor(trdar)).isCloseTo(4.0 / 5, Offset.offset(1e-12));
        assertThat(new StoreDetails(0, true).note(trdar).render(java.util.Locale.KOREAN)).contains("4곳", "5곳");
        // the user knows of 8 stores today (published: 4): the same sales per 8 stores, then per 9 with the new shop
        assertThat(new StoreDetails(8, false).factor(trdar)).isCloseTo(4.0 / 8, Offset.offset(1e-12));
        assertThat(new StoreDetails(8, true).factor(trdar)).isCloseTo(4.0 / 9, Offset.offset(1e-12));
        assertThat(StoreDetails.NONE.factor(trdar)).isEqualTo(1.0);
    }

    @Test
    void withoutAPublishedStoreCountATrdarEstimateStaysAsItIs() {
        Estimate unknown = estimate(Level.TRDAR, Double.NaN);
        assertThat(new StoreDetails(0, true).factor(unknown)).isEqualTo(1.0);
        assertThat(new StoreDetails(0, true).note(unknown)).isNull();
    }

    @Test
    void negativeStoreCountsAreRefused() {
        assertThatThrownBy(() -> new StoreDetails(-1, false)).isInstanceOf(IllegalArgumentException.class);
    }
}
