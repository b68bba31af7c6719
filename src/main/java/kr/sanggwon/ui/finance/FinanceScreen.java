package kr.sanggwon.ui.finance;

import javafx.scene.Node;
import kr.sanggwon.ui.shell.Screen;
import kr.sanggwon.ui.shell.UiContext;

/** 수익 분석: P&L, break-even, payback and loss probability of a shop plan, with sales carried from 예상 매출. */
public final class FinanceScreen implements Screen {
    private final UiContext ctx;
    private final FinanceViewModel vm;
    private Node view;
    private int loadedVersion = -1;

    public FinanceScreen(UiContext ctx) {
        this.ctx = ctx;
        this.vm = new FinanceViewModel(ctx);
    }

    @Override
    public String id() {
        return "finance";
    }

    @Override
    public String titleKey() {
        return "ui.nav.finance";
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new FinanceView(vm, ctx).build();
        }
        return view;
    }

    @Override
    public void onShow() {
        if (loadedVersion != ctx.dataVersion()) {
            loadedVersion = ctx.dataVersion();
            vm.load();
        }
    }

    @Override
    public void dispose() {
        vm.dispose();
    }

    public FinanceViewModel viewModel() {
        return vm;
    }
}
