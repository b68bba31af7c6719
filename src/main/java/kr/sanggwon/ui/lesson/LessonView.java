package kr.sanggwon.ui.lesson;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kr.sanggwon.common.Messages;
import kr.sanggwon.lesson.Lesson;
import kr.sanggwon.lesson.LessonLibrary;
import kr.sanggwon.lesson.LessonSandbox;
import kr.sanggwon.lesson.SeatProgress;
import kr.sanggwon.ui.Styles;
import kr.sanggwon.ui.district.ScreenParts;
import kr.sanggwon.ui.shell.MainWindow;
import kr.sanggwon.ui.shell.UiContext;
import kr.sanggwon.ui.shell.WorkspaceSession;
import kr.sanggwon.ui.task.BackgroundTask;
import kr.sanggwon.workspace.Workspace;

/**
 * The 교육 screen: whether the window works on the class's copy of the sample (lessons run only there, so they never
 * touch a consultant's data), the button that starts a class or restores its data, the seat, presentation mode and
 * one card per lesson with the seat's progress.
 */
public final class LessonView {
    private static final String COACH = "lesson.coach";
    private static final String SEAT = "lesson.seat";
    private final FlowPane cards = new FlowPane(12, 12);
    private final UiContext ctx;
    private final List<Lesson> lessons = LessonLibrary.bundled();
    private final VBox body = new VBox(14);
    private final TextField seat = new TextField();
    private final Label status = new Label();

    LessonView(UiContext ctx) {
        this.ctx = ctx;
    }

    Node build() {
        seat.setId("lesson-seat");
        seat.setPromptText(Messages.get("lesson.ui.seatPrompt"));
        seat.setPrefColumnCount(8);
        // the seat is chosen once at the start of the class: kept by the window, not by this screen, which is rebuilt
        // when the text size changes
        if (ctx.navigator() instanceof MainWindow w && w.scene().getProperties().get(SEAT) instanceof String s) {
            seat.setText(s);
        }
        seat.textProperty().addListener((o, a, b) -> {
            if (ctx.navigator() instanceof MainWindow w) {
                w.scene().getProperties().put(SEAT, b.strip());
            }
            refreshLessons();
        });
        refresh();
        return ScreenParts.scroll(body);
    }

    /** The class copy of this app's home, worked out from the workspaces (the sample lives in {@code <home>/sample}). */
    LessonSandbox sandbox() {
        WorkspaceSession ws = ctx.workspaces();
        Path folder = ws.current().folder().toAbsolutePath().normalize();
        if (folder.getFileName() != null && folder.getFileName().toString().equals(LessonSandbox.WORKSPACE_ID) && folder.getParent() != null) {
            return new LessonSandbox(folder.getParent());
        }
        Workspace sample = ws.list().stream().filter(Workspace::isSample).findFirst().orElse(ws.current());
        Path f = sample.folder().toAbsolutePath().normalize();
        return new LessonSandbox(".".equals(sample.id()) || f.getParent() == null ? f : f.getParent());
    }

    /** True when the window shows the class copy: lessons may run. */
    public boolean inClass() {
        return sandbox().isClass(ctx.app().database().folder());
    }

    void refresh() {
        body.getChildren().setAll(ScreenParts.title(Messages.get("ui.nav.lesson")),
                ScreenParts.subtitle(Messages.get("lesson.ui.subtitle")), classCard(), seatRow());
        body.getChildren().add(cards);
        refreshLessons();
    }

    private void refreshLessons() {
        SeatProgress progress = inClass() ? new SeatProgress(sandbox().classFolder()) : null;
        cards.getChildren().clear();
        for (Lesson l : lessons) {
            cards.getChildren().add(card(l, progress));
        }
    }

    private Node classCard() {
        boolean in = inClass();
        Label text = new Label(Messages.get(in ? "lesson.ui.inClass" : "lesson.ui.notInClass"));
        text.setId("lesson-class-status");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        Button action = new Button(Messages.get(in ? "lesson.ui.reset" : "lesson.ui.start"));
        action.setId(in ? "lesson-reset" : "lesson-start-class");
        action.getStyleClass().add(Styles.ACCENT_BUTTON);
        action.setMinWidth(Region.USE_PREF_SIZE);
        action.setDisable(!ctx.workspaces().canSwitch());
        action.setOnAction(e -> {
            if (in) {
                resetClass();
            } else {
                startClass();
            }
        });
        status.setId("lesson-progress");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        VBox card = new VBox(8, text, action, status);
        card.getStyleClass().add(Styles.CARD);
        return card;
    }

    private Node seatRow() {
        Label label = new Label(Messages.get("lesson.ui.seat"));
        label.setLabelFor(seat);
        label.setMinWidth(Region.USE_PREF_SIZE);
        CheckBox presentation = new CheckBox(Messages.get("lesson.ui.presentation"));
        presentation.setId("lesson-presentation");
        presentation.setMinWidth(Region.USE_PREF_SIZE);
        if (ctx.navigator() instanceof MainWindow w) {
            presentation.setSelected(Presentation.isOn(w));
            presentation.selectedProperty().addListener((o, a, b) -> Presentation.set(w, b));
        } else {
            presentation.setDisable(true);
        }
        FlowPane row = new FlowPane(12, 8, new HBox(8, label, seat), presentation);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node card(Lesson l, SeatProgress progress) {
        java.util.Locale locale = Messages.locale();
        Label title = ScreenParts.section(l.title().in(locale));
        Label goal = new Label(l.goal().in(locale));
        goal.setWrapText(true);
        goal.setMinHeight(Region.USE_PREF_SIZE);
        int done = progress == null ? 0 : progress.stepsDone(seat.getText(), l.id());
        Label meta = new Label(Messages.get("lesson.ui.meta", l.steps().size(), l.minutes(), done));
        meta.setId("lesson-meta-" + l.id());
        meta.getStyleClass().add(Styles.MUTED);
        meta.setWrapText(true);
        meta.setMinHeight(Region.USE_PREF_SIZE);
        Button start = new Button(Messages.get(done == 0 ? "lesson.ui.begin" : done >= l.steps().size() ? "lesson.ui.again" : "lesson.ui.resume"));
        start.setId("lesson-begin-" + l.id());
        start.setMinWidth(Region.USE_PREF_SIZE);
        start.setDisable(progress == null);
        start.setOnAction(e -> begin(l.id()));
        VBox card = new VBox(6, title, goal, meta, start);
        card.getStyleClass().add(Styles.CARD);
        card.setPrefWidth(300);
        return card;
    }

    /**
     * Starts {@code lessonId} for the seat in the window's lesson panel (from the seat's last answered step; a finished
     * lesson starts over). Returns the panel, or null outside the class copy.
     */
    public LessonCoach begin(String lessonId) {
        if (!inClass() || !(ctx.navigator() instanceof MainWindow w)) {
            return null;
        }
        Lesson lesson = lessons.stream().filter(l -> l.id().equals(lessonId)).findFirst().orElseThrow();
        SeatProgress progress = new SeatProgress(sandbox().classFolder());
        if (progress.stepsDone(seat.getText(), lessonId) >= lesson.steps().size()) {
            progress.restart(seat.getText(), lessonId);
        }
        if (w.scene().getProperties().get(COACH) instanceof LessonCoach old) {
            old.close();
        }
        LessonCoach coach = new LessonCoach(new LessonRun(ctx, lesson, seat.getText(), progress), w.scene(), w::frame);
        w.scene().getProperties().put(COACH, coach);
        coach.setOnClose(() -> w.scene().getProperties().remove(COACH));
        coach.dock();
        return coach;
    }

    private void startClass() {
        LessonSandbox sandbox = sandbox();
        ctx.tasks().execute(BackgroundTask.withProgress(p -> {
            sandbox.prepare(p);
            return sandbox.workspace();
        }).onProgress(u -> status.setText(Messages.get("lesson.ui.preparing", Math.round(u.fraction() * 100),
                u.message() == null ? "" : u.message())))
                .onSuccess(w -> ctx.workspaces().open(w, List.of()))
                .onFailure(e -> {
                    status.setText("");
                    ctx.dialogs().showError(e);
                }));
    }

    private void resetClass() {
        LessonSandbox sandbox = sandbox();
        if (ctx.dialogs().confirm(Messages.get("lesson.ui.resetTitle"), Messages.get("lesson.ui.resetConfirm"))) {
            ctx.workspaces().reopen(sandbox.workspace(), sandbox::reset);
        }
    }
}
