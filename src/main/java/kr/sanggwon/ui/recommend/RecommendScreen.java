package kr.sanggwon.ui.recommend;

import kr.sanggwon.ui.shell.ModelScreen;
import kr.sanggwon.ui.shell.UiContext;

/** 유망 상권: districts ranked for an industry with adjustable weights, and industries for a district. */
public final class RecommendScreen extends ModelScreen<RecommendViewModel> {
    public RecommendScreen(UiContext ctx) {
        super(RecommendViewModel.SCREEN, "ui.nav.recommend", new RecommendViewModel(ctx), vm -> new RecommendView(vm).build());
    }
}
