package kr.sanggwon.ui.consult;

import javafx.scene.control.Button;
import kr.sanggwon.common.Messages;
import kr.sanggwon.consult.ConsultService;
import kr.sanggwon.consult.Watched;
import kr.sanggwon.ui.shell.UiContext;
import kr.sanggwon.ui.task.BackgroundTask;

/**
 * "관심 목록에 넣기" on the analysis screens: adds the district (and industry) shown to the 관심 목록 of the client whose
 * consultation is open in 상담. The button is there only while a consultation is open.
 */
public final class WatchSaving {
    private WatchSaving() {
    }

    /** The button for a screen showing {@code ctx.selection()}'s district and industry. */
    public static Button button(UiContext ctx) {
        return button(ctx, () -> ctx.selection().district());
    }

    /** The button for a screen whose district is {@code district} (e.g. the row chosen) and industry the selection's. */
    public static Button button(UiContext ctx, java.util.function.Supplier<String> district) {
        Button b = new Button(Messages.get("consult.watch.ui.addHere"));
        b.setId("watch-add-here");
        b.visibleProperty().bind(ctx.openCase().consultationIdProperty().isNotNull());
        b.managedProperty().bind(b.visibleProperty());
        b.setOnAction(e -> addShown(ctx, district.get(), ctx.selection().industry()));
        return b;
    }

    public static void addShown(UiContext ctx, String district, String industry) {
        Long consultation = ctx.openCase().consultationIdProperty().get();
        if (consultation == null || district == null) {
            return;
        }
        ConsultService consult = ctx.app().consult();
        ctx.tasks().execute(BackgroundTask.of(() -> {
            long client = consult.consultation(consultation).clientId();
            return consult.watchList().add(client, district, industry, null);
        }).onSuccess((Watched w) -> ctx.dialogs().showInfo(Messages.get("consult.watch.ui.title"),
                Messages.get("consult.watch.ui.addedFor", w.clientName(), w.place())))
                .onFailure(ctx.dialogs()::showError));
    }
}
