package kr.sanggwon.ui.customer;

import kr.sanggwon.ui.shell.ModelScreen;
import kr.sanggwon.ui.shell.UiContext;

/** 고객 분석: who buys in the selected district, against Seoul and the floating population, in one sentence and charts. */
public final class CustomersScreen extends ModelScreen<CustomersViewModel> {
    public CustomersScreen(UiContext ctx) {
        super(CustomersViewModel.SCREEN, "ui.nav.customers", new CustomersViewModel(ctx), vm -> new CustomersView(vm).build());
    }
}
