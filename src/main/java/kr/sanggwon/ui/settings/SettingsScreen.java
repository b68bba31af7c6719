package kr.sanggwon.ui.settings;

import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import kr.sanggwon.common.Messages;
import kr.sanggwon.store.DatabaseSettings;
import kr.sanggwon.ui.Styles;
import kr.sanggwon.ui.district.ScreenParts;
import kr.sanggwon.ui.shell.Screen;
import kr.sanggwon.ui.shell.UiContext;

/** 설정: the app's settings; today one section, 데이터 저장 위치 (this computer or a shared PostgreSQL). */
public final class SettingsScreen implements Screen {
    public static final String ID = "settings";
    private final UiContext ctx;
    private Node view;

    public SettingsScreen(UiContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "settings.nav";
    }

    @Override
    public Node view() {
        if (view == null) {
            view = build(new DatabaseSettingsViewModel(DatabaseSettings.forUser(), ctx.app().database(), ctx.tasks()));
        }
        return view;
    }

    private Node build(DatabaseSettingsViewModel vm) {
        ToggleGroup where = new ToggleGroup();
        RadioButton local = radio("settings-db-embedded", "settings.db.embedded", where);
        RadioButton server = radio("settings-db-shared", "settings.db.shared", where);
        (vm.sharedProperty().get() ? server : local).setSelected(true);
        vm.sharedProperty().bind(server.selectedProperty());

        TextField url = new TextField();
        url.setId("settings-db-url");
        url.setPromptText(Messages.get("settings.db.urlPrompt"));
        url.textProperty().bindBidirectional(vm.urlProperty());
        TextField user = new TextField();
        user.setId("settings-db-user");
        user.textProperty().bindBidirectional(vm.userProperty());
        PasswordField password = new PasswordField();
        password.setId("settings-db-password");
        password.textProperty().bindBidirectional(vm.passwordProperty());
        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setMaxWidth(560);
        fields.getColumnConstraints().addAll(labels, inputs);
        fields.addRow(0, label("settings.db.url", url), url);
        fields.addRow(1, label("settings.db.user", user), user);
        fields.addRow(2, label("settings.db.password", password), password);
        fields.disableProperty().bind(server.selectedProperty().not());

        Button test = new Button(Messages.get("settings.db.test"));
        test.setId("settings-db-test");
        test.disableProperty().bind(server.selectedProperty().not().or(vm.busyProperty()));
        test.setOnAction(e -> vm.testConnection());
        Button save = new Button(Messages.get("settings.db.save"));
        save.setId("settings-db-save");
        save.getStyleClass().add(Styles.ACCENT_BUTTON);
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> vm.save());
        FlowPane buttons = new FlowPane(8, 8, test, save);

        Label status = wrapped(vm.statusProperty().get());
        status.setId("settings-db-status");
        status.textProperty().bind(vm.statusProperty());
        status.managedProperty().bind(vm.statusProperty().isNotEmpty());
        status.visibleProperty().bind(status.managedProperty());
        vm.statusIsErrorProperty().addListener((o, a, bad) -> style(status, bad));
        style(status, vm.statusIsErrorProperty().get());

        Label inUse = wrapped(vm.inUse());
        inUse.setId("settings-db-in-use");
        inUse.getStyleClass().add(Styles.STRONG);
        Label note = wrapped(Messages.get("settings.db.note"));
        note.getStyleClass().add(Styles.MUTED);

        VBox section = new VBox(10, ScreenParts.section(Messages.get("settings.db.title")),
                wrapped(Messages.get("settings.db.intro")), inUse, local, server, fields, buttons, status, note);
        section.getStyleClass().add(Styles.CARD);
        section.setMaxWidth(760);
        VBox body = new VBox(12, ScreenParts.title(Messages.get("settings.nav")), section);
        return ScreenParts.scroll(body);
    }

    private static void style(Label status, boolean bad) {
        status.getStyleClass().removeAll(Styles.ERROR, Styles.OK);
        if (!status.getText().isEmpty()) {
            status.getStyleClass().add(bad ? Styles.ERROR : Styles.OK);
        }
    }

    private static RadioButton radio(String id, String key, ToggleGroup group) {
        RadioButton r = new RadioButton(Messages.get(key));
        r.setId(id);
        r.setToggleGroup(group);
        r.setWrapText(true);
        r.setMinHeight(Region.USE_PREF_SIZE);
        return r;
    }

    private static Label label(String key, Node field) {
        Label l = new Label(Messages.get(key));
        l.setLabelFor(field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
