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
import kr.sanggwon.consult.FieldSurvey;
import kr.sanggwon.consult.FieldSurveys;
import kr.sanggwon.consult.Scenario;
import kr.sanggwon.consult.SurveyAdjustment;
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
        notice.clear();
        if (!adjustable(s)) {
            return;
        }
        run(() -> {
            FieldSurvey saved = surveys().survey(s.id()).orElse(null);
            SurveyAdjustment a = saved == null ? null : surveys().preview(s.id(), saved);
            return new Loaded(saved, a, surveys().factorBook().file().toString());
        }, l -> {
            survey.set(l.survey());
            adjustment.set(l.adjustment());
            factorsFile.set(l.file());
        });
    }

    private record Loaded(FieldSurvey survey, SurveyAdjustment adjustment, String file) {
    }

    void save(SurveyForm form) {
        Scenario s = consult.scenarioProperty().get();
        if (!adjustable(s)) {
            return;
        }
        List<String> off = survey.get() == null ? List.of() : survey.get().switchedOff();
        run(() -> {
            FieldSurvey f = form.toSurvey(off);
            return new Loaded(f.validated(), surveys().save(s.id(), f), surveys().factorBook().file().toString());
        }, l -> {
            survey.set(l.survey());
            adjustment.set(l.adjustment());
            notice.ok(Messages.get("consult.ui.surveySaved"));
            consult.refreshScenario(s.id());
        });
    }

    void toggle(String factorId, boolean on) {
        Scenario s = consult.scenarioProperty().get();
        if (s == null || survey.get() == null) {
            return;
        }
        run(() -> {
            SurveyAdjustment a = surveys().toggle(s.id(), factorId, on);
            return new Loaded(surveys().survey(s.id()).orElseThrow(), a, factorsFile.get());
        }, l -> {
            survey.set(l.survey());
            adjustment.set(l.adjustment());
            consult.refreshScenario(s.id());
        });
    }

    private <T> void run(Callable<T> work, Consumer<T> done) {
        consult.context().tasks().execute(BackgroundTask.of(work).onSuccess(done).onFailure(e -> {
            if (e instanceof UserException ue) {
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
