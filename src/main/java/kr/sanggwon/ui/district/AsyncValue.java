package kr.sanggwon.ui.district;

import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.ui.task.BackgroundTask;
import kr.sanggwon.ui.task.TaskRunner;

/**
 * A value loaded off the FX thread: the latest result, a loading flag and a user-readable error. A newer request
 * wins; results of older requests are dropped. No javafx.scene, so view models using it stay testable.
 */
public final class AsyncValue<T> {
    private final TaskRunner tasks;
    private final ObjectProperty<T> value = new SimpleObjectProperty<>(this, "value");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final StringProperty error = new SimpleStringProperty(this, "error");
    private long request;

    public AsyncValue(TaskRunner tasks) {
        this.tasks = tasks;
    }

    /** Starts loading; call on the UI thread. */
    public void load(Callable<T> work) {
        long id = ++request;
        loading.set(true);
        tasks.execute(BackgroundTask.of(work)
                .onSuccess(v -> {
                    if (id == request) {
                        error.set(null);
                        value.set(v);
                    }
                })
                .onFailure(e -> {
                    if (id == request) {
                        value.set(null);
                        error.set(e instanceof UserException ue ? ue.localized()
                                : Messages.get("district.ui.error", String.valueOf(e.getMessage())));
                    }
                })
                .onFinished(() -> {
                    if (id == request) {
                        loading.set(false);
                    }
                }));
    }

    /** Forgets the value (e.g. nothing selected). */
    public void clear() {
        request++;
        value.set(null);
        error.set(null);
        loading.set(false);
    }

    public ObjectProperty<T> valueProperty() {
        return value;
    }

    public T get() {
        return value.get();
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
