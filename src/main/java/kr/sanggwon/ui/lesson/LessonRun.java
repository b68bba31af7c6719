package kr.sanggwon.ui.lesson;

import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.Scene;
import kr.sanggwon.lesson.Check;
import kr.sanggwon.lesson.Lesson;
import kr.sanggwon.lesson.LessonStep;
import kr.sanggwon.lesson.LocalText;
import kr.sanggwon.lesson.Preset;
import kr.sanggwon.lesson.SeatProgress;
import kr.sanggwon.ui.shell.Selection;
import kr.sanggwon.ui.shell.UiContext;

/**
 * One seat working through one lesson: opens each step's screen with its preset, and verifies the answer to the
 * check question from what the screen shows now. Answered steps are recorded for the seat.
 */
final class LessonRun {
    /** What a check said: right, or wrong (then the step's hint is shown). */
    enum Verdict { RIGHT, WRONG }

    private final UiContext ctx;
    private final Lesson lesson;
    private final String seat;
    private final SeatProgress progress;
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index");
    private final ReadOnlyIntegerWrapper answered = new ReadOnlyIntegerWrapper(this, "answered");

    LessonRun(UiContext ctx, Lesson lesson, String seat, SeatProgress progress) {
        this.ctx = ctx;
        this.lesson = lesson;
        this.seat = SeatProgress.seat(seat);
        this.progress = progress;
        int done = Math.min(progress.stepsDone(this.seat, lesson.id()), lesson.steps().size() - 1);
        index.set(Math.max(0, done));
        answered.set(progress.stepsDone(this.seat, lesson.id()));
    }

    Lesson lesson() {
        return lesson;
    }

    String seat() {
        return seat;
    }

    LessonStep step() {
        return lesson.steps().get(index.get());
    }

    ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** Steps answered right so far (for this seat, remembered). */
    ReadOnlyIntegerProperty answeredProperty() {
        return answered.getReadOnlyProperty();
    }

    boolean stepAnswered() {
        return answered.get() > index.get();
    }

    boolean finished() {
        return answered.get() >= lesson.steps().size();
    }

    /** Sets the step's preset and shows its screen. */
    void open() {
        Preset p = step().preset();
        Selection s = ctx.selection();
        if (p.industry() != null) {
            s.setIndustry(p.industry().isEmpty() ? null : p.industry());
        }
        if (p.district() != null) {
            s.setDistrict(p.district().isEmpty() ? null : p.district());
        }
        if (p.compare() != null) {
            s.compareDistricts().setAll(p.compare());
        }
        if (p.plan() != null) {
            s.financePlanProperty().set(null);   // a step opened again fills the boxes again
            s.financePlanProperty().set(p.plan());
        }
        ctx.navigator().show(step().screen());
    }

    /** Checks a typed number or a picked choice (null for questions answered by doing something on screen). */
    Verdict check(Scene scene, String typed, LocalText choice) {
        Check c = step().check();
        boolean right = switch (c.kind()) {
            case NUMBER_SHOWN -> ScreenReading.find(scene, c.answerControl())
                    .map(n -> ScreenReading.sameNumber(typed, ScreenReading.text(n))).orElse(false);
            case CHOICE_SHOWN -> choice != null && ScreenReading.find(scene, c.answerControl())
                    .map(n -> ScreenReading.text(n).contains(c.statementFor(choice, kr.sanggwon.common.Messages.locale())))
                    .orElse(false);
            case DISTRICT_SELECTED -> c.district().equals(ctx.selection().district());
            case COMPARE_COUNT -> ctx.selection().compareDistricts().size() >= c.count();
        };
        if (!right) {
            return Verdict.WRONG;
        }
        int done = index.get() + 1;
        progress.record(seat, lesson.id(), done);
        answered.set(Math.max(answered.get(), done));
        return Verdict.RIGHT;
    }

    boolean hasNext() {
        return index.get() + 1 < lesson.steps().size();
    }

    void next() {
        if (hasNext()) {
            index.set(index.get() + 1);
            open();
        }
    }

    void previous() {
        if (index.get() > 0) {
            index.set(index.get() - 1);
            open();
        }
    }

    List<LessonStep> steps() {
        return lesson.steps();
    }
}
