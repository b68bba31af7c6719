package kr.sanggwon.consult;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.consult.ScenarioSnapshot.Attachment;
import kr.sanggwon.consult.ScenarioSnapshot.AttachmentRow;
import kr.sanggwon.consult.ScenarioSnapshot.EstimatePart;

/**
 * 현장 조사 of a scenario: stores the survey sealed, applies the editable storefront factors to the scenario's saved
 * estimate (never to a recomputed one), and keeps the result on the scenario as a {@value #KIND} attachment so it
 * reopens and reports exactly as saved.
 */
public final class FieldSurveys {
    public static final String KIND = "field-survey";
    private final ConsultService consult;
    private final SealedScenarioPayloads<FieldSurvey> repository;
    private final SurveyFactorBook book;

    FieldSurveys(ConsultService consult, SealedScenarioPayloads<FieldSurvey> repository, SurveyFactorBook book) {
        this.consult = consult;
        this.repository = repository;
        this.book = book;
    }

    public SurveyFactorBook factorBook() {
        return book;
    }

    public Optional<FieldSurvey> survey(long scenarioId) {
        consult.scenario(scenarioId);
        return repository.read(scenarioId);
    }

    /** The saved survey with its row version (what a later {@link #save(long, Long, FieldSurvey)} names). */
    public Optional<Versioned<FieldSurvey>> saved(long scenarioId) {
        consult.scenario(scenarioId);
        return repository.readVersioned(scenarioId);
    }

    /** Base → factors → adjusted for a survey (saved or being typed) of a scenario; nothing is written. */
    public SurveyAdjustment preview(long scenarioId, FieldSurvey survey) {
        return adjust(consult.scenario(scenarioId), survey.validated());
    }

    /**
     * Saves the survey over the version the consultant edited ({@code expectedVersion}, null when none was saved yet)
     * and its adjustment on the scenario; returns the adjustment with the survey's new version.
     *
     * @throws EditConflictException when someone else saved a survey of the scenario since; nothing was written
     */
    public Versioned<SurveyAdjustment> save(long scenarioId, Long expectedVersion, FieldSurvey survey) {
        Scenario s = consult.scenario(scenarioId);
        FieldSurvey checked = survey.validated();
        SurveyAdjustment a = adjust(s, checked);
        long version = repository.write(scenarioId, expectedVersion, checked);
        consult.amendSnapshot(scenarioId, snapshot -> snapshot.withAttachment(attachment(a)));
        return new Versioned<>(a, version);
    }

    /** Saves the survey over whatever survey is saved now (a whole new survey, not an edit of one read earlier). */
    public SurveyAdjustment save(long scenarioId, FieldSurvey survey) {
        return save(scenarioId, saved(scenarioId).map(Versioned::version).orElse(null), survey).value();
    }

    /** After a conflict, "keep mine": saves the own survey over theirs knowingly. */
    public Versioned<SurveyAdjustment> keepMine(EditConflictException conflict, FieldSurvey mine) {
        Long theirs = conflict.theirs() instanceof Versioned<?> v ? Long.valueOf(v.version()) : null;
        return save(conflict.id(), theirs, mine);
    }

    /** Turns one factor off (or on again) in the saved survey and saves the new adjustment over that survey's version. */
    public SurveyAdjustment toggle(long scenarioId, String factorId, boolean on) {
        Versioned<FieldSurvey> saved = saved(scenarioId).orElseThrow(() -> new ConsultException("consult.survey.error.none", scenarioId));
        return save(scenarioId, saved.version(), saved.value().withFactor(factorId, on)).value();
    }

    SurveyAdjustment adjust(Scenario s, FieldSurvey survey) {
        EstimatePart e = s.snapshot().estimate();
        if (e == null) {
            throw new ConsultException("consult.survey.error.noEstimate", s.snapshot().title());
        }
        if (!Recomputed.oneShop(e)) {
            // the storefront factors describe one shop: applied to every shop's sales together they would label a
            // whole 행정동's total "this shop's adjusted estimate"
            throw new ConsultException("consult.survey.error.cellTotal", s.snapshot().title(), s.snapshot().districtName());
        }
        double base = Recomputed.monthly(e);
        Double low = e.newShop() != null ? Double.valueOf(e.newShop().monthlyLow()) : e.monthlyLow();
        Double high = e.newShop() != null ? Double.valueOf(e.newShop().monthlyHigh()) : e.monthlyHigh();
        return SurveyAdjustment.of(base, low, high, book.factors(), survey);
    }

    /** Base → factors → adjusted as labelled rows (what the scenario keeps and the CLI prints). */
    public static Attachment describe(SurveyAdjustment a) {
        return attachment(a);
    }

    static Attachment attachment(SurveyAdjustment a) {
        List<AttachmentRow> rows = new ArrayList<>();
        rows.add(new AttachmentRow(Messages.get("consult.survey.base"), money(a.baseMonthly()) + range(a.baseLow(), a.baseHigh()),
                a.baseMonthly()));
        for (SurveyAdjustment.Applied f : a.factors()) {
            rows.add(new AttachmentRow(f.label(), Messages.get(f.on() ? "consult.survey.factorOn" : "consult.survey.factorOff",
                    Formats.number(f.effect(), 3), f.rationale()), f.on() ? f.effect() : 1.0));
        }
        rows.add(new AttachmentRow(Messages.get("consult.survey.adjusted"), money(a.monthly()) + range(a.low(), a.high()), a.monthly()));
        return new Attachment(KIND, Messages.get("consult.survey.title"), rows, SurveyFactorBook.FILE);
    }

    static String money(double won) {
        return Formats.money(Math.round(won));
    }

    static String range(Double low, Double high) {
        return low == null || high == null ? "" : " (" + money(low) + " ~ " + money(high) + ")";
    }
}
