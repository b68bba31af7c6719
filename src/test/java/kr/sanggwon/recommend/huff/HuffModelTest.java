package kr.sanggwon.recommend.huff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The gravity arithmetic on cases with a known answer. */
class HuffModelTest {
    private static final HuffModel.Demand HERE = new HuffModel.Demand(0, 0, 1);

    @Test
    void twoEqualShopsAndTheNewOneAtEqualDistanceShareAThirdEach() {
        List<HuffModel.Shop> shops = List.of(new HuffModel.Shop(100, 0, 1), new HuffModel.Shop(-100, 0, 1),
                new HuffModel.Shop(0, 100, 1));
        for (double lambda : new double[] {0.5, 1, 2, 3.5}) {
            double[] s = HuffModel.shares(List.of(HERE), shops, lambda, 10);
            assertThat(s).containsExactly(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, within(1e-12));
        }
    }

    @Test
    void twiceTheAttractivenessAtTheSameDistanceDrawsTwiceTheShare() {
        double[] s = HuffModel.shares(List.of(HERE), List.of(new HuffModel.Shop(50, 0, 1), new HuffModel.Shop(0, 50, 2)), 2, 10);
        assertThat(s[1]).isCloseTo(2 * s[0], within(1e-12));
        assertThat(s[0] + s[1]).isCloseTo(1, within(1e-12));
    }

    @Test
    void aHigherDistanceDecayFavoursTheNearerShopMonotonically() {
        // new shop 50 m from the customers, the rival 150 m: share = 1 / (1 + (50/150)^λ), rising with λ
        List<HuffModel.Shop> shops = List.of(new HuffModel.Shop(150, 0, 1), new HuffModel.Shop(0, 50, 1));
        double previousNear = 0;
        double previousFar = 1;
        for (double lambda = 0.5; lambda <= 4.0001; lambda += 0.25) {
            double[] s = HuffModel.shares(List.of(HERE), shops, lambda, 10);
            assertThat(s[1]).isGreaterThan(previousNear).isCloseTo(1 / (1 + Math.pow(50 / 150.0, lambda)), within(1e-12));
            assertThat(s[0]).isLessThan(previousFar);
            previousNear = s[1];
            previousFar = s[0];
        }
    }

    @Test
    void demandIsAveragedByWeightAndPointsOnAShopUseTheMinimumDistance() {
        // two customer points: one on the new shop (counts 10 m away), one 100 m from both shops
        List<HuffModel.Shop> shops = List.of(new HuffModel.Shop(200, 0, 1), new HuffModel.Shop(0, 0, 1));
        List<HuffModel.Demand> demand = List.of(new HuffModel.Demand(0, 0, 3), new HuffModel.Demand(100, 0, 1));
        double[] s = HuffModel.shares(demand, shops, 2, 10);
        double atShop = (1 / 100.0) / (1 / 100.0 + 1 / 40_000.0);
        assertThat(s[1]).isCloseTo((3 * atShop + 0.5) / 4, within(1e-12));
        assertThat(s[0] + s[1]).isCloseTo(1, within(1e-12));
    }

    @Test
    void withoutShopsNobodyHasAShare() {
        assertThat(HuffModel.shares(List.of(HERE), List.of(), 2, 10)).isEmpty();
    }
}
