package kr.sanggwon.ui.wizard;

import kr.sanggwon.ui.shell.ModelScreen;
import kr.sanggwon.ui.shell.UiContext;

/** 창업 도우미 "무엇을, 어디서, 얼마로?": an owner's three questions answered on one printable page. */
public final class WizardScreen extends ModelScreen<WizardViewModel> {
    public WizardScreen(UiContext ctx) {
        super(WizardViewModel.SCREEN, "wizard.nav", new WizardViewModel(ctx), vm -> new WizardView(vm).build());
    }
}
