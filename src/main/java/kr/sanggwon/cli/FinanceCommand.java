package kr.sanggwon.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.estimate.StoreDetails;
import kr.sanggwon.finance.FinanceRequest;
import kr.sanggwon.finance.FinanceResult;
import kr.sanggwon.finance.Investment;
import kr.sanggwon.finance.MoneyInput;
import kr.sanggwon.finance.MonteCarlo;
import kr.sanggwon.finance.Param;
import kr.sanggwon.finance.SalesBasis;
import kr.sanggwon.finance.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** finance --district D --industry C --investment W --rent W --staff N: P&L, break-even, payback, loss probability. */
@Command(name = "finance", mixinStandardHelpOptions = true, description = "Profit of a shop plan: monthly P&L, break-even sales and customers a day, payback, "
        + "loss probability over the sales range. Money as won or 350만 / 1.5억.")
final class FinanceCommand implements Callable<Integer> {
    @ParentCommand
    MainCommand main;

    @Spec
    CommandSpec spec;

    @Option(names = "--district", required = true, description = "상권 (7-digit) or 행정동 (8-digit) code")
    String district;

    @Option(names = "--industry", required = true, description = "서비스 업종 code, e.g. CS100010")
    String industry;

    @Option(names = "--investment", paramLabel = "W", description = "interior and equipment together (depreciated)")
    String investment;

    @Option(names = "--interior", paramLabel = "W", description = "인테리어 (instead of --investment)")
    String interior;

    @Option(names = "--equipment", paramLabel = "W", description = "설비 (instead of --investment)")
    String equipment;

    @Option(names = "--deposit", paramLabel = "W", description = "보증금 (returned; not in payback)")
    String deposit;

    @Option(names = "--premium", paramLabel = "W", description = "권리금")
    String premium;

    @Option(names = "--rent", required = true, paramLabel = "W", description = "monthly rent")
    String rent;

    @Option(names = "--maintenance", paramLabel = "W", description = "monthly 관리비")
    String maintenance;

    @Option(names = "--staff", required = true, paramLabel = "N", description = "staff, full-time equivalents")
    double staff;

    @Option(names = "--wage", paramLabel = "W", description = "monthly wage per staff (default: minimum wage × 209 h)")
    String wage;

    @Option(names = "--owner-wage", paramLabel = "W", description = "count the owner's own work at this monthly wage")
    String ownerWage;

    @Option(names = "--price-owner", description = "count the owner's own work at the minimum wage")
    boolean priceOwner;

    @Option(names = "--sales", paramLabel = "W", description = "typed monthly sales (default: the estimate's point and range)")
    String sales;

    @Option(names = "--sales-low", paramLabel = "W", description = "with --sales: low end of an 80%% range")
    String salesLow;

    @Option(names = "--sales-high", paramLabel = "W", description = "with --sales: high end of an 80%% range")
    String salesHigh;

    @Option(names = "--stores", paramLabel = "N", description = "same-industry stores already there (as for estimate)")
    int stores;

    @Option(names = "--new-shop", description = "상권: share the district's sales with the new shop too (as for estimate)")
    boolean newShop;

    @Option(names = "--loan", paramLabel = "W", description = "loan amount")
    String loan;

    @Option(names = "--loan-months", paramLabel = "N", description = "loan term in months (default 60)")
    int loanMonths = 60;

    @Option(names = "--set", paramLabel = "PARAM=VALUE", description = "your own value for a default, e.g. cogs_ratio=0.33, "
            + "delivery_share=0.2, loan_rate=0.045, min_wage_hourly=10320")
    List<String> sets = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", description = "Monte Carlo seed (default 20241)")
    long seed = MonteCarlo.DEFAULT_SEED;

    @Option(names = "--draws", paramLabel = "N", description = "Monte Carlo draws (default 10000)")
    int draws = MonteCarlo.DEFAULT_DRAWS;

    @Option(names = "--compare-district", paramLabel = "D", description = "side by side: the same plan in another district")
    String compareDistrict;

    @Option(names = "--compare-rent", paramLabel = "W", description = "side by side: the same plan at another rent")
    String compareRent;

    @Option(names = "--compare-delivery", paramLabel = "SHARE", description = "side by side: another share of delivery sales (0-1)")
    Double compareDelivery;

    @Option(names = "--save-to-consultation", paramLabel = "ID", description = "save the result as a new scenario of this 상담 (passphrase as for consult)")
    Long saveToConsultation;

    @Option(names = "--save-to-scenario", paramLabel = "ID", description = "add the result to this saved scenario (replaces an earlier 수익 분석 there)")
    Long saveToScenario;

    @Option(names = "--title", description = "with --save-to-consultation: the new scenario's title")
    String title;

    @Option(names = "--json", description = "print as JSON")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (stores < 0 || draws < 1 || draws > 1_000_000) {
            throw new UserException(stores < 0 ? "estimate.cli.negativeStores" : "finance.cli.draws");
        }
        ScenarioTarget target = ScenarioTarget.of(saveToConsultation, saveToScenario);
        // codes and names as for the other analysis commands (unknown ones refused with the codes that exist)
        FinanceRequest request = request(Inputs.district(main.context(), district), Inputs.industry(main.context(), industry));
        Scenario scenario = scenario(Inputs.district(main.context(), compareDistrict));
        if (scenario != null && target != null) {
            throw new UserException("finance.cli.saveOnePlan");
        }
        var finance = main.context().financeService();
        if (scenario == null) {
            FinanceResult r = finance.analyze(request);
            kr.sanggwon.consult.Scenario saved = target == null ? null : target.save(main,
                    (consult, k) -> consult.saveFinance(k, title, r, request.storeDetails()), (consult, id) -> consult.attachFinance(id, r));
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>(FinanceJson.of(r));
                if (saved != null) {
                    m.put("savedScenario", saved.id());
                }
                out.println(Json.write(m));
            } else {
                out.println(FinanceReport.text(r));
                if (saved != null) {
                    out.println(ScenarioTarget.savedLine(saved, target));
                }
            }
            return MainCommand.OK;
        }
        Scenario.Comparison c = finance.compare(request, scenario);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("scenario", c.scenario().kind().name().toLowerCase(java.util.Locale.ROOT));
            m.put("base", FinanceJson.of(c.base()));
            m.put("variant", FinanceJson.of(c.variant()));
            out.println(Json.write(m));
        } else {
            out.println(FinanceReport.text(c.base()));
            out.println(FinanceReport.comparison(c));
        }
        return MainCommand.OK;
    }

    private FinanceRequest request(String districtCode, String industryCode) {
        double facilities = money(investment, 0);
        double interiorWon = interior == null && equipment == null ? facilities : money(interior, 0);
        Investment inv = new Investment(money(deposit, 0), money(premium, 0), interiorWon, money(equipment, 0));
        SalesBasis basis = null;
        if (sales != null) {
            basis = salesLow != null || salesHigh != null
                    ? SalesBasis.typed(money(sales, Double.NaN), money(salesLow, Double.NaN), money(salesHigh, Double.NaN))
                    : SalesBasis.typed(money(sales, Double.NaN));
        }
        Map<Param, Double> values = new EnumMap<>(Param.class);
        for (String s : sets) {
            int eq = s.indexOf('=');
            Param p = eq < 0 ? null : Param.byId(s.substring(0, eq).trim()).orElse(null);
            if (p == null) {
                throw new UserException("finance.cli.badSet", s);
            }
            String v = s.substring(eq + 1).trim();
            double d = p.unit() == Param.Unit.WON ? MoneyInput.parse(v) : number(v);
            if (Double.isNaN(d)) {
                throw new UserException("finance.cli.badSet", s);
            }
            values.put(p, d);
        }
        boolean owner = priceOwner || ownerWage != null;
        return new FinanceRequest(districtCode, industryCode, basis, new StoreDetails(stores, newShop), inv, money(rent, Double.NaN),
                money(maintenance, 0), staff, money(wage, Double.NaN), owner, money(ownerWage, Double.NaN), money(loan, 0), loanMonths,
                values, seed, draws);
    }

    private Scenario scenario(String compareDistrictCode) {
        int n = (compareDistrict != null ? 1 : 0) + (compareRent != null ? 1 : 0) + (compareDelivery != null ? 1 : 0);
        if (n > 1) {
            throw new UserException("finance.cli.oneComparison");
        }
        if (compareDistrict != null) {
            return Scenario.district(compareDistrictCode);
        }
        if (compareRent != null) {
            return Scenario.rent(money(compareRent, Double.NaN));
        }
        return compareDelivery == null ? null : Scenario.delivery(compareDelivery);
    }

    /** A typed amount; {@code absent} when the option was not given. Text that is not an amount is refused here. */
    private static double money(String text, double absent) {
        if (text == null) {
            return absent;
        }
        double v = MoneyInput.parse(text);
        if (Double.isNaN(v)) {
            throw new UserException("finance.cli.badMoney", text);
        }
        return v;
    }

    private static double number(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
