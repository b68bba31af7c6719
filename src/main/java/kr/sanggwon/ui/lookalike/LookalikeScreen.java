package kr.sanggwon.ui.lookalike;

import kr.sanggwon.ui.shell.ModelScreen;
import kr.sanggwon.ui.shell.UiContext;

/** 유사 상권 찾기: districts most like the selected one, with the reasons. */
public final class LookalikeScreen extends ModelScreen<LookalikeViewModel> {
    public LookalikeScreen(UiContext ctx) {
        super(LookalikeViewModel.SCREEN, "ui.nav.lookalike", new LookalikeViewModel(ctx), vm -> new LookalikeView(vm).build());
    }
}
