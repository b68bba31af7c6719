package kr.sanggwon.ui.consult;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.consult.EditConflictException;
import kr.sanggwon.consult.FieldSurvey;
import kr.sanggwon.consult.FieldSurveys;
import kr.sanggwon.consult.Scenario;
import kr.sanggwon.consult.SurveyAdjustment;
import kr.sanggwon.consult.Versioned;
import kr.sanggwon.ui.task.BackgroundTask;

/**
 * State of the 현장 조사 card: the chosen scenario's saved survey and its adjustment (base → factors → adjusted). Saving
 * or switching a factor writes through {@link FieldSurveys} and tells the consult screen the scenario changed.
 */
final class SurveyViewModel {
    private final ConsultViewModel consult;
    private final ObjectProperty<FieldSurvey> survey = new SimpleObjectProperty<>(this, "survey");
    private final ObjectProperty<SurveyAdjustment> adjustment = new SimpleObjectProperty<>(this, "adjustment");
    private final Notice notice = new Notice();
    private final StringProperty factorsFile = new SimpleStringProperty(this, "factorsFile", "");
    /** Row version of the survey shown, named by the next save (null: none saved yet); FX thread only. */
    private Long version;

    SurveyViewModel(ConsultViewModel consult) {
        this.consult = consult;
        consult.scenarioProperty().addListener((o, a, b) -> {
            if (a == null || b == null || a.id() != b.id()) {
                load(b);
            }
        });
    }

    private FieldSurveys surveys() {
        return consult.context().app().consult().surveys();
    }

    /** True when the scenario has an estimate to adjust. */
    static boolean adjustable(Scenario s) {
        return s != null && s.snapshot().estimate() != null;
    }

    private void load(Scenario s) {
        survey.set(null);
        adjustment.set(null);
        version = null;
        notice.clear();
        if (!adjustable(s)) {
            return;
        }
        run(() -> {
            Versioned<FieldSurvey> saved = surveys().saved(s.id()).orElse(null);
            SurveyAdjustment a = saved == null ? null : surveys().preview(s.id(), saved.value());
            return new Loaded(saved == null ? null : saved.value(), a, saved == null ? null : saved.version(),
                    surveys().factorBook().file().toString());
        }, this::show);
    }

    private void show(Loaded l) {
        survey.set(l.survey());
        adjustment.set(l.adjustment());
        version = l.version();
        factorsFile.set(l.file());
    }

    private record Loaded(FieldSurvey survey, SurveyAdjustment adjustment, Long version, String file) {
    }

    void save(SurveyForm form) {
        Scenario s = consult.scenarioProperty().get();
        if (!adjustable(s)) {
            return;
        }
        List<String> off = survey.get() == null ? List.of() : survey.get().switchedOff();
        Long expected = version;
        FieldSurvey[] typed = new FieldSurvey[1];
        run(() -> {
            typed[0] = form.toSurvey(off).validated();
            return saved(surveys().save(s.id(), expected, typed[0]), typed[0]);
        }, l -> saved(s, l, "consult.ui.surveySaved"), e -> conflict(e, s, typed[0]));
    }

    private Loaded saved(Versioned<SurveyAdjustment> r, FieldSurvey f) {
        return new Loaded(f, r.value(), r.version(), surveys().factorBook().file().toString());
    }

    private void saved(Scenario s, Loaded l, String messageKey) {
        show(l);
        if (messageKey != null) {
            notice.ok(Messages.get(messageKey));
        }
        consult.refreshScenario(s.id());
    }

    void toggle(String factorId, boolean on) {
        Scenario s = consult.scenarioProperty().get();
        FieldSurvey shown = survey.get();
        if (s == null || shown == null) {
            return;
        }
        // the survey shown, at the version shown: a factor switched on a survey someone else changed since is refused
        Long expected = version;
        FieldSurvey next = shown.withFactor(factorId, on);
        run(() -> saved(surveys().save(s.id(), expected, next), next), l -> saved(s, l, null), e -> conflict(e, s, next));
    }

    /** Someone else saved the scenario's survey first: the consult screen asks keep mine / keep theirs. */
    private void conflict(EditConflictException e, Scenario s, FieldSurvey mine) {
        consult.conflictProperty().set(EditConflictPrompt.survey(e, mine, choice -> {
            consult.dismissConflict();
            if (choice == EditConflictPrompt.Choice.KEEP_MINE) {
                run(() -> saved(surveys().keepMine(e, mine), mine), l -> saved(s, l, "consult.ui.surveySaved"),
                        again -> conflict(again, s, mine));
            } else {
                load(s);
                notice.ok(Messages.get("consult.conflict.keptTheirs"));
            }
        }));
    }

    private <T> void run(Callable<T> work, Consumer<T> done) {
        run(work, done, null);
    }

    /** Runs {@code work} off the FX thread; a save that lost the race goes to {@code conflicted} (when given). */
    private <T> void run(Callable<T> work, Consumer<T> done, Consumer<EditConflictException> conflicted) {
        consult.context().tasks().execute(BackgroundTask.of(work).onSuccess(done).onFailure(e -> {
            if (e instanceof EditConflictException c && conflicted != null) {
                notice.refuse(c.localized());
                conflicted.accept(c);
            } else if (e instanceof UserException ue) {
                notice.refuse(ue.localized());
            } else {
                consult.context().dialogs().showError(e);
            }
        }));
    }

    ObjectProperty<FieldSurvey> surveyProperty() {
        return survey;
    }

    ObjectProperty<SurveyAdjustment> adjustmentProperty() {
        return adjustment;
    }

    StringProperty messageProperty() {
        return notice.textProperty();
    }

    /** True while the message is a refusal (something to fix), false for a confirmation. */
    javafx.beans.property.ReadOnlyBooleanProperty refusedProperty() {
        return notice.refusedProperty();
    }

    StringProperty factorsFileProperty() {
        return factorsFile;
    }
}
