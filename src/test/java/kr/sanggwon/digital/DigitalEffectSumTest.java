package kr.sanggwon.digital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.Map;
import kr.sanggwon.finance.SalesBasis;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The planned items' fees, one-off costs and effects add up, and the sales after them keep low ≤ point ≤ high. */
class DigitalEffectSumTest {
    private static ItemCost cost(DigitalItem item, double monthly, double once, double low, double high) {
        return new ItemCost(item, "*", 2025, monthly, once, low, high, "가정값", "assumption");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # kiosk fee, once, low, high; map low, high; delivery low, high; share by delivery = delivery mid / (1 + sum of mids)
            70000,  300000, 0.01, 0.05, 0.01, 0.05, 0.08, 0.25, 0.165 / 1.225
            0,      0,      0,    0,    0,    0,    0,    0,    0
            100000, 600000, -0.05, 0.10, 0.02, 0.04, 0.10, 0.30, 0.2 / 1.255
            """)
    void feesCostsAndEffectsAddUpAndTheRangeStaysInOrder(double fee, double once, double kioskLow, double kioskHigh, double mapLow,
                                                         double mapHigh, double deliveryLow, double deliveryHigh, String share) {
        Map<DigitalItem, ItemCost> costs = new EnumMap<>(DigitalItem.class);
        costs.put(DigitalItem.ORDER, cost(DigitalItem.ORDER, fee, once, kioskLow, kioskHigh));
        costs.put(DigitalItem.MAP, cost(DigitalItem.MAP, 0, 0, mapLow, mapHigh));
        costs.put(DigitalItem.DELIVERY, cost(DigitalItem.DELIVERY, 50_000, 0, deliveryLow, deliveryHigh));
        costs.put(DigitalItem.BOOKS, cost(DigitalItem.BOOKS, 10_000, 0, 0, 0));
        Map<DigitalItem, Adoption> states = new EnumMap<>(DigitalItem.class);
        states.put(DigitalItem.ORDER, Adoption.PLANNED);
        states.put(DigitalItem.MAP, Adoption.PLANNED);
        states.put(DigitalItem.DELIVERY, Adoption.PLANNED);
        states.put(DigitalItem.BOOKS, Adoption.ADOPTED);   // in use: already in the shop's costs
        DigitalEffect e = DigitalEffect.of(new DigitalCheckup(states, 1, 0, 0, 0), costs);

        assertThat(e.planned()).extracting(ItemCost::item).containsExactly(DigitalItem.DELIVERY, DigitalItem.ORDER, DigitalItem.MAP);
        assertThat(e.monthlyFees()).isEqualTo(fee + 50_000);
        assertThat(e.oneOff()).isEqualTo(once);
        assertThat(e.effectLow()).isEqualTo(kioskLow + mapLow + deliveryLow, within(1e-12));
        assertThat(e.effectHigh()).isEqualTo(kioskHigh + mapHigh + deliveryHigh, within(1e-12));
        assertThat(e.effectMid()).isEqualTo((e.effectLow() + e.effectHigh()) / 2, within(1e-12));
        String[] frac = share.split("/");
        double expected = frac.length == 1 ? Double.parseDouble(frac[0]) : Double.parseDouble(frac[0].strip()) / Double.parseDouble(frac[1].strip());
        assertThat(e.deliveryShare()).isEqualTo(expected, within(1e-12));

        SalesBasis after = e.after(SalesBasis.typed(10_000_000, 7_000_000, 14_000_000));
        assertThat(after.low()).isLessThanOrEqualTo(after.monthly());
        assertThat(after.monthly()).isLessThanOrEqualTo(after.high());
        assertThat(after.monthly()).isEqualTo(10_000_000 * (1 + e.effectMid()), within(1e-6));
    }
}
