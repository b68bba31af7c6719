package kr.sanggwon.digital;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.sanggwon.finance.SalesBasis;

/**
 * What the planned items change in the plan: their monthly fees and one-off costs added up, and their sales effects
 * added up (low, middle and high ends, each a fraction of sales). Effects are added, not multiplied, so the total
 * reads as the owner would sum it ("+3% and +5% = +8%"); items already used or not planned change nothing.
 * {@code deliveryShare}: the share of the new sales level that comes through delivery apps when 배달앱 is planned
 * (its added sales pay the app's commission instead of the card fee); NaN when 배달앱 is not planned.
 */
public record DigitalEffect(List<ItemCost> planned, double monthlyFees, double oneOff, double effectLow, double effectMid,
                            double effectHigh, double deliveryShare) {

    public static DigitalEffect of(DigitalCheckup c, Map<DigitalItem, ItemCost> costs) {
        List<ItemCost> planned = new ArrayList<>();
        double fees = 0;
        double once = 0;
        double low = 0;
        double mid = 0;
        double high = 0;
        double delivery = Double.NaN;
        for (DigitalItem i : DigitalItem.values()) {
            if (c.state(i) != Adoption.PLANNED) {
                continue;
            }
            ItemCost cost = costs.get(i);
            if (cost == null) {
                throw new DigitalFileException("consult.digital.error.missingItem", ItemCostBook.FILE, i.id());
            }
            planned.add(cost);
            fees += cost.monthlyCost();
            once += cost.oneOffCost();
            low += cost.effectLow();
            mid += cost.effectMid();
            high += cost.effectHigh();
            if (i == DigitalItem.DELIVERY) {
                delivery = cost.effectMid();
            }
        }
        double share = Double.isNaN(delivery) ? Double.NaN : Math.max(0, Math.min(1, delivery / (1 + mid)));
        return new DigitalEffect(List.copyOf(planned), fees, once, low, mid, high, share);
    }

    /** The sales after the planned items: the point moved by the middle effect, each end of the range by its own end. */
    public SalesBasis after(SalesBasis base) {
        return new SalesBasis(base.monthly() * (1 + effectMid), base.low() * (1 + effectLow), base.high() * (1 + effectHigh),
                base.origin(), base.targetQuarter());
    }

    public boolean changesNothing() {
        return planned.isEmpty();
    }
}
