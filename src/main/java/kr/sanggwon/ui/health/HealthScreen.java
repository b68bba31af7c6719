package kr.sanggwon.ui.health;

import kr.sanggwon.ui.shell.ModelScreen;
import kr.sanggwon.ui.shell.UiContext;

/** 데이터 점검: quarters, freshness, empty/constant columns, flat series, code changes, missing districts, disagreements. */
public final class HealthScreen extends ModelScreen<HealthViewModel> {
    public HealthScreen(UiContext ctx) {
        super(HealthViewModel.SCREEN, "ui.nav.health", new HealthViewModel(ctx), vm -> new HealthView(vm).build());
    }
}
