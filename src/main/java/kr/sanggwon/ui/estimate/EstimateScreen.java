package kr.sanggwon.ui.estimate;

import javafx.scene.Node;
import kr.sanggwon.ui.shell.Screen;
import kr.sanggwon.ui.shell.UiContext;

/** 예상 매출: expected monthly and quarterly sales per store with an 80% range, drivers and comparable districts. */
public final class EstimateScreen implements Screen {
    private final UiContext ctx;
    private final EstimateViewModel vm;
    private Node view;
    private boolean loaded;
    private int loadedVersion = -1;

    public EstimateScreen(UiContext ctx) {
        this.ctx = ctx;
        this.vm = new EstimateViewModel(ctx);
        ctx.dataVersionProperty().addListener((o, a, b) -> loaded = false);
    }

    @Override
    public String id() {
        return "estimate";
    }

    @Override
    public String titleKey() {
        return "ui.nav.estimate";
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new EstimateView(vm, ctx.charts()).build();
        }
        return view;
    }

    @Override
    public void onShow() {
        if (!loaded || loadedVersion != ctx.dataVersion()) {
            loaded = true;
            loadedVersion = ctx.dataVersion();
            vm.load();
        } else {
            // 상담 may have been unlocked or locked, or actual sales recorded, since the estimate was shown
            vm.loadCalibration();
        }
    }

    @Override
    public void dispose() {
        vm.dispose();
    }

    public EstimateViewModel viewModel() {
        return vm;
    }
}
