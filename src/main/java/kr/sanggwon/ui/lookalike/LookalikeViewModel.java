package kr.sanggwon.ui.lookalike;

import kr.sanggwon.compare.CompareService;
import kr.sanggwon.district.Lookalike;
import kr.sanggwon.ui.district.AsyncValue;
import kr.sanggwon.ui.district.SelectionBoundModel;
import kr.sanggwon.ui.shell.UiContext;

/** State of 유사 상권 찾기: districts most similar to the selected one (for the selected industry). */
public final class LookalikeViewModel extends SelectionBoundModel<Lookalike> {
    public static final String SCREEN = "lookalike";
    public static final int TOP = 20;

    public LookalikeViewModel(UiContext ctx) {
        super(ctx);
    }

    @Override
    protected Lookalike compute(String code, String industry) throws Exception {
        return ctx.app().lookalike().similar(code, industry, TOP);
    }

    public void open(String code) {
        ctx.selection().setDistrict(code);
        ctx.navigator().show("dashboard");
    }

    /** Compares the reference district with {@code code} (and keeps earlier picks, up to four). */
    public void compareWith(String code) {
        var list = ctx.selection().compareDistricts();
        String ref = ctx.selection().district();
        if (ref != null && !list.contains(ref)) {
            if (list.size() >= CompareService.MAX) {
                list.remove(0);
            }
            list.add(ref);
        }
        if (!list.contains(code)) {
            if (list.size() >= CompareService.MAX) {
                list.remove(0);
            }
            list.add(code);
        }
        ctx.navigator().show("compare");
    }

    public AsyncValue<Lookalike> result() {
        return value();
    }
}
