package kr.sanggwon.ui.lesson;

import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import kr.sanggwon.lesson.LessonValidator;
import kr.sanggwon.ui.shell.MainWindow;

/**
 * Presentation mode for a projector: the app's own font scale at 150 %, a high-contrast stylesheet class on the window
 * and a navigation cut down to the screens the lessons use. Switching it off restores the font size from before.
 */
final class Presentation {
    static final String STYLE_CLASS = "sg-presentation";
    static final int SCALE = 150;
    private static final String SHEET = "/kr/sanggwon/ui/lesson/lesson.css";
    private static final String BEFORE = "lesson.fontScaleBefore";

    private Presentation() {
    }

    static boolean isOn(MainWindow w) {
        return w.frame().getStyleClass().contains(STYLE_CLASS);
    }

    static void set(MainWindow w, boolean on) {
        Parent root = w.frame();   // not the scene's root: 수익 분석's validation decorations may wrap it
        if (on == isOn(w)) {
            return;
        }
        if (on) {
            root.getProperties().put(BEFORE, w.fontScale());
            root.getStyleClass().add(STYLE_CLASS);
            root.getStylesheets().add(Presentation.class.getResource(SHEET).toExternalForm());
            showOnlyLessonScreens(root, true);
            w.setFontScale(Math.max(SCALE, w.fontScale()));
        } else {
            root.getStyleClass().remove(STYLE_CLASS);
            root.getStylesheets().remove(Presentation.class.getResource(SHEET).toExternalForm());
            showOnlyLessonScreens(root, false);
            Object before = root.getProperties().remove(BEFORE);
            w.setFontScale(before instanceof Integer i ? i : w.fontScale());
        }
    }

    /** The simplified menu: navigation entries of screens no lesson opens are hidden while presenting. */
    private static void showOnlyLessonScreens(Parent root, boolean simplified) {
        Set<String> kept = new java.util.HashSet<>(LessonValidator.SCREENS);
        kept.add(LessonScreen.ID);
        for (Node n : root.lookupAll(".sg-nav-button")) {
            String id = n.getId() == null ? "" : n.getId().replaceFirst("^nav-", "");
            boolean show = !simplified || kept.contains(id);
            n.setVisible(show);
            n.setManaged(show);
        }
    }
}
