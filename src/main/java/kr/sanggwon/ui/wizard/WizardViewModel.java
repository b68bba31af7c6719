package kr.sanggwon.ui.wizard;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.ui.shell.ScreenModel;
import kr.sanggwon.ui.shell.UiContext;
import kr.sanggwon.ui.task.BackgroundTask;
import kr.sanggwon.wizard.WizardAnswer;
import kr.sanggwon.wizard.WizardQuestion;

/** State of 창업 도우미: the 자치구 choices of the chosen shop and the answer, both computed off the FX thread. */
public final class WizardViewModel implements ScreenModel {
    public static final String SCREEN = "wizard";

    private final UiContext ctx;
    private final ObservableList<String> guNames = FXCollections.observableArrayList();
    private final ObjectProperty<WizardAnswer> answer = new SimpleObjectProperty<>(this, "answer");
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private String guFor;
    private int dataVersion;

    public WizardViewModel(UiContext ctx) {
        this.ctx = ctx;
        this.dataVersion = ctx.dataVersion();
    }

    public UiContext context() {
        return ctx;
    }

    /** Loads the 자치구 names that have sales of {@code industry} (the "where" list). */
    public void loadGuNames(String industry) {
        if (industry == null || industry.equals(guFor)) {
            return;
        }
        guFor = industry;
        ctx.tasks().execute(BackgroundTask.of(() -> ctx.app().wizard().guNames(industry))
                .onSuccess(list -> {
                    if (industry.equals(guFor)) {
                        guNames.setAll(list);
                    }
                })
                .onFailure(e -> error.set(e instanceof UserException u ? u.localized() : String.valueOf(e.getMessage()))));
    }

    /** Answers the three questions in the background; the answer or a plain message replaces the last one. */
    public void ask(WizardQuestion q) {
        Locale locale = Messages.locale();
        running.set(true);
        error.set("");
        ctx.tasks().execute(BackgroundTask.of(() -> ctx.app().wizard().answer(q, locale))
                .onSuccess(answer::set)
                .onFailure(e -> {
                    answer.set(null);
                    error.set(e instanceof UserException u ? u.localized() : String.valueOf(e.getMessage()));
                })
                .onFinished(() -> running.set(false)));
    }

    /** Opens 수익 분석 on the district the plan was checked in. */
    public void openFinance() {
        WizardAnswer a = answer.get();
        if (a != null && a.finance() != null) {
            ctx.selection().setDistrict(a.finance().district());
            ctx.selection().setIndustry(a.finance().industry());
            ctx.navigator().show("finance");
        }
    }

    public ObservableList<String> guNames() {
        return guNames;
    }

    public ObjectProperty<WizardAnswer> answerProperty() {
        return answer;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public StringProperty errorProperty() {
        return error;
    }

    @Override
    public void refreshIfStale() {
        if (ctx.dataVersion() != dataVersion) {
            dataVersion = ctx.dataVersion();
            String industry = guFor;
            guFor = null;
            answer.set(null);
            loadGuNames(industry);
        }
    }

    @Override
    public void dispose() {
    }

    List<String> guNamesSnapshot() {
        return List.copyOf(guNames);
    }
}
