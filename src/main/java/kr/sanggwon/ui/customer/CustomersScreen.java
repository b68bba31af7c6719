package kr.sanggwon.ui.customer;

import javafx.scene.Node;
import kr.sanggwon.ui.shell.Screen;
import kr.sanggwon.ui.shell.UiContext;

/** 고객 분석: who buys in the selected district, against Seoul and the floating population, in one sentence and charts. */
public final class CustomersScreen implements Screen {
    private final CustomersViewModel vm;
    private Node node;

    public CustomersScreen(UiContext ctx) {
        this.vm = new CustomersViewModel(ctx);
    }

    @Override
    public String id() {
        return CustomersViewModel.SCREEN;
    }

    @Override
    public String titleKey() {
        return "ui.nav.customers";
    }

    @Override
    public Node view() {
        if (node == null) {
            node = new CustomersView(vm).build();
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

    public CustomersViewModel viewModel() {
        return vm;
    }
}
