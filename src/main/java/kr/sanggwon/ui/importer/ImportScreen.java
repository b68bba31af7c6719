package kr.sanggwon.ui.importer;

import javafx.scene.Node;
import kr.sanggwon.ui.shell.Screen;
import kr.sanggwon.ui.shell.UiContext;

/** 데이터 가져오기: drag-and-drop or choose files; sequential imports with progress, cancel and results. */
public final class ImportScreen implements Screen {
    private final ImportViewModel vm;
    private Node view;

    public ImportScreen(UiContext ctx) {
        this.vm = new ImportViewModel(ctx);
    }

    @Override
    public String id() {
        return "import";
    }

    @Override
    public String titleKey() {
        return "ui.nav.import";
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new ImportView(vm).build();
        }
        return view;
    }

    @Override
    public void onShow() {
        vm.loadHistory();
    }

    public ImportViewModel viewModel() {
        return vm;
    }
}
