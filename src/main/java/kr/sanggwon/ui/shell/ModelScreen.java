package kr.sanggwon.ui.shell;

import java.util.function.Function;
import javafx.scene.Node;

/**
 * A screen made of one view model and a view built from it once, lazily; showing the screen refreshes the model and
 * dropping it disposes the model.
 */
public abstract class ModelScreen<M extends ScreenModel> implements Screen {
    private final String id;
    private final String titleKey;
    private final M viewModel;
    private final Function<M, Node> viewFactory;
    private Node node;

    protected ModelScreen(String id, String titleKey, M viewModel, Function<M, Node> viewFactory) {
        this.id = id;
        this.titleKey = titleKey;
        this.viewModel = viewModel;
        this.viewFactory = viewFactory;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String titleKey() {
        return titleKey;
    }

    @Override
    public Node view() {
        if (node == null) {
            node = viewFactory.apply(viewModel);
        }
        return node;
    }

    @Override
    public void onShow() {
        viewModel.refreshIfStale();
    }

    @Override
    public void dispose() {
        viewModel.dispose();
    }

    public M viewModel() {
        return viewModel;
    }
}
