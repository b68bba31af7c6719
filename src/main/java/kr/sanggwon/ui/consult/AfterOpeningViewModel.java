package kr.sanggwon.ui.consult;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.consult.AfterOpening;
import kr.sanggwon.consult.Client;
import kr.sanggwon.consult.ConsultException;
import kr.sanggwon.consult.RangeCalibration;
import kr.sanggwon.consult.Scenario;
import kr.sanggwon.ui.task.BackgroundTask;

/** State of the 사후 점검 card: the chosen client's months of actual sales and the portfolio's calibration line. */
final class AfterOpeningViewModel {
    private final ConsultViewModel consult;
    private final ObservableList<AfterOpening.Compared> rows = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final Notice notice = new Notice();

    AfterOpeningViewModel(ConsultViewModel consult) {
        this.consult = consult;
        consult.clientProperty().addListener((o, a, b) -> reload());
    }

    void reload() {
        Client c = consult.clientProperty().get();
        notice.clear();
        if (c == null) {
            rows.clear();
            return;
        }
        consult.context().tasks().execute(BackgroundTask.of(() -> consult.context().app().consult().afterOpening().portfolio())
                .onSuccess(p -> {
                    rows.setAll(p.rows().stream().filter(r -> r.actual().clientId() == c.id()).toList());
                    summary.set(summary(p.calibration()));
                }).onFailure(this::failed));
    }

    void record(String month, String salesMan) {
        Client c = consult.clientProperty().get();
        Scenario s = consult.scenarioProperty().get();
        if (c == null) {
            return;
        }
        consult.context().tasks().execute(BackgroundTask.of(() -> {
            YearMonth m;
            try {
                m = YearMonth.parse(month.strip());
            } catch (DateTimeParseException e) {
                throw new ConsultException("consult.actual.error.month", month);
            }
            Long won = ConsultViewModel.budget(salesMan);
            return consult.context().app().consult().afterOpening().record(c.id(), s == null ? null : s.id(), m, won == null ? 0 : won);
        }).onSuccess(r -> {
            reload();
            notice.ok(Messages.get("consult.ui.actualSaved", r.actual().month().toString()));
        }).onFailure(this::failed));
    }

    static String summary(RangeCalibration c) {
        String head = c.records() == 0 ? "" : Messages.get("consult.cli.portfolioSummary", c.records(), c.clients(),
                Formats.percent(c.medianAbsError()), Formats.percent(c.coverage())) + " ";
        return head + (c.active() ? Messages.get("consult.cli.calibrationActive", Formats.number(c.k(), 2))
                : Messages.get("consult.cli.calibrationWaiting", RangeCalibration.MIN_RECORDS, RangeCalibration.MIN_CLIENTS));
    }

    private void failed(Throwable e) {
        if (e instanceof UserException ue) {
            notice.refuse(ue.localized());
        } else {
            consult.context().dialogs().showError(e);
        }
    }

    ObservableList<AfterOpening.Compared> rows() {
        return rows;
    }

    StringProperty summaryProperty() {
        return summary;
    }

    StringProperty messageProperty() {
        return notice.textProperty();
    }

    /** True while the message is a refusal (something to fix), false for a confirmation. */
    javafx.beans.property.ReadOnlyBooleanProperty refusedProperty() {
        return notice.refusedProperty();
    }
}
