package kr.sanggwon.ui.consult;

import java.util.Map;
import kr.sanggwon.digital.Adoption;
import kr.sanggwon.digital.DigitalCheckup;
import kr.sanggwon.digital.DigitalItem;
import kr.sanggwon.finance.MoneyInput;

/**
 * The 디지털 전환 진단 card as typed: a state per checklist item and the plan figures as text ("300만", "1.5억").
 * An empty 관리비 or 시설 투자 is 0 and empty staff means the owner works alone; an empty rent is left for the check to
 * name, since a plan without rent would flatter every number.
 */
record DigitalForm(Map<DigitalItem, Adoption> states, String rent, String maintenance, String staff, String investment) {

    DigitalCheckup toCheckup() {
        return new DigitalCheckup(states, MoneyInput.parse(rent), orZero(MoneyInput.parse(maintenance), maintenance),
                staff(staff), orZero(MoneyInput.parse(investment), investment));
    }

    private static double orZero(double parsed, String text) {
        return text == null || text.isBlank() ? 0 : parsed;
    }

    private static double staff(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            return Double.parseDouble(text.replace("명", "").replace(",", ".").strip());
        } catch (NumberFormatException e) {
            return Double.NaN;   // refused by the check with the range that is allowed
        }
    }
}
