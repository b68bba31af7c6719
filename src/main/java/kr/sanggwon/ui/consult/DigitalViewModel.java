package kr.sanggwon.ui.consult;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.consult.DigitalCheckups;
import kr.sanggwon.consult.EditConflictException;
import kr.sanggwon.consult.Scenario;
import kr.sanggwon.consult.Versioned;
import kr.sanggwon.digital.DigitalCheckup;
import kr.sanggwon.digital.DigitalDiagnosis;
import kr.sanggwon.ui.task.BackgroundTask;

/**
 * State of the 디지털 전환 진단 card: the chosen scenario's saved checkup and its diagnosis (before and after the
 * planned tools, and the programmes). Saving writes through {@link DigitalCheckups} and tells the consult screen the
 * scenario changed, so the report picks the result up.
 */
final class DigitalViewModel {
    private final ConsultViewModel consult;
    private final ObjectProperty<DigitalCheckup> checkup = new SimpleObjectProperty<>(this, "checkup");
    private final ObjectProperty<DigitalDiagnosis> diagnosis = new SimpleObjectProperty<>(this, "diagnosis");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty failed = new SimpleBooleanProperty(this, "failed");
    private final StringProperty files = new SimpleStringProperty(this, "files", "");
    private long loadedId = -1;
    /** Row version of the checkup shown, named by the next save (null: none saved yet); FX thread only. */
    private Long version;

    DigitalViewModel(ConsultViewModel consult) {
        this.consult = consult;
        // the scenario list passes through "none chosen" when it reloads after a save: keep the card as it is then
        // (it is hidden while no scenario is chosen) and load again only when another scenario is chosen
        consult.scenarioProperty().addListener((o, a, b) -> {
            if (b != null && b.id() != loadedId) {
                load(b);
            }
        });
    }

    private DigitalCheckups checkups() {
        return consult.context().app().digital();
    }

    private void load(Scenario s) {
        loadedId = s.id();
        checkup.set(null);
        diagnosis.set(null);
        version = null;
        message.set("");
        failed.set(false);
        if (!SurveyViewModel.adjustable(s)) {
            return;
        }
        run(() -> {
            // a 행정동 total is refused before anything is filled in, with the message saying what to do instead
            DigitalCheckups.requireOneShop(s.snapshot());
            DigitalCheckups d = checkups();
            Versioned<DigitalCheckup> saved = d.saved(s.id()).orElse(null);
            return saved == null ? new Loaded(null, null, null, fileText(d))
                    : new Loaded(saved.value(), d.preview(s.id(), saved.value()), saved.version(), fileText(d));
        }, this::show);
    }

    private void show(Loaded l) {
        checkup.set(l.checkup());
        diagnosis.set(l.diagnosis());
        version = l.version();
        files.set(l.files());
    }

    private static String fileText(DigitalCheckups d) {
        return Messages.get("consult.ui.digitalFiles", d.engine().costs().file(), d.engine().programmes().file());
    }

    private record Loaded(DigitalCheckup checkup, DigitalDiagnosis diagnosis, Long version, String files) {
    }

    void save(DigitalForm form) {
        Scenario s = consult.scenarioProperty().get();
        if (!SurveyViewModel.adjustable(s)) {
            return;
        }
        Long expected = version;
        DigitalCheckup[] typed = new DigitalCheckup[1];
        run(() -> {
            typed[0] = form.toCheckup();
            DigitalCheckups d = checkups();
            return loaded(d.save(s.id(), expected, typed[0]), d);
        }, l -> saved(s, l), e -> conflict(e, s, typed[0]));
    }

    private static Loaded loaded(Versioned<DigitalDiagnosis> r, DigitalCheckups d) {
        return new Loaded(r.value().checkup(), r.value(), r.version(), fileText(d));
    }

    private void saved(Scenario s, Loaded l) {
        show(l);
        failed.set(false);
        message.set(Messages.get("consult.ui.digitalSaved"));
        consult.refreshScenario(s.id());
    }

    /** Someone else saved the scenario's checkup first: the consult screen asks keep mine / keep theirs. */
    private void conflict(EditConflictException e, Scenario s, DigitalCheckup mine) {
        consult.conflictProperty().set(EditConflictPrompt.digital(e, mine, choice -> {
            consult.dismissConflict();
            if (choice == EditConflictPrompt.Choice.KEEP_MINE) {
                run(() -> {
                    DigitalCheckups d = checkups();
                    return loaded(d.keepMine(e, mine), d);
                }, l -> saved(s, l), again -> conflict(again, s, mine));
            } else {
                load(s);
                message.set(Messages.get("consult.conflict.keptTheirs"));
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
                failed.set(true);
                message.set(c.localized());
                conflicted.accept(c);
            } else if (e instanceof UserException ue) {
                failed.set(true);
                message.set(ue.localized());
            } else {
                consult.context().dialogs().showError(e);
            }
        }));
    }

    ObjectProperty<DigitalCheckup> checkupProperty() {
        return checkup;
    }

    ObjectProperty<DigitalDiagnosis> diagnosisProperty() {
        return diagnosis;
    }

    StringProperty messageProperty() {
        return message;
    }

    /** True while the message is a problem to fix rather than a confirmation. */
    BooleanProperty failedProperty() {
        return failed;
    }

    StringProperty filesProperty() {
        return files;
    }
}
