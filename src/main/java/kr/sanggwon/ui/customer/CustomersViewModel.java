package kr.sanggwon.ui.customer;

import kr.sanggwon.customer.CustomerProfile;
import kr.sanggwon.ui.district.AsyncValue;
import kr.sanggwon.ui.district.SelectionBoundModel;
import kr.sanggwon.ui.shell.UiContext;

/** State of 고객 분석: the customer profile of the selected district and industry, reloaded on selection/data changes. */
public final class CustomersViewModel extends SelectionBoundModel<CustomerProfile> {
    public static final String SCREEN = "customers";

    public CustomersViewModel(UiContext ctx) {
        super(ctx);
    }

    @Override
    protected CustomerProfile compute(String code, String industry) throws Exception {
        return ctx.app().customers().profile(code, industry);
    }

    public AsyncValue<CustomerProfile> profile() {
        return value();
    }
}
