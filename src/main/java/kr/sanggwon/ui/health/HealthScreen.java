package kr.sanggwon.ui.health;

import javafx.scene.Node;
import kr.sanggwon.ui.shell.Screen;
import kr.sanggwon.ui.shell.UiContext;

/** 데이터 점검: quarters, freshness, empty/constant columns, flat series, code changes, missing districts, disagreements. */
public final class HealthScreen implements Screen {
    private final HealthViewModel vm;
    private Node node;

    public HealthScreen(UiContext ctx) {
        this.vm = new HealthViewModel(ctx);
    }

    @Override
    public String id() {
        return HealthViewModel.SCREEN;
    }

    @Override
    public String titleKey() {
        return "ui.nav.health";
    }

    @Override
    public Node view() {
        if (node == null) {
            node = new HealthView(vm).build();
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

    public HealthViewModel viewModel() {
        return vm;
    }
}
