package kr.sanggwon.consult;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Text;
import kr.sanggwon.customer.CustomerProfile;
import kr.sanggwon.customer.CustomerService;
import kr.sanggwon.customer.DimensionProfile;
import kr.sanggwon.customer.Share;
import kr.sanggwon.compare.Comparison;
import kr.sanggwon.district.DistrictInfo;
import kr.sanggwon.district.DistrictService;
import kr.sanggwon.district.DistrictSnapshot;
import kr.sanggwon.district.Kpi;
import kr.sanggwon.estimate.Driver;
import kr.sanggwon.estimate.Estimate;
import kr.sanggwon.estimate.EstimateService;
import kr.sanggwon.estimate.StoreDetails;
import kr.sanggwon.finance.FinanceResult;
import kr.sanggwon.finance.SalesBasis;
import kr.sanggwon.recommend.Preset;
import kr.sanggwon.recommend.Ranking;
import kr.sanggwon.consult.ScenarioSnapshot.ComparisonPart;
import kr.sanggwon.consult.ScenarioSnapshot.CustomersPart;
import kr.sanggwon.consult.ScenarioSnapshot.DashboardPart;
import kr.sanggwon.consult.ScenarioSnapshot.DimensionPart;
import kr.sanggwon.consult.ScenarioSnapshot.DriverPart;
import kr.sanggwon.consult.ScenarioSnapshot.EstimatePart;
import kr.sanggwon.consult.ScenarioSnapshot.EstimateWords;
import kr.sanggwon.consult.ScenarioSnapshot.KpiPart;
import kr.sanggwon.consult.ScenarioSnapshot.ModelPart;
import kr.sanggwon.consult.ScenarioSnapshot.NewShop;
import kr.sanggwon.consult.ScenarioSnapshot.QualityPart;
import kr.sanggwon.consult.ScenarioSnapshot.RowPart;
import kr.sanggwon.consult.ScenarioSnapshot.SharePart;

/**
 * Copies what the analysis screens show into a {@link ScenarioSnapshot}: the estimate as displayed, the district's
 * KPIs and customer profile for the same industry, and the comparison when there is one. Nothing in a snapshot
 * refers back to the live data, so a saved scenario stays as it was after new imports or retraining.
 */
public final class ScenarioCapture {
    private final EstimateService estimates;
    private final DistrictService districts;
    private final CustomerService customers;

    private final Analyses analyses;

    /**
     * The services a saved scenario's other parts are recomputed with (수익 분석, 유망 상권, 상권 비교); any may be null,
     * and a part whose service is missing is reported as not recomputable.
     */
    public record Analyses(kr.sanggwon.finance.FinanceService finance, kr.sanggwon.recommend.RecommendService recommend,
                           kr.sanggwon.compare.CompareService compare) {
        static final Analyses NONE = new Analyses(null, null, null);
    }

    public ScenarioCapture(EstimateService estimates, DistrictService districts, CustomerService customers) {
        this(estimates, districts, customers, Analyses.NONE);
    }

    public ScenarioCapture(EstimateService estimates, DistrictService districts, CustomerService customers, Analyses analyses) {
        this.estimates = estimates;
        this.districts = districts;
        this.customers = customers;
        this.analyses = analyses == null ? Analyses.NONE : analyses;
    }

    Analyses analyses() {
        return analyses;
    }

    EstimateService estimates() {
        return estimates;
    }

    /** The district service scenarios are captured from (관심 목록 reads its series there too). */
    DistrictService districts() {
        return districts;
    }

    /** A scenario of an estimate the consultant is looking at (with the store details it was shown with). */
    public ScenarioSnapshot fromEstimate(String title, Estimate e, StoreDetails details, Comparison comparison) {
        return build(title, e.district(), e.districtName(), e.guName(), e.industry(), e.industryName(),
                estimatePart(e, details == null ? StoreDetails.NONE : details), comparison);
    }

    /**
     * A scenario of a comparison: the first district is the scenario's district; its estimate is added when the
     * models can make one (and left out, not failed, when they cannot).
     */
    public ScenarioSnapshot fromComparison(String title, Comparison c) {
        DistrictInfo first = c.districts().get(0);
        EstimatePart estimate = null;
        try {
            estimate = estimatePart(estimates.estimate(first.code(), c.industryCode()), StoreDetails.NONE);
        } catch (RuntimeException noEstimate) {
            // no model or no data for this cell: the scenario holds the comparison only
        }
        return build(title, first.code(), first.name(), first.guName(), c.industryCode(), c.industryName(), estimate, c);
    }

    /** A fresh estimate for the scenario's district and industry with the same store details (for "recompute"). */
    public ScenarioSnapshot recompute(ScenarioSnapshot old) {
        Estimate e = estimates.estimate(old.district(), old.industry());
        StoreDetails details = old.estimate() == null || old.estimate().newShop() == null ? StoreDetails.NONE
                : new StoreDetails(old.estimate().newShop().existingStores(), old.estimate().newShop().countNewShop());
        ScenarioSnapshot fresh = build(old.title(), e.district(), e.districtName(), e.guName(), e.industry(), e.industryName(),
                estimatePart(e, details), null);
        return new ScenarioSnapshot(fresh.schema(), fresh.title(), fresh.savedAt(), fresh.locale(), fresh.dataVersion(),
                fresh.district(), fresh.districtName(), fresh.guName(), fresh.industry(), fresh.industryName(), fresh.estimate(),
                fresh.dashboard(), fresh.customers(), old.comparison(), old.attachments(), old.finance(), old.recommend());
    }

    /**
     * A scenario of a 수익 분석 result: its district and industry with their KPIs and customers, the estimate when the
     * plan's sales came from it (under the same store details), and the result itself.
     */
    public ScenarioSnapshot fromFinance(String title, FinanceResult r, StoreDetails details) {
        EstimatePart estimate = null;
        if (r.sales().origin() == SalesBasis.Origin.ESTIMATE) {
            try {
                estimate = estimatePart(estimates.estimate(r.district(), r.industry()), details == null ? StoreDetails.NONE : details);
            } catch (RuntimeException noEstimate) {
                // the plan holds its sales anyway; the scenario just has no 예상 매출 part
            }
        }
        String t = ClientInput.trim(title);
        if (t == null) {
            t = Messages.get("consult.finance.title", r.districtName(), r.industryName());
        }
        return build(t, r.district(), r.districtName(), r.guName(), r.industry(), r.industryName(), estimate, null)
                .withFinance(FinanceCapture.of(r));
    }

    /**
     * A scenario of a 유망 상권 list: it is about an industry, so the scenario's district is the first-ranked one (for
     * lists and search) and nothing else about that district is added.
     */
    public ScenarioSnapshot fromRanking(String title, Ranking r, Preset preset, int top) {
        ScenarioSnapshot.RecommendPart part = RecommendCapture.of(r, preset, top);
        ScenarioSnapshot.RankedPart first = part.rows().get(0);
        String t = ClientInput.trim(title);
        if (t == null) {
            t = part.gus().isEmpty() ? Messages.get("consult.recommend.title", r.industryName())
                    : Messages.get("consult.recommend.titleGu", r.industryName(), String.join(", ", part.gus()));
        }
        return new ScenarioSnapshot(ScenarioSnapshot.SCHEMA, t, Instant.now().toString(), Messages.locale().getLanguage(),
                estimates.dataVersion(), first.code(), first.name(), first.guName(), r.industry(), r.industryName(), null, null, null,
                null, List.of(), null, part);
    }

    private ScenarioSnapshot build(String title, String district, String districtName, String gu, String industry,
                                   String industryName, EstimatePart estimate, Comparison comparison) {
        DashboardPart dashboard = null;
        CustomersPart customerPart = null;
        try {
            dashboard = dashboard(districts.snapshot(district, industry));
            customerPart = customers(customers.profile(district, industry));
        } catch (RuntimeException missing) {
            // a district without dashboard or sales rows still makes a scenario; the report leaves the part out
        }
        String t = ClientInput.trim(title);
        if (t == null) {
            t = districtName + " · " + industryName;
        }
        return new ScenarioSnapshot(ScenarioSnapshot.SCHEMA, t, Instant.now().toString(), Messages.locale().getLanguage(),
                estimates.dataVersion(), district, districtName, gu, industry, industryName, estimate, dashboard, customerPart,
                comparison == null ? null : comparison(comparison), List.of());
    }

    static EstimatePart estimatePart(Estimate e, StoreDetails details) {
        List<DriverPart> drivers = new ArrayList<>();
        // the snapshot keeps the words as they were read when it was saved, in the language of the moment
        kr.sanggwon.estimate.EstimateText words = new kr.sanggwon.estimate.EstimateText(Messages.locale());
        for (Driver d : e.drivers()) {
            drivers.add(new DriverPart(d.feature().name(), kr.sanggwon.estimate.FeatureText.label(d.feature(), Messages.locale()),
                    d.numeric() ? kr.sanggwon.estimate.FeatureText.number(d.feature(), d.value(), Messages.locale())
                            : kr.sanggwon.estimate.FeatureText.category(d.feature(), d.category(), d.categoryName(), Messages.locale()),
                    d.numeric() ? kr.sanggwon.estimate.FeatureText.number(d.feature(), d.reference(), Messages.locale()) : "",
                    d.effect(), words.driver(d)));
        }
        StoreDetails.ForNewShop shop = details.forNewShop(e);
        NewShop newShop = shop == null ? null : new NewShop(shop.existingStores(), shop.countNewShop(), shop.sharingStores(),
                shop.monthly(), shop.monthlyLow(), shop.monthlyHigh(), shop.quarterly(), shop.note().render(Messages.locale()));
        Estimate.Quality q = e.quality();
        Estimate.Provenance p = e.provenance();
        return new EstimatePart(e.grain().name(), e.perStore(), e.targetQuarter(), e.basedOnQuarter(), finite(e.stores()),
                e.monthly(), finite(e.monthlyLow()), finite(e.monthlyHigh()), e.quarterly(), finite(e.quarterlyLow()),
                finite(e.quarterlyHigh()), newShop, drivers,
                q == null ? null : new QualityPart(q.medianApe(), q.coverage80(), q.origins(), q.baselineMethod(), q.baselineMedianApe(),
                        q.line().render(Messages.locale())),
                p == null ? null : new ModelPart(p.modelId(), p.method(), p.trainedAt(), p.modelDataVersion(), p.modelLastQuarter(), p.stale()),
                render(e.notes(), Messages.locale()), render(e.warnings(), Messages.locale()), words(e));
    }

    /** The estimate's sentences in every app language, so a report need not be in the language of the screen. */
    private static List<EstimateWords> words(Estimate e) {
        List<EstimateWords> out = new ArrayList<>();
        for (Locale l : Messages.LANGUAGES) {
            out.add(new EstimateWords(l.getLanguage(), e.quality() == null ? null : e.quality().line().render(l),
                    e.provenance() == null ? null : e.provenance().line().render(l), render(e.notes(), l), render(e.warnings(), l)));
        }
        return out;
    }

    private static List<String> render(List<Text> texts, Locale locale) {
        return texts.stream().map(t -> t.render(locale)).toList();
    }

    private static DashboardPart dashboard(DistrictSnapshot s) {
        List<KpiPart> kpis = new ArrayList<>();
        for (Kpi k : s.kpis()) {
            if (k.hasValue()) {
                kpis.add(new KpiPart(k.metric().name(), k.metric().unit().name(), k.value(), k.text(), k.quarter(), k.deltaQuarter(),
                        k.deltaYear(), k.metric().dataset().name()));
            }
        }
        return new DashboardPart(s.referenceQuarter(), kpis);
    }

    private static CustomersPart customers(CustomerProfile p) {
        if (p == null || p.sales() == null) {
            return null;
        }
        List<DimensionPart> dims = new ArrayList<>();
        for (DimensionProfile d : p.dimensions()) {
            List<SharePart> shares = new ArrayList<>();
            for (Share s : d.shares()) {
                shares.add(new SharePart(s.labelKey(), s.district(), s.seoul()));
            }
            dims.add(new DimensionPart(d.dimension().name(), shares));
        }
        return new CustomersPart(p.quarter(), p.summaryKo(), p.summaryEn(), dims);
    }

    static ComparisonPart comparison(Comparison c) {
        List<RowPart> rows = new ArrayList<>();
        for (Comparison.Row r : c.rows()) {
            rows.add(new RowPart(r.labelKey(), r.unit().name(), r.values(), r.texts(), r.best()));
        }
        return new ComparisonPart(c.industryName(), c.districts().stream().map(DistrictInfo::name).toList(), rows, render(c.summary(), Messages.locale()),
                c.districts().stream().map(DistrictInfo::code).toList());
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
