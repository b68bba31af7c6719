package kr.sanggwon.ui.shell;

import javafx.beans.property.ReadOnlyIntegerProperty;
import kr.sanggwon.AppContext;
import kr.sanggwon.ui.chart.Charts;
import kr.sanggwon.ui.consult.OpenCase;
import kr.sanggwon.ui.task.TaskRunner;

/** Everything a screen needs, handed to it by the shell (constructor injection, no static lookups). */
public final class UiContext {
    private final AppContext app;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Selection selection;
    private final Navigator navigator;
    private final DeskPreferences preferences;
    private final Charts charts;
    private final DataState data;
    private final ModelRetrainer retrainer;
    private final OpenCase openCase;
    private final WorkspaceSession workspaces;

    /**
     * Every collaborator is made by the caller ({@link MainWindow}, the window's composition root; tests pass their
     * own): {@code workspaces} is the app's workspace switcher or {@link WorkspaceSession#fixed} for a window on one
     * folder; {@code retrainer} listens to the same {@code data}; {@code openCase} is the window's open consultation.
     */
    public UiContext(AppContext app, TaskRunner tasks, DialogService dialogs, Selection selection, Navigator navigator,
                     DeskPreferences preferences, Charts charts, WorkspaceSession workspaces, DataState data,
                     ModelRetrainer retrainer, OpenCase openCase) {
        this.app = app;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.selection = selection;
        this.navigator = navigator;
        this.preferences = preferences;
        this.charts = charts;
        this.workspaces = java.util.Objects.requireNonNull(workspaces, "workspaces");
        this.data = data;
        this.retrainer = retrainer;
        this.openCase = openCase;
    }

    public AppContext app() {
        return app;
    }

    /** The workspace shown (sample or own) and the way to another one. */
    public WorkspaceSession workspaces() {
        return workspaces;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public Selection selection() {
        return selection;
    }

    public Navigator navigator() {
        return navigator;
    }

    public DeskPreferences preferences() {
        return preferences;
    }

    /** Chart factory with the Korean font and the app's palette. */
    public Charts charts() {
        return charts;
    }

    /**
     * Goes up by one whenever the data in the database changed (an import, a reset to sample data, a change another
     * app instance made on a shared database), following the database's change events. Screens that cache query
     * results listen to it and reload.
     */
    public ReadOnlyIntegerProperty dataVersionProperty() {
        return data.versionProperty();
    }

    public int dataVersion() {
        return data.version();
    }

    /** The data's version and whether an import (or the sample load, a reset, a backup check) runs. */
    public DataState dataState() {
        return data;
    }

    /**
     * The one owner of estimate-model training (background retraining after imports, progress, cancel). Automatic
     * training is off until the shell switches it on.
     */
    public ModelRetrainer retrainer() {
        return retrainer;
    }

    /** The consultation open in 상담, which 예상 매출 and 상권 비교 save scenarios into. */
    public OpenCase openCase() {
        return openCase;
    }
}
