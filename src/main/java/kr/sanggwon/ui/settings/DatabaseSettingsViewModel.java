package kr.sanggwon.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.store.Database;
import kr.sanggwon.store.DatabaseLocation;
import kr.sanggwon.store.DatabaseSettings;
import kr.sanggwon.store.ServerProbe;
import kr.sanggwon.ui.task.BackgroundTask;
import kr.sanggwon.ui.task.TaskRunner;

/**
 * 설정 › 데이터 저장 위치: the built-in database (default) or a shared PostgreSQL with its address, user and password;
 * a connection test off the FX thread; saving into the user's settings file (readable by the user only), applied at
 * the next start. The same choices as the CLI's {@code database} command.
 */
public final class DatabaseSettingsViewModel {
    private final DatabaseSettings settings;
    private final TaskRunner tasks;
    private final String inUse;
    private final BooleanProperty shared = new SimpleBooleanProperty();
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty statusIsError = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public DatabaseSettingsViewModel(DatabaseSettings settings, Database current, TaskRunner tasks) {
        this.settings = settings;
        this.tasks = tasks;
        this.inUse = current.embedded() ? Messages.get("settings.db.inUseEmbedded")
                : Messages.get("settings.db.inUseServer", current.location().safeUrl());
        DatabaseSettings.Saved saved;
        try {
            saved = settings.read();
        } catch (UserException e) {
            saved = DatabaseSettings.Saved.NONE;
            error(e.localized());
        }
        shared.set(saved.url() != null && !saved.url().isBlank());
        url.set(saved.url() == null ? "" : saved.url());
        user.set(saved.user() == null ? "" : saved.user());
        password.set(saved.password() == null ? "" : saved.password());
    }

    /** Where this run keeps its data, in words. */
    public String inUse() {
        return inUse;
    }

    /** Connects once to the typed server and says what is there; changes nothing. */
    public void testConnection() {
        DatabaseLocation location;
        try {
            location = typedServer();
        } catch (UserException e) {
            error(e.localized());
            return;
        }
        busy.set(true);
        status.set(Messages.get("settings.db.testing"));
        statusIsError.set(false);
        tasks.execute(BackgroundTask.of(() -> ServerProbe.probe(location))
                .onSuccess(r -> ok(Messages.get("store.db.connected", r.serverVersion(), Messages.get("store.db.schema." + r.schema().name()))))
                .onFailure(e -> error(e instanceof UserException u ? u.localized() : String.valueOf(e.getMessage())))
                .onFinished(() -> busy.set(false)));
    }

    /** Saves the choice for the next start (the built-in database, or the typed server with its credentials). */
    public void save() {
        try {
            if (!shared.get()) {
                settings.write(DatabaseSettings.Saved.NONE);
                ok(Messages.get("store.db.savedEmbedded", settings.file()));
                return;
            }
            DatabaseLocation l = typedServer();
            settings.write(new DatabaseSettings.Saved(l.url(), l.user(), l.password()));
            ok(Messages.get("store.db.savedServer", l.safeUrl(), settings.file()));
        } catch (UserException e) {
            error(e.localized());
        }
    }

    private DatabaseLocation typedServer() {
        if (url.get() == null || url.get().isBlank()) {
            throw new UserException("settings.db.noUrl");
        }
        DatabaseLocation l = new DatabaseLocation(url.get().strip(), user.get(), password.get()).passwordOutOfUrl();
        // a password typed into the address goes to the password field, so it is not shown in clear
        url.set(l.url());
        password.set(l.password() == null ? "" : l.password());
        return l;
    }

    private void ok(String text) {
        status.set(text);
        statusIsError.set(false);
    }

    private void error(String text) {
        status.set(text);
        statusIsError.set(true);
    }

    public BooleanProperty sharedProperty() {
        return shared;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty statusIsErrorProperty() {
        return statusIsError;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
