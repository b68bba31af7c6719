package kr.sanggwon.digital;

import java.util.EnumMap;
import java.util.Map;
import kr.sanggwon.common.UserException;

/**
 * What the consultant records for 디지털 전환 진단: where the shop stands on each checklist item, and the few plan
 * figures the profit simulation needs besides the scenario's sales (monthly rent and 관리비, staff as full-time
 * equivalents, the interior and equipment put in). Money in won.
 */
public record DigitalCheckup(Map<DigitalItem, Adoption> states, double rent, double maintenance, double staff,
                             double investment) {
    static final double MAX_STAFF = 200;
    static final double MAX_MONEY = 1e12;

    public DigitalCheckup {
        Map<DigitalItem, Adoption> all = new EnumMap<>(DigitalItem.class);
        for (DigitalItem i : DigitalItem.values()) {
            Adoption a = states == null ? null : states.get(i);
            all.put(i, a == null ? Adoption.NONE : a);
        }
        states = Map.copyOf(all);
    }

    public Adoption state(DigitalItem item) {
        return states.get(item);
    }

    /** The same checkup with one item's state changed. */
    public DigitalCheckup with(DigitalItem item, Adoption a) {
        Map<DigitalItem, Adoption> next = new EnumMap<>(states);
        next.put(item, a);
        return new DigitalCheckup(next, rent, maintenance, staff, investment);
    }

    /** Itself when every figure is possible; otherwise the first problem, naming the field. */
    public DigitalCheckup validated() {
        money(rent, "consult.digital.field.rent");
        money(maintenance, "consult.digital.field.maintenance");
        money(investment, "consult.digital.field.investment");
        if (!(staff >= 0) || staff > MAX_STAFF) {
            throw new UserException("consult.digital.error.staff", (int) MAX_STAFF);
        }
        return this;
    }

    private static void money(double v, String fieldKey) {
        if (!Double.isFinite(v) || v < 0 || v > MAX_MONEY) {
            throw new UserException("consult.digital.error.money", kr.sanggwon.common.Messages.get(fieldKey));
        }
    }
}
