package kr.sanggwon.ui.search;

import javafx.application.Platform;
import javafx.scene.Node;
import kr.sanggwon.ui.shell.Screen;
import kr.sanggwon.ui.shell.UiContext;

/** 상권 찾기: as-you-type search (syllables and 초성), results table, offline map coloured by a metric. */
public final class SearchScreen implements Screen {
    private final SearchViewModel vm;
    private SearchView view;
    private Node node;

    public SearchScreen(UiContext ctx) {
        this.vm = new SearchViewModel(ctx);
    }

    @Override
    public String id() {
        return SearchViewModel.SCREEN;
    }

    @Override
    public String titleKey() {
        return "ui.nav.search";
    }

    @Override
    public Node view() {
        if (node == null) {
            view = new SearchView(vm);
            node = view.build();
        }
        return node;
    }

    @Override
    public void onShow() {
        vm.loadIfStale();
        Platform.runLater(() -> view.field().requestFocus());
    }

    @Override
    public void dispose() {
        vm.dispose();
    }

    public SearchViewModel viewModel() {
        return vm;
    }
}
