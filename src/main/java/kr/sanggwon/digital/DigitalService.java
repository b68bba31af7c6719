package kr.sanggwon.digital;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import kr.sanggwon.estimate.StoreDetails;
import kr.sanggwon.finance.FinanceRequest;
import kr.sanggwon.finance.FinanceResult;
import kr.sanggwon.finance.FinanceService;
import kr.sanggwon.finance.Investment;
import kr.sanggwon.finance.MonteCarlo;
import kr.sanggwon.finance.Param;
import kr.sanggwon.finance.SalesBasis;

/**
 * 디지털 전환 진단: runs the shop's plan through 수익 분석 twice — as it is, and with the planned digital items' fees,
 * one-off costs (as equipment, depreciated like any) and sales effects — and lists the support programmes whose
 * conditions it meets. Costs, effects and programmes are the editable files of the workspace folder.
 */
public final class DigitalService {
    private final FinanceService finance;
    private final ItemCostBook costs;
    private final ProgrammeBook programmes;

    public DigitalService(FinanceService finance, Path workspaceFolder) {
        this.finance = finance;
        this.costs = new ItemCostBook(workspaceFolder);
        this.programmes = new ProgrammeBook(workspaceFolder);
    }

    public ItemCostBook costs() {
        return costs;
    }

    public ProgrammeBook programmes() {
        return programmes;
    }

    /** Where the shop is and the sales its plan rests on (per store, a month, with the 80% range when known). */
    public record Shop(String district, String guName, String industry, SalesBasis sales) {
    }

    public DigitalDiagnosis diagnose(Shop shop, DigitalCheckup checkup) {
        DigitalCheckup c = checkup.validated();
        DigitalEffect effect = DigitalEffect.of(c, costs.forIndustry(shop.industry()));
        FinanceRequest base = baseRequest(shop, c);
        FinanceRequest after = afterRequest(base, c, effect);
        FinanceResult before = finance.analyze(base);
        FinanceResult then = finance.analyze(after);
        int year = finance.planYear();
        Programme.Profile profile = new Programme.Profile(shop.industry(), shop.guName(), c.staff(), shop.sales().monthly() * 12);
        return new DigitalDiagnosis(c, effect, before, then, programmes.matching(profile, year, c.states()), year);
    }

    /**
     * The plan as it is: the scenario's sales and the recorded figures, every other default from 수익 분석. Without a
     * delivery app in use the shop has no delivery sales, whatever the industry's default share.
     */
    static FinanceRequest baseRequest(Shop shop, DigitalCheckup c) {
        Map<Param, Double> values = new EnumMap<>(Param.class);
        if (c.state(DigitalItem.DELIVERY) != Adoption.ADOPTED) {
            values.put(Param.DELIVERY_SHARE, 0.0);
        }
        return new FinanceRequest(shop.district(), shop.industry(), shop.sales(), StoreDetails.NONE,
                new Investment(0, 0, c.investment(), 0), c.rent(), c.maintenance(), c.staff(), Double.NaN, false, Double.NaN, 0, 0,
                values, MonteCarlo.DEFAULT_SEED, MonteCarlo.DEFAULT_DRAWS);
    }

    /** The same plan with the planned items: more sales, their fees, their one-off costs as equipment. */
    static FinanceRequest afterRequest(FinanceRequest base, DigitalCheckup c, DigitalEffect effect) {
        Investment inv = base.investment();
        FinanceRequest after = base.withDigital(effect.after(base.sales()),
                new Investment(inv.deposit(), inv.premium(), inv.interior(), inv.equipment() + effect.oneOff()), effect.monthlyFees());
        return Double.isNaN(effect.deliveryShare()) ? after : after.withValue(Param.DELIVERY_SHARE, effect.deliveryShare());
    }
}
