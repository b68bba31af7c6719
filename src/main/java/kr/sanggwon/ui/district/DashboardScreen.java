package kr.sanggwon.ui.district;

import kr.sanggwon.ui.shell.ModelScreen;
import kr.sanggwon.ui.shell.UiContext;

/** 상권 현황: KPIs with changes and provenance, trends, industry mix and facilities of the selected district. */
public final class DashboardScreen extends ModelScreen<DashboardViewModel> {
    public DashboardScreen(UiContext ctx) {
        super(DashboardViewModel.SCREEN, "ui.nav.dashboard", new DashboardViewModel(ctx), vm -> new DashboardView(vm).build());
    }
}
