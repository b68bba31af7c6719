package kr.sanggwon.ui.compare;

import kr.sanggwon.ui.shell.ModelScreen;
import kr.sanggwon.ui.shell.UiContext;

/** 상권 비교: 2–4 districts for one industry side by side. */
public final class CompareScreen extends ModelScreen<CompareViewModel> {
    public CompareScreen(UiContext ctx) {
        super(CompareViewModel.SCREEN, "ui.nav.compare", new CompareViewModel(ctx), vm -> new CompareView(vm).build());
    }
}
