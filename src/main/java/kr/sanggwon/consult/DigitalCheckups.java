package kr.sanggwon.consult;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.consult.ScenarioSnapshot.Attachment;
import kr.sanggwon.consult.ScenarioSnapshot.AttachmentRow;
import kr.sanggwon.consult.ScenarioSnapshot.EstimatePart;
import kr.sanggwon.digital.Adoption;
import kr.sanggwon.digital.DigitalCheckup;
import kr.sanggwon.digital.DigitalDiagnosis;
import kr.sanggwon.digital.DigitalItem;
import kr.sanggwon.digital.DigitalService;
import kr.sanggwon.digital.ItemCost;
import kr.sanggwon.digital.ItemCostBook;
import kr.sanggwon.digital.ProgrammeBook;
import kr.sanggwon.digital.ProgrammeMatch;
import kr.sanggwon.finance.FinanceResult;
import kr.sanggwon.finance.SalesBasis;

/**
 * 디지털 전환 진단 of a scenario: stores the checkup sealed, runs it on the scenario's saved sales (with its 현장 조사
 * adjustment, never a recomputed estimate), and keeps the result on the scenario as a {@value #KIND} attachment so
 * it reopens and reports exactly as saved.
 */
public final class DigitalCheckups {
    public static final String KIND = "digital";
    private final ConsultService consult;
    private final SealedScenarioPayloads<DigitalCheckup> repository;
    private final DigitalService engine;

    DigitalCheckups(ConsultService consult, SealedScenarioPayloads<DigitalCheckup> repository, DigitalService engine) {
        this.consult = consult;
        this.repository = repository;
        this.engine = engine;
    }

    public DigitalService engine() {
        return engine;
    }

    public Optional<DigitalCheckup> checkup(long scenarioId) {
        consult.scenario(scenarioId);
        return repository.read(scenarioId);
    }

    /** The saved checkup with its row version (what a later {@link #save(long, Long, DigitalCheckup)} names). */
    public Optional<Versioned<DigitalCheckup>> saved(long scenarioId) {
        consult.scenario(scenarioId);
        return repository.readVersioned(scenarioId);
    }

    /** The diagnosis of a checkup (saved or being filled in); nothing is written. */
    public DigitalDiagnosis preview(long scenarioId, DigitalCheckup c) {
        return diagnose(consult.scenario(scenarioId), c);
    }

    /**
     * Saves the checkup over the version the consultant edited ({@code expectedVersion}, null when none was saved yet)
     * and its diagnosis on the scenario; returns the diagnosis with the checkup's new version.
     *
     * @throws EditConflictException when someone else saved a checkup of the scenario since; nothing was written
     */
    public Versioned<DigitalDiagnosis> save(long scenarioId, Long expectedVersion, DigitalCheckup c) {
        Scenario s = consult.scenario(scenarioId);
        DigitalDiagnosis d = diagnose(s, c);
        long version = repository.write(scenarioId, expectedVersion, d.checkup());
        boolean surveyed = AfterOpening.surveyMultiplier(s.snapshot()) != 1.0;
        consult.amendSnapshot(scenarioId, snapshot -> snapshot.withAttachment(attachment(d, surveyed)));
        return new Versioned<>(d, version);
    }

    /** Saves the checkup over whatever checkup is saved now (a whole new checkup, not an edit of one read earlier). */
    public DigitalDiagnosis save(long scenarioId, DigitalCheckup c) {
        return save(scenarioId, saved(scenarioId).map(Versioned::version).orElse(null), c).value();
    }

    /** After a conflict, "keep mine": saves the own checkup over theirs knowingly. */
    public Versioned<DigitalDiagnosis> keepMine(EditConflictException conflict, DigitalCheckup mine) {
        Long theirs = conflict.theirs() instanceof Versioned<?> v ? Long.valueOf(v.version()) : null;
        return save(conflict.id(), theirs, mine);
    }

    DigitalDiagnosis diagnose(Scenario s, DigitalCheckup c) {
        ScenarioSnapshot snap = s.snapshot();
        return engine.diagnose(new DigitalService.Shop(snap.district(), snap.guName(), snap.industry(), sales(snap)), c);
    }

    /**
     * Refuses (with the message the card and the CLI show) a scenario that cannot be diagnosed: no estimate, or an
     * estimate that is a 행정동's total for all shops of the industry rather than one shop's sales.
     */
    public static void requireOneShop(ScenarioSnapshot snap) {
        sales(snap);
    }

    /**
     * The scenario's monthly sales and range as saved, 현장 조사 adjustment included: one shop's figure (per store, or
     * the 행정동 total split by the stores given); a cell total is refused, as 수익 분석 refuses it.
     */
    static SalesBasis sales(ScenarioSnapshot snap) {
        EstimatePart e = snap.estimate();
        if (e == null) {
            throw new ConsultException("consult.digital.error.noEstimate", snap.title());
        }
        if (!Recomputed.oneShop(e)) {
            throw new ConsultException("consult.digital.error.cellTotal", snap.title(), snap.districtName());
        }
        double m = AfterOpening.surveyMultiplier(snap);
        Double low = e.newShop() != null ? Double.valueOf(e.newShop().monthlyLow()) : e.monthlyLow();
        Double high = e.newShop() != null ? Double.valueOf(e.newShop().monthlyHigh()) : e.monthlyHigh();
        return new SalesBasis(Recomputed.monthly(e) * m, low == null ? Double.NaN : low * m, high == null ? Double.NaN : high * m,
                SalesBasis.Origin.ESTIMATE, e.targetQuarter());
    }

    /** The diagnosis as labelled rows: the checklist, before → after, and the programmes (what the report prints). */
    public Attachment describe(long scenarioId, DigitalDiagnosis d) {
        return attachment(d, AfterOpening.surveyMultiplier(consult.scenario(scenarioId).snapshot()) != 1.0);
    }

    static Attachment attachment(DigitalDiagnosis d, boolean surveyed) {
        List<AttachmentRow> rows = new ArrayList<>();
        FinanceResult before = d.before();
        FinanceResult after = d.after();
        rows.add(new AttachmentRow(Messages.get(surveyed ? "consult.digital.row.salesSurveyed" : "consult.digital.row.sales"),
                money(before.sales().monthly()) + range(before.sales()), before.sales().monthly()));
        for (DigitalItem i : DigitalItem.values()) {
            Adoption a = d.checkup().state(i);
            String value = Messages.get(a.key());
            if (a == Adoption.PLANNED) {
                ItemCost c = d.effect().planned().stream().filter(x -> x.item() == i).findFirst().orElseThrow();
                value = Messages.get("consult.digital.row.planned", money(c.monthlyCost()), money(c.oneOffCost()),
                        Formats.signedPercent(c.effectLow()), Formats.signedPercent(c.effectHigh()), c.source());
            }
            rows.add(new AttachmentRow(Messages.get(i.key()), value, null));
        }
        rows.add(new AttachmentRow(Messages.get("consult.digital.row.total"), Messages.get("consult.digital.row.totalValue",
                money(d.effect().monthlyFees()), money(d.effect().oneOff()), Formats.signedPercent(d.effect().effectLow()),
                Formats.signedPercent(d.effect().effectHigh())), d.effect().monthlyFees()));
        rows.add(beforeAfter("consult.digital.row.profit", money(before.pnl().operatingProfit()), money(after.pnl().operatingProfit()),
                after.pnl().operatingProfit()));
        rows.add(beforeAfter("consult.digital.row.breakEven", money(before.pnl().breakEvenSales()), money(after.pnl().breakEvenSales()),
                after.pnl().breakEvenSales()));
        double lossBefore = DigitalDiagnosis.lossProbability(before);
        double lossAfter = DigitalDiagnosis.lossProbability(after);
        rows.add(beforeAfter("consult.digital.row.loss", percent(lossBefore), percent(lossAfter),
                Double.isNaN(lossAfter) ? null : lossAfter));
        double payback = d.paybackMonths();
        rows.add(new AttachmentRow(Messages.get("consult.digital.row.payback"), paybackText(d),
                Double.isFinite(payback) ? payback : null));
        if (d.programmes().isEmpty()) {
            rows.add(new AttachmentRow(Messages.get("consult.digital.row.programmes"), Messages.get("consult.digital.row.noProgramme"),
                    null));
        }
        for (ProgrammeMatch p : d.programmes()) {
            rows.add(new AttachmentRow(p.programme().name(), programmeText(p), null));
        }
        return new Attachment(KIND, Messages.get("consult.digital.title"), rows, ItemCostBook.FILE + ", " + ProgrammeBook.FILE);
    }

    /** Months for the extra cash to earn back the one-off costs, in words. */
    public static String paybackText(DigitalDiagnosis d) {
        double payback = d.paybackMonths();
        if (d.effect().oneOff() <= 0) {
            return Messages.get("consult.digital.row.paybackNone");
        }
        return Double.isInfinite(payback) ? Messages.get("consult.digital.row.paybackNever")
                : Messages.get("consult.digital.row.paybackMonths", Formats.number(payback, 1));
    }

    /** What a programme gives, which items it helps with, and how sure the facts are. */
    public static String programmeText(ProgrammeMatch p) {
        String helps = String.join(", ", p.helps().stream().map(i -> Messages.get(i.key())).toList());
        String sure = p.programme().check() || p.olderYear()
                ? Messages.get("consult.digital.programme.check", String.valueOf(p.programme().year()))
                : Messages.get("consult.digital.programme.year", String.valueOf(p.programme().year()));
        return Messages.get("consult.digital.programme.text", p.programme().support(), helps, sure, p.programme().source());
    }

    private static AttachmentRow beforeAfter(String key, String before, String after, Double number) {
        return new AttachmentRow(Messages.get(key), Messages.get("consult.digital.row.beforeAfter", before, after), number);
    }

    static String money(double won) {
        return Double.isFinite(won) ? Formats.money(Math.round(won)) : "-";
    }

    static String percent(double p) {
        return Double.isNaN(p) ? "-" : Formats.percent(p);
    }

    static String range(SalesBasis s) {
        return s.hasRange() ? " (" + money(s.low()) + " ~ " + money(s.high()) + ")" : "";
    }
}
