package kr.sanggwon.ui.district;

import javafx.scene.Node;
import kr.sanggwon.ui.shell.Screen;
import kr.sanggwon.ui.shell.UiContext;

/** 상권 현황: KPIs with changes and provenance, trends, industry mix and facilities of the selected district. */
public final class DashboardScreen implements Screen {
    private final DashboardViewModel vm;
    private Node node;

    public DashboardScreen(UiContext ctx) {
        this.vm = new DashboardViewModel(ctx);
    }

    @Override
    public String id() {
        return DashboardViewModel.SCREEN;
    }

    @Override
    public String titleKey() {
        return "ui.nav.dashboard";
    }

    @Override
    public Node view() {
        if (node == null) {
            node = new DashboardView(vm).build();
        }
        return node;
    }

    @Override
    public void onShow() {
        vm.refreshIfStale();
    }

    @Override
    public void dispose() {
        vm.dispose();
    }

    public DashboardViewModel viewModel() {
        return vm;
    }
}
