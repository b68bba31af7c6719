package kr.sanggwon.ui.lesson;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kr.sanggwon.common.Messages;
import kr.sanggwon.lesson.Check;
import kr.sanggwon.lesson.LessonStep;
import kr.sanggwon.lesson.LocalText;
import kr.sanggwon.ui.Styles;

/**
 * The lesson panel docked at the right of the main window while a lesson runs, so it stays beside whatever screen a
 * step opens: the step's explanation and question, the answer, ✔/✘ feedback with the hint, and the way on. F8 checks,
 * F9 goes to the next step, F7 jumps to the answer, so a lesson can be done by keyboard alone.
 */
final class LessonCoach {
    static final KeyCodeCombination CHECK_KEY = new KeyCodeCombination(KeyCode.F8);
    static final KeyCodeCombination NEXT_KEY = new KeyCodeCombination(KeyCode.F9);
    static final KeyCodeCombination ANSWER_KEY = new KeyCodeCombination(KeyCode.F7);

    private final LessonRun run;
    private final Scene scene;
    private final java.util.function.Supplier<BorderPane> frame;
    private final TargetRing ring;
    private final VBox box = new VBox(10);
    private final ScrollPane view = new ScrollPane(box);
    private final Label counter = new Label();
    private final Label explain = new Label();
    private final Label question = new Label();
    private final VBox answerArea = new VBox(6);
    private final TextField typed = new TextField();
    private final ToggleGroup choices = new ToggleGroup();
    private final Label feedback = new Label();
    private final Label hint = new Label();
    private final Button check = new Button(Messages.get("lesson.ui.check"));
    private final Button next = new Button(Messages.get("lesson.ui.next"));
    private final Button back = new Button(Messages.get("lesson.ui.back"));
    private final Button close = new Button(Messages.get("lesson.ui.close"));
    private Runnable onClose = () -> { };
    /** True from showing a step until the keyboard focus went to where the learner acts first. */
    private boolean focusPending;

    /** {@code frame}: where the panel docks (the window's layout, which may sit below the scene's root). */
    LessonCoach(LessonRun run, Scene scene, java.util.function.Supplier<BorderPane> frame) {
        this.run = run;
        this.scene = scene;
        this.frame = frame;
        this.ring = new TargetRing(scene);
        // a screen still loading shows its control after the step opened: the focus follows it there, unless the
        // learner has begun typing an answer meanwhile
        ring.setOnRinged(n -> {
            if (focusPending && typed.getText().isEmpty()) {
                javafx.application.Platform.runLater(this::focusTarget);
            }
        });
        Label title = new Label(run.lesson().title().in(Messages.locale()));
        title.getStyleClass().add(Styles.SCREEN_TITLE);
        title.setId("lesson-coach-title");
        Label seat = new Label(Messages.get("lesson.ui.seatIs", run.seat()));
        seat.getStyleClass().add(Styles.MUTED);
        counter.setId("lesson-step-counter");
        explain.setId("lesson-explain");
        question.setId("lesson-question");
        question.getStyleClass().add("sg-estimate-head");
        typed.setId("lesson-answer");
        typed.setPromptText(Messages.get("lesson.ui.answerPrompt"));
        typed.setOnAction(e -> check());
        feedback.setId("lesson-feedback");
        hint.setId("lesson-hint");
        check.setId("lesson-check");
        check.getStyleClass().add(Styles.ACCENT_BUTTON);
        check.setOnAction(e -> check());
        next.setId("lesson-next");
        next.setOnAction(e -> next());
        back.setId("lesson-back");
        back.setOnAction(e -> {
            run.previous();
            render();
        });
        close.setId("lesson-close");
        close.setOnAction(e -> close());
        for (Label l : new Label[] {title, seat, counter, explain, question, feedback, hint}) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        for (Button b : new Button[] {check, next, back, close}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane buttons = new FlowPane(8, 6, check, next, back, close);
        box.getChildren().addAll(title, seat, counter, explain, question, answerArea, buttons, feedback, hint);
        box.setPadding(new Insets(14));
        box.setId("lesson-coach");
        box.getStyleClass().add(Styles.CARD);
        view.setFitToWidth(true);
        view.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        view.setPrefWidth(330);
        view.setMinWidth(280);
        view.getStyleClass().add("sg-lesson-coach");
    }

    Node view() {
        return view;
    }

    LessonRun run() {
        return run;
    }

    void setOnClose(Runnable r) {
        onClose = r;
    }

    /** Docks into the window's right side and opens the current step. */
    void dock() {
        frame.get().setRight(view);
        scene.getAccelerators().put(CHECK_KEY, this::check);
        scene.getAccelerators().put(NEXT_KEY, this::next);
        scene.getAccelerators().put(ANSWER_KEY, this::focusAnswer);
        run.open();
        render();
    }

    void close() {
        ring.clear();
        scene.getAccelerators().remove(CHECK_KEY);
        scene.getAccelerators().remove(NEXT_KEY);
        scene.getAccelerators().remove(ANSWER_KEY);
        if (frame.get().getRight() == view) {
            frame.get().setRight(null);
        }
        onClose.run();
    }

    private void check() {
        if (run.finished() && !run.hasNext() && run.stepAnswered()) {
            return;
        }
        Check c = run.step().check();
        LocalText picked = choices.getSelectedToggle() == null ? null : (LocalText) choices.getSelectedToggle().getUserData();
        LessonRun.Verdict v = run.check(scene, typed.getText(), picked);
        if (v == LessonRun.Verdict.RIGHT) {
            feedback.setText(Messages.get(run.hasNext() ? "lesson.ui.right" : "lesson.ui.finished"));
            hint.setText("");
            next.setDisable(!run.hasNext());
            if (run.hasNext()) {
                next.requestFocus();
            }
        } else {
            feedback.setText(Messages.get("lesson.ui.wrong"));
            hint.setText(c.hint().in(Messages.locale()));
        }
    }

    private void next() {
        if (run.stepAnswered() && run.hasNext()) {
            run.next();
            render();
        }
    }

    private void focusAnswer() {
        if (!answerArea.getChildren().isEmpty()) {
            answerArea.getChildren().get(0).requestFocus();
        } else {
            check.requestFocus();
        }
    }

    /** Shows the current step and rings its control; puts the keyboard focus where the learner acts first. */
    private void render() {
        Locale locale = Messages.locale();
        LessonStep s = run.step();
        counter.setText(Messages.get("lesson.ui.stepOf", run.indexProperty().get() + 1, run.steps().size()));
        explain.setText(s.explain().in(locale));
        question.setText(s.check().question().in(locale));
        feedback.setText(run.stepAnswered() ? Messages.get("lesson.ui.alreadyRight") : "");
        hint.setText("");
        typed.clear();
        choices.getToggles().clear();
        answerArea.getChildren().clear();
        switch (s.check().kind()) {
            case NUMBER_SHOWN -> answerArea.getChildren().add(typed);
            case CHOICE_SHOWN -> {
                int i = 0;
                for (LocalText c : s.check().choices()) {
                    RadioButton r = new RadioButton(c.in(locale));
                    r.setId("lesson-choice-" + i++);
                    r.setUserData(c);
                    r.setToggleGroup(choices);
                    r.setWrapText(true);
                    answerArea.getChildren().add(r);
                }
            }
            default -> answerArea.getChildren().add(actionNote());
        }
        next.setDisable(!run.stepAnswered() || !run.hasNext());
        back.setDisable(run.indexProperty().get() == 0);
        focusPending = true;
        ring.show(s.control());
        javafx.application.Platform.runLater(this::focusTarget);
    }

    private Label actionNote() {
        Label l = new Label(Messages.get("lesson.ui.doOnScreen"));
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add(Styles.MUTED);
        return l;
    }

    /**
     * Focus on the ringed control when the learner acts there first (a search box; a button to press before reading
     * the answer, as 예상 매출 불러오기), else on the answer; F7 goes to the answer from anywhere.
     */
    private void focusTarget() {
        if (!focusPending) {
            return;
        }
        Node n = ring.ringed();
        if (n != null && n.isFocusTraversable() && (!run.step().check().answered() || n instanceof javafx.scene.control.ButtonBase)) {
            n.requestFocus();
            focusPending = false;
        } else {
            focusAnswer();
            focusPending = n == null;   // the control may still turn up
        }
    }

    TargetRing ring() {
        return ring;
    }
}
