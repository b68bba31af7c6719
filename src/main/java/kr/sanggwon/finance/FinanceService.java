package kr.sanggwon.finance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kr.sanggwon.common.UserException;
import kr.sanggwon.estimate.Estimate;
import kr.sanggwon.estimate.EstimateService;
import kr.sanggwon.estimate.StoreDetails;
import kr.sanggwon.store.Database;

/**
 * 수익 분석: profit, break-even, payback and loss probability of a shop plan in a district, on the estimate's sales
 * range or typed sales. Defaults come from {@link AssumptionCatalog} with the user's saved values on top.
 */
public final class FinanceService {
    /** Scope of values the user saved for every industry. */
    public static final String ALL_INDUSTRIES = "*";

    private final FinanceRepository repository;
    private final EstimateService estimates;
    // read on first use, not when the app or a CLI command starts (most never touch 수익 분석)
    private final Supplier<AssumptionCatalog> catalog;
    private final Clock clock;

    public FinanceService(Database database, EstimateService estimates) {
        this(database, estimates, () -> Bundled.CATALOG, Clock.systemDefaultZone());
    }

    public FinanceService(Database database, EstimateService estimates, AssumptionCatalog catalog, Clock clock) {
        this(database, estimates, () -> catalog, clock);
    }

    private FinanceService(Database database, EstimateService estimates, Supplier<AssumptionCatalog> catalog, Clock clock) {
        this.repository = new FinanceRepository(database);
        this.estimates = estimates;
        this.catalog = catalog;
        this.clock = clock;
    }

    public AssumptionCatalog catalog() {
        return catalog.get();
    }

    /** The year whose minimum wage and rates apply: this year. */
    public int planYear() {
        return LocalDate.now(clock).getYear();
    }

    /**
     * The defaults for an industry at a monthly sales level (card-fee tier): bundled values, replaced by the user's saved
     * values (for this industry, else for all industries), each with its source.
     */
    public Map<Param, Assumption> defaults(String industry, double monthlySales) {
        Map<Param, Assumption> out = catalog().defaults(industry, planYear(), monthlySales * 12);
        Map<Param, Double> all = repository.userValues(ALL_INDUSTRIES);
        Map<Param, Double> own = industry == null ? Map.of() : repository.userValues(industry);
        for (Param p : Param.values()) {
            Double v = own.containsKey(p) ? own.get(p) : all.get(p);
            if (v != null) {
                Assumption a = out.get(p);
                out.put(p, new Assumption(p, own.containsKey(p) ? industry : ALL_INDUSTRIES, planYear(), v, a.sourceKo(), a.sourceEn(), true));
            }
        }
        return out;
    }

    /** Saves the user's own defaults for one industry (or {@link #ALL_INDUSTRIES}); they replace the bundled ones. */
    public void saveDefaults(String scope, Map<Param, Double> values) {
        repository.saveUserValues(scope, values);
    }

    /** Forgets the user's own defaults of one scope. */
    public void resetDefaults(String scope) {
        repository.clearUserValues(scope);
    }

    /** The estimate's monthly point and range for the new shop (store details applied), as sales for the plan. */
    public SalesBasis salesFromEstimate(String district, String industry, StoreDetails details) {
        Estimate e;
        try {
            e = estimates.estimate(district, industry);
        } catch (UserException ex) {
            throw new UserException("finance.error.noEstimate", ex.localized());
        }
        return fromEstimate(e, details);
    }

    /** The per-store sales of an estimate under store details; refuses a 행정동 total that is not split by stores. */
    public static SalesBasis fromEstimate(Estimate e, StoreDetails details) {
        StoreDetails.ForNewShop shop = details.forNewShop(e);
        if (!e.perStore() && shop == null) {
            throw new UserException("finance.error.cellTotal", e.districtName());
        }
        double f = shop == null ? 1.0 : shop.factor();
        return new SalesBasis(e.monthly() * f, e.monthlyLow() * f, e.monthlyHigh() * f, SalesBasis.Origin.ESTIMATE, e.targetQuarter());
    }

    /** Simulates one plan; throws {@link UserException} (or {@link FinanceInputException}) with what is wrong. */
    public FinanceResult analyze(FinanceRequest r) {
        FinanceRepository.DistrictRow d = repository.district(r.district());
        if (d == null) {
            throw new UserException("finance.error.unknownDistrict", r.district());
        }
        String industryName = repository.industryName(r.industry());
        if (industryName == null) {
            throw new UserException("finance.error.unknownIndustry", r.industry());
        }
        int quarter = repository.latestQuarter(r.industry(), d.level());
        FinanceRepository.CellRow cell = quarter == 0 ? null : repository.cell(r.district(), r.industry(), quarter);
        if (cell == null) {
            throw new UserException("finance.error.noIndustryData", industryName, d.name());
        }
        SalesBasis sales = r.sales() != null ? r.sales() : salesFromEstimate(r.district(), r.industry(), r.storeDetails());
        Map<Param, Assumption> used = resolve(r, sales.monthly());
        Plan plan = plan(r, sales.monthly(), used);
        List<Problem> problems = PlanValidator.check(plan, sales.low(), sales.high());
        if (!problems.isEmpty()) {
            throw new FinanceInputException(problems);
        }
        Pnl pnl = Pnl.of(plan);
        List<String> notes = new ArrayList<>();
        double ticket = cell.salesCount() > 0 ? cell.salesAmount() / cell.salesCount() : Double.NaN;
        if (!Double.isFinite(ticket)) {
            notes.add("finance.note.noTicket");
        }
        double customers = Double.isFinite(ticket) && Double.isFinite(pnl.breakEvenSales())
                ? pnl.breakEvenSales() / ticket / FinanceResult.DAYS_PER_MONTH : Double.NaN;
        List<FinanceRepository.PeerRow> peers = repository.peers(r.industry(), d.level(), quarter);
        TargetCheck gu = d.guName() == null ? null : TargetCheck.of(TargetCheck.Scope.GU, d.guName(), quarter,
                perStore(peers.stream().filter(p -> d.guName().equals(p.guName())).toList()), pnl.breakEvenSales());
        TargetCheck seoul = TargetCheck.of(TargetCheck.Scope.SEOUL, null, quarter, perStore(peers), pnl.breakEvenSales());
        if (seoul == null) {
            notes.add("finance.note.noPeers");
        }
        Simulation sim = null;
        if (sales.hasRange()) {
            sim = MonteCarlo.run(plan, LogNormalRange.fromRange(sales.low(), sales.high()), r.seed(),
                    r.draws() > 0 ? r.draws() : MonteCarlo.DEFAULT_DRAWS);
        } else {
            notes.add("finance.note.noRange");
        }
        if (plan.investment().deposit() > 0) {
            notes.add("finance.note.deposit");
        }
        if (!plan.ownerPriced()) {
            notes.add("finance.note.ownerUnpaid");
        }
        notes.add("finance.note.taxes");
        return new FinanceResult(r.district(), d.name(), d.guName(), d.level(), r.industry(), industryName, sales, plan, used, pnl,
                cell.quarter(), ticket, customers, gu, seoul, sim, List.copyOf(notes));
    }

    /** The base plan and a variant side by side (for another district, the variant's sales come from its estimate). */
    public Scenario.Comparison compare(FinanceRequest base, Scenario scenario) {
        return new Scenario.Comparison(scenario, analyze(base), analyze(scenario.apply(base)));
    }

    /** Monthly sales per store of each peer district with published stores. */
    private static List<Double> perStore(List<FinanceRepository.PeerRow> peers) {
        List<Double> out = new ArrayList<>();
        for (FinanceRepository.PeerRow p : peers) {
            if (p.stores() > 0 && p.salesAmount() > 0) {
                out.add(p.salesAmount() / p.stores() / 3);
            }
        }
        return out;
    }

    /** Defaults with the request's own values on top (marked as the user's). */
    private Map<Param, Assumption> resolve(FinanceRequest r, double monthlySales) {
        Map<Param, Assumption> out = new EnumMap<>(defaults(r.industry(), monthlySales));
        for (Map.Entry<Param, Double> e : r.values().entrySet()) {
            Assumption a = out.get(e.getKey());
            if (a.value() != e.getValue()) {
                out.put(e.getKey(), new Assumption(e.getKey(), r.industry(), planYear(), e.getValue(), a.sourceKo(), a.sourceEn(), true));
            }
        }
        return out;
    }

    /**
     * Problems of a request against known defaults, without the database: the screen checks every keystroke with it.
     * A request without sales is missing them.
     */
    public static List<Problem> check(FinanceRequest r, Map<Param, Assumption> defaults) {
        Map<Param, Assumption> merged = new EnumMap<>(defaults);
        r.values().forEach((p, v) -> merged.put(p, new Assumption(p, r.industry(), 0, v, "", "", true)));
        SalesBasis s = r.sales();
        Plan plan = plan(r, s == null ? Double.NaN : s.monthly(), merged);
        return PlanValidator.check(plan, s == null ? Double.NaN : s.low(), s == null ? Double.NaN : s.high());
    }

    /** The full plan from the request and the resolved defaults. */
    static Plan plan(FinanceRequest r, double monthlySales, Map<Param, Assumption> a) {
        double fullMonth = a.get(Param.MIN_WAGE_HOURLY).value() * a.get(Param.MONTHLY_HOURS).value();
        double wage = Double.isNaN(r.wagePerStaff()) ? fullMonth : r.wagePerStaff();
        double owner = Double.isNaN(r.ownerWage()) ? fullMonth : r.ownerWage();
        Loan loan = new Loan(r.loanAmount(), a.get(Param.LOAN_RATE).value(), r.loanTermMonths());
        return new Plan(monthlySales, r.investment(), r.rent(), r.maintenance(), a.get(Param.UTILITIES_MONTHLY).value(),
                r.staff(), wage, a.get(Param.EMPLOYER_INSURANCE_RATE).value(), a.get(Param.SEVERANCE_RATE).value(),
                r.ownerPriced(), owner, a.get(Param.COGS_RATIO).value(), a.get(Param.CARD_FEE_RATE).value(),
                a.get(Param.DELIVERY_COMMISSION).value(), a.get(Param.DELIVERY_SHARE).value(), a.get(Param.OTHER_COST_RATIO).value(),
                loan, a.get(Param.DEPRECIATION_YEARS).value(), r.digitalMonthly());
    }

    /** The bundled defaults, read when first asked for (the JVM initialises this holder on first use). */
    private static final class Bundled {
        static final AssumptionCatalog CATALOG = AssumptionCatalog.bundled();
    }
}
