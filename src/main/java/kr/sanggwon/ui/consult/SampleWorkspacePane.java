package kr.sanggwon.ui.consult;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import kr.sanggwon.common.Messages;
import kr.sanggwon.ui.Styles;
import kr.sanggwon.ui.district.ScreenParts;
import kr.sanggwon.ui.shell.UiContext;
import kr.sanggwon.workspace.Workspace;

/**
 * 상담 in the sample workspace: case files are about real people and live only in the user's own workspace, so
 * instead of the forms the screen says so and offers to switch (to an existing own workspace, or a new empty one).
 */
final class SampleWorkspacePane {
    private SampleWorkspacePane() {
    }

    static Node build(UiContext ctx) {
        VBox card = FormParts.card(ScreenParts.section(Messages.get("consult.ui.sampleTitle")),
                FormParts.wrapped(Messages.get("consult.ui.sampleText"), null));
        card.setId("consult-sample");
        if (ctx.workspaces().canSwitch()) {
            FlowPane buttons = new FlowPane(8, 6);
            List<Workspace> own = ctx.workspaces().list().stream().filter(w -> !w.isSample()).toList();
            for (Workspace w : own) {
                Button open = new Button(Messages.get("consult.ui.sampleOpen", w.label()));
                open.setId("consult-sample-open-" + w.id());
                open.getStyleClass().add(Styles.ACCENT_BUTTON);
                open.setOnAction(e -> ctx.workspaces().open(w, List.of()));
                buttons.getChildren().add(open);
            }
            Button fresh = new Button(Messages.get("consult.ui.sampleNew"));
            fresh.setId("consult-sample-new");
            if (own.isEmpty()) {
                fresh.getStyleClass().add(Styles.ACCENT_BUTTON);
            }
            fresh.setOnAction(e -> ctx.workspaces().openNewOwn(List.of()));
            buttons.getChildren().add(fresh);
            card.getChildren().add(buttons);
        } else {
            card.getChildren().add(FormParts.wrapped(Messages.get("consult.ui.sampleFixed", ctx.app().database().folder()), Styles.MUTED));
        }
        VBox page = new VBox(14, ScreenParts.title(Messages.get("ui.nav.consult")), card);
        page.setMaxWidth(640);
        return ScreenParts.scroll(page);
    }
}
