package kr.sanggwon.consult;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.consult.Recomputed.Part;
import kr.sanggwon.consult.Recomputed.PartChange;
import kr.sanggwon.consult.Recomputed.Row;
import kr.sanggwon.consult.ScenarioSnapshot.Attachment;
import kr.sanggwon.consult.ScenarioSnapshot.AttachmentRow;
import kr.sanggwon.consult.ScenarioSnapshot.ComparisonPart;
import kr.sanggwon.consult.ScenarioSnapshot.EstimatePart;
import kr.sanggwon.consult.ScenarioSnapshot.FinancePart;
import kr.sanggwon.consult.ScenarioSnapshot.InputPart;
import kr.sanggwon.consult.ScenarioSnapshot.RankedPart;
import kr.sanggwon.consult.ScenarioSnapshot.RecommendPart;
import kr.sanggwon.digital.DigitalCheckup;
import kr.sanggwon.estimate.StoreDetails;
import kr.sanggwon.finance.FinanceInputException;
import kr.sanggwon.finance.FinanceRequest;
import kr.sanggwon.finance.FinanceText;
import kr.sanggwon.finance.Investment;
import kr.sanggwon.finance.Param;
import kr.sanggwon.finance.SalesBasis;
import kr.sanggwon.recommend.Filter;
import kr.sanggwon.recommend.Ranking;
import kr.sanggwon.recommend.Target;
import kr.sanggwon.recommend.Weights;

/**
 * "Newer data exists — recompute?": every part a saved scenario holds made again on today's data and models, with
 * the same inputs as saved (store details, 현장 조사 and 디지털 전환 진단 answers, comparison districts, 수익 분석 plan,
 * 유망 상권 settings). Nothing is written: the consultant sees old and new side by side and decides.
 */
final class ScenarioRecompute {
    /** Ranked rows shown old vs new. */
    static final int RANK_ROWS = 5;
    private final ConsultService consult;
    private final ScenarioCapture capture;

    ScenarioRecompute(ConsultService consult, ScenarioCapture capture) {
        this.consult = consult;
        this.capture = capture;
    }

    Recomputed recompute(Scenario s) {
        ScenarioSnapshot old = s.snapshot();
        List<PartChange> parts = new ArrayList<>();
        ScenarioSnapshot fresh = old;
        boolean failed = false;
        if (old.estimate() != null) {
            try {
                fresh = capture.recompute(old);
                parts.add(new PartChange(Part.ESTIMATE, estimateRows(old.estimate(), fresh.estimate()), null, null));
            } catch (UserException e) {
                parts.add(problem(Part.ESTIMATE, e));
                failed = true;
            }
        }
        Optional<Attachment> survey = attachment(old, FieldSurveys.KIND);
        if (survey.isPresent()) {
            if (failed) {
                parts.add(new PartChange(Part.SURVEY, List.of(), "consult.recompute.needsEstimate", new Object[0]));
            } else {
                try {
                    FieldSurvey answers = consult.surveys().survey(s.id())
                            .orElseThrow(() -> new ConsultException("consult.recompute.noAnswers", s.id()));
                    Attachment now = FieldSurveys.attachment(consult.surveys().adjust(with(s, fresh), answers));
                    fresh = fresh.withAttachment(now);
                    parts.add(new PartChange(Part.SURVEY, attachmentRows(survey.get(), now), null, null));
                } catch (UserException e) {
                    parts.add(problem(Part.SURVEY, e));
                    failed = true;
                }
            }
        }
        Optional<Attachment> digital = attachment(old, DigitalCheckups.KIND);
        if (digital.isPresent()) {
            if (failed || capture.analyses().finance() == null) {
                parts.add(new PartChange(Part.DIGITAL, List.of(), failed ? "consult.recompute.needsEstimate" : "consult.recompute.unavailable",
                        new Object[0]));
                failed = true;
            } else {
                try {
                    DigitalCheckups checkups = consult.digital(new kr.sanggwon.digital.DigitalService(capture.analyses().finance(),
                            consult.folder()));
                    DigitalCheckup answers = checkups.checkup(s.id())
                            .orElseThrow(() -> new ConsultException("consult.recompute.noAnswers", s.id()));
                    Attachment now = DigitalCheckups.attachment(checkups.diagnose(with(s, fresh), answers),
                            AfterOpening.surveyMultiplier(fresh) != 1.0);
                    fresh = fresh.withAttachment(now);
                    parts.add(new PartChange(Part.DIGITAL, attachmentRows(digital.get(), now), null, null));
                } catch (UserException e) {
                    parts.add(problem(Part.DIGITAL, e));
                    failed = true;
                }
            }
        }
        if (old.comparison() != null) {
            try {
                ComparisonPart now = comparison(old);
                fresh = fresh.withComparison(now);
                parts.add(new PartChange(Part.COMPARISON, comparisonRows(old.comparison(), now), null, null));
            } catch (UserException e) {
                parts.add(problem(Part.COMPARISON, e));
                failed = true;
            }
        }
        if (old.finance() != null) {
            try {
                FinancePart now = finance(old.finance(), fresh.estimate());
                fresh = fresh.withFinance(now);
                parts.add(new PartChange(Part.FINANCE, financeRows(old.finance(), now), null, null));
            } catch (UserException e) {
                parts.add(problem(Part.FINANCE, e));
                failed = true;
            }
        }
        if (old.recommend() != null) {
            try {
                RecommendPart now = recommend(old.recommend());
                fresh = fresh.withRecommend(now);
                parts.add(new PartChange(Part.RECOMMEND, recommendRows(old.recommend(), now), null, null));
            } catch (UserException e) {
                parts.add(problem(Part.RECOMMEND, e));
                failed = true;
            }
        }
        if (failed) {
            return new Recomputed(s, null, parts);
        }
        return new Recomputed(s, fresh.madeAt(Instant.now().toString(), capture.estimates().dataVersion()), parts);
    }

    private static Scenario with(Scenario s, ScenarioSnapshot snap) {
        return new Scenario(s.id(), s.consultationId(), s.createdAt(), s.updatedAt(), snap.dataVersion(), s.modelId(), snap, s.version());
    }

    private static Optional<Attachment> attachment(ScenarioSnapshot s, String kind) {
        return s.attachments().stream().filter(a -> a.kind().equals(kind)).findFirst();
    }

    private static PartChange problem(Part p, UserException e) {
        if (e instanceof FinanceInputException) {   // its text lists the problems; the key alone would not
            return new PartChange(p, List.of(), "consult.recompute.problem", new Object[] {e.localized()});
        }
        return new PartChange(p, List.of(), e.key(), e.args());
    }

    // ---- 상권 비교 ----

    private ComparisonPart comparison(ScenarioSnapshot old) {
        ComparisonPart c = old.comparison();
        if (c.codes() == null || c.codes().isEmpty()) {
            throw new ConsultException("consult.recompute.noCodes");
        }
        if (capture.analyses().compare() == null) {
            throw new ConsultException("consult.recompute.unavailable");
        }
        try {
            return ScenarioCapture.comparison(capture.analyses().compare().compare(old.industry(), c.codes()));
        } catch (kr.sanggwon.store.DataAccessException e) {
            throw new ConsultException("consult.error.database", e.sqlState());
        }
    }

    // ---- 수익 분석 ----

    /** The saved plan made again: the consultant's inputs and own values as saved, today's defaults and sales. */
    private FinancePart finance(FinancePart f, EstimatePart freshEstimate) {
        if (capture.analyses().finance() == null) {
            throw new ConsultException("consult.recompute.unavailable");
        }
        Map<String, InputPart> in = new java.util.HashMap<>();
        Map<Param, Double> own = new EnumMap<>(Param.class);
        for (InputPart p : f.inputs()) {
            in.put(p.id(), p);
            Param.byId(p.id()).filter(x -> p.changed()).ifPresent(x -> own.put(x, p.value()));
        }
        SalesBasis sales;
        StoreDetails details = StoreDetails.NONE;
        if ("ESTIMATE".equals(f.sales().origin())) {
            sales = null;   // today's estimate, for the same new shop
            if (freshEstimate != null && freshEstimate.newShop() != null) {
                details = new StoreDetails(freshEstimate.newShop().existingStores(), freshEstimate.newShop().countNewShop());
            }
        } else {
            sales = f.sales().low() == null || f.sales().high() == null ? SalesBasis.typed(f.sales().monthly(), Double.NaN, Double.NaN)
                    : SalesBasis.typed(f.sales().monthly(), f.sales().low(), f.sales().high());
        }
        long seed = f.simulation() == null ? 0 : f.simulation().seed();
        int draws = f.simulation() == null ? 0 : f.simulation().draws();
        FinanceRequest r = new FinanceRequest(f.district(), f.industry(), sales, details,
                new Investment(value(in, "deposit"), value(in, "premium"), value(in, "interior"), value(in, "equipment")),
                value(in, "rent"), value(in, "maintenance"), value(in, "staff"), wage(in.get("wage")), in.containsKey("ownerWage"),
                wage(in.get("ownerWage")), value(in, "loanAmount"), (int) value(in, "loanTerm"), own, seed, draws);
        return FinanceCapture.of(capture.analyses().finance().analyze(r));
    }

    private static double value(Map<String, InputPart> in, String id) {
        InputPart p = in.get(id);
        return p == null ? 0 : p.value();
    }

    /** A wage that was the minimum wage of the year stays "the minimum wage" (today's); one typed stays as typed. */
    private static double wage(InputPart p) {
        return p == null || p.sourceKo() != null ? Double.NaN : p.value();
    }

    // ---- 유망 상권 ----

    private RecommendPart recommend(RecommendPart r) {
        if (capture.analyses().recommend() == null) {
            throw new ConsultException("consult.recompute.unavailable");
        }
        Map<kr.sanggwon.recommend.Part, Double> w = new EnumMap<>(kr.sanggwon.recommend.Part.class);
        r.weights().forEach((k, v) -> w.put(kr.sanggwon.recommend.Part.valueOf(k), v));
        Ranking now = capture.analyses().recommend().rank(r.industry(), r.level().charAt(0),
                new Filter(new HashSet<>(r.gus()), new HashSet<>(r.types())),
                new Target(new HashSet<>(r.ages()), r.gender(), new HashSet<>(r.times())), new Weights(w), 0);
        RecommendPart part = RecommendCapture.of(now, null, r.rows().size());
        return new RecommendPart(part.industry(), part.industryName(), part.level(), part.quarter(), part.perStore(), part.gus(),
                part.types(), part.ages(), part.gender(), part.times(), r.presetKey(), r.presetName(), part.weights(), part.matching(),
                part.seoulDistricts(), part.rows());
    }

    // ---- rows shown side by side ----

    static List<Row> estimateRows(EstimatePart old, EstimatePart now) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(Messages.get("consult.ui.monthly"), money(Recomputed.monthly(old)), money(Recomputed.monthly(now))));
        rows.add(new Row(Messages.get("consult.ui.range"), range(old), range(now)));
        rows.add(new Row(Messages.get("consult.ui.basedOn"), Formats.quarter(old.basedOnQuarter()), Formats.quarter(now.basedOnQuarter())));
        rows.add(new Row(Messages.get("consult.recompute.model"), model(old), model(now)));
        return rows;
    }

    /** The rows of an attachment that carry a figure, matched by label (a row only on one side shows "-" on the other). */
    static List<Row> attachmentRows(Attachment old, Attachment now) {
        List<Row> rows = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (AttachmentRow n : now.rows()) {
            AttachmentRow o = old.rows().stream().filter(x -> x.label().equals(n.label())).findFirst().orElse(null);
            if (n.number() != null || (o != null && o.number() != null)) {
                rows.add(new Row(n.label(), o == null ? "-" : o.value(), n.value()));
                seen.add(n.label());
            }
        }
        for (AttachmentRow o : old.rows()) {
            if (o.number() != null && !seen.contains(o.label())) {
                rows.add(new Row(o.label(), o.value(), "-"));
            }
        }
        return rows;
    }

    static List<Row> comparisonRows(ComparisonPart old, ComparisonPart now) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(Messages.get("consult.recompute.districts"), String.join(" / ", old.districts()), String.join(" / ", now.districts())));
        for (ScenarioSnapshot.RowPart n : now.rows()) {
            ScenarioSnapshot.RowPart o = old.rows().stream().filter(x -> x.labelKey().equals(n.labelKey())).findFirst().orElse(null);
            rows.add(new Row(Messages.get(n.labelKey()), o == null ? "-" : values(o), values(n)));
        }
        return rows;
    }

    /** A comparison row's values, one per district: the text as shown, else the number in its unit. */
    private static String values(ScenarioSnapshot.RowPart r) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < r.values().size(); i++) {
            String text = r.texts() != null && i < r.texts().size() ? r.texts().get(i) : null;
            out.add(text != null ? text : value(r.unit(), r.values().get(i)));
        }
        return String.join(" / ", out);
    }

    private static String value(String unit, Double v) {
        if (v == null || !Double.isFinite(v)) {
            return "-";
        }
        return switch (unit) {
            case "MONEY" -> Formats.money(Math.round(v));
            case "COUNT" -> Formats.number(v, 0);
            case "PEOPLE" -> Messages.get("district.unit.people", Formats.number(v, 0));
            case "PERCENT" -> Formats.number(v, 1) + "%";
            case "MONTHS" -> Messages.get("district.unit.months", Formats.number(v, 1));
            default -> Formats.number(v, 1);
        };
    }

    static List<Row> financeRows(FinancePart old, FinancePart now) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(Messages.get("consult.ui.monthly"), FinanceText.money(old.sales().monthly()), FinanceText.money(now.sales().monthly())));
        rows.add(new Row(Messages.get("consult.recompute.profit"), FinanceText.money(old.operatingProfit()), FinanceText.money(now.operatingProfit())));
        rows.add(new Row(Messages.get("consult.recompute.breakEven"), breakEven(old), breakEven(now)));
        rows.add(new Row(Messages.get("consult.recompute.payback"), payback(old), payback(now)));
        rows.add(new Row(Messages.get("consult.recompute.loss"), loss(old), loss(now)));
        rows.add(new Row(Messages.get("consult.ui.basedOn"), Formats.quarter(old.dataQuarter()), Formats.quarter(now.dataQuarter())));
        return rows;
    }

    static List<Row> recommendRows(RecommendPart old, RecommendPart now) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(Messages.get("consult.ui.basedOn"), Formats.quarter(old.quarter()), Formats.quarter(now.quarter())));
        int n = Math.min(RANK_ROWS, Math.max(old.rows().size(), now.rows().size()));
        for (int i = 0; i < n; i++) {
            rows.add(new Row(Messages.get("consult.recompute.rank", i + 1), ranked(old.rows(), i), ranked(now.rows(), i)));
        }
        return rows;
    }

    private static String ranked(List<RankedPart> rows, int i) {
        return i < rows.size() ? rows.get(i).name() + " (" + Formats.number(rows.get(i).points(), 1) + ")" : "-";
    }

    private static String breakEven(FinancePart f) {
        return f.breakEvenSales() == null ? Messages.get("finance.breakEven.none") : FinanceText.money(f.breakEvenSales());
    }

    private static String payback(FinancePart f) {
        return f.paybackMonths() == null ? Messages.get("finance.payback.never") : FinanceText.payback(f.paybackMonths());
    }

    private static String loss(FinancePart f) {
        return f.simulation() == null ? "-" : Formats.percent(f.simulation().lossProbability());
    }

    private static String money(double won) {
        return Double.isNaN(won) ? "-" : Formats.money(Math.round(won));
    }

    private static String range(EstimatePart e) {
        if (e == null || e.monthlyLow() == null || e.monthlyHigh() == null) {
            return "-";
        }
        double f = e.newShop() != null && e.monthly() != 0 ? e.newShop().monthly() / e.monthly() : 1.0;
        return money(e.monthlyLow() * f) + " ~ " + money(e.monthlyHigh() * f);
    }

    private static String model(EstimatePart e) {
        return e.model() == null ? "-" : e.model().method() + " · " + e.model().trainedAt().substring(0, Math.min(16, e.model().trainedAt().length()));
    }
}
