package kr.sanggwon.ui.compare;

import javafx.scene.Node;
import kr.sanggwon.ui.shell.Screen;
import kr.sanggwon.ui.shell.UiContext;

/** 상권 비교: 2–4 districts for one industry side by side. */
public final class CompareScreen implements Screen {
    private final CompareViewModel vm;
    private Node node;

    public CompareScreen(UiContext ctx) {
        this.vm = new CompareViewModel(ctx);
    }

    @Override
    public String id() {
        return CompareViewModel.SCREEN;
    }

    @Override
    public String titleKey() {
        return "ui.nav.compare";
    }

    @Override
    public Node view() {
        if (node == null) {
            node = new CompareView(vm).build();
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

    public CompareViewModel viewModel() {
        return vm;
    }
}
