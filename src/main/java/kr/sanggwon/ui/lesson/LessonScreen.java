package kr.sanggwon.ui.lesson;

import javafx.scene.Node;
import kr.sanggwon.ui.shell.Screen;
import kr.sanggwon.ui.shell.UiContext;

/** 교육: classroom mode — the class sandbox, the seat, presentation mode and the lessons. */
public final class LessonScreen implements Screen {
    public static final String ID = "lesson";
    private final LessonView view;
    private Node built;

    public LessonScreen(UiContext ctx) {
        this.view = new LessonView(ctx);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "ui.nav.lesson";
    }

    @Override
    public Node view() {
        if (built == null) {
            built = view.build();
        }
        return built;
    }

    @Override
    public void onShow() {
        view.refresh();
    }

    /** The lesson view (tests start lessons through it). */
    public LessonView lessons() {
        return view;
    }
}
