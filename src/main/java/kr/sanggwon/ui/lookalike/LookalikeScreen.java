package kr.sanggwon.ui.lookalike;

import javafx.scene.Node;
import kr.sanggwon.ui.shell.Screen;
import kr.sanggwon.ui.shell.UiContext;

/** 유사 상권 찾기: districts most like the selected one, with the reasons. */
public final class LookalikeScreen implements Screen {
    private final LookalikeViewModel vm;
    private Node node;

    public LookalikeScreen(UiContext ctx) {
        this.vm = new LookalikeViewModel(ctx);
    }

    @Override
    public String id() {
        return LookalikeViewModel.SCREEN;
    }

    @Override
    public String titleKey() {
        return "ui.nav.lookalike";
    }

    @Override
    public Node view() {
        if (node == null) {
            node = new LookalikeView(vm).build();
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

    public LookalikeViewModel viewModel() {
        return vm;
    }
}
