package kr.sanggwon.ui.consult;

import kr.sanggwon.ui.shell.ModelScreen;
import kr.sanggwon.ui.shell.UiContext;

/** 상담: encrypted case files of clients, consultations and scenarios. */
public final class ConsultScreen extends ModelScreen<ConsultViewModel> {
    public ConsultScreen(UiContext ctx) {
        super(ConsultViewModel.SCREEN, "ui.nav.consult", new ConsultViewModel(ctx), vm -> new ConsultView(vm).build());
    }
}
