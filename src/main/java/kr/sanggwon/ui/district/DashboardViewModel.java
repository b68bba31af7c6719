package kr.sanggwon.ui.district;

import kr.sanggwon.district.DistrictSnapshot;
import kr.sanggwon.ui.shell.UiContext;

/**
 * State of 상권 현황: the snapshot of the selected district (and industry), reloaded when the selection or the data
 * changes, and the industry list for the picker. All queries run through the task runner.
 */
public final class DashboardViewModel extends SelectionBoundModel<DistrictSnapshot> {
    public static final String SCREEN = "dashboard";

    public DashboardViewModel(UiContext ctx) {
        super(ctx);
    }

    @Override
    protected DistrictSnapshot compute(String code, String industry) throws Exception {
        return ctx.app().districts().snapshot(code, industry);
    }

    public AsyncValue<DistrictSnapshot> snapshot() {
        return value();
    }

    /** Adds the shown district to the comparison list and opens 상권 비교. */
    public void addToCompare() {
        String code = ctx.selection().district();
        if (code != null && !ctx.selection().compareDistricts().contains(code)
                && ctx.selection().compareDistricts().size() < kr.sanggwon.compare.CompareService.MAX) {
            ctx.selection().compareDistricts().add(code);
        }
        ctx.navigator().show("compare");
    }
}
