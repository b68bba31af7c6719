package kr.sanggwon.ui.consult;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import kr.sanggwon.common.Messages;
import kr.sanggwon.consult.CaseVault;
import kr.sanggwon.consult.IdleLock;
import kr.sanggwon.ui.Styles;
import kr.sanggwon.ui.district.ScreenParts;

/** The passphrase forms of 상담: first set-up, unlock, change (re-wraps the key only), and the idle time before it locks. */
final class VaultPanes {
    private VaultPanes() {
    }

    static Node setUp(ConsultViewModel vm) {
        TextField consultant = FormParts.text("consult-consultant");
        PasswordField pass = password("consult-new-pass");
        PasswordField repeat = password("consult-new-pass-repeat");
        GridPane g = FormParts.grid();
        FormParts.row(g, "consult.ui.consultant", consultant);
        FormParts.row(g, "consult.ui.passphrase", pass);
        FormParts.row(g, "consult.ui.passphraseRepeat", repeat);
        Button go = new Button(Messages.get("consult.ui.setUp"));
        go.setId("consult-set-up");
        go.getStyleClass().add(Styles.ACCENT_BUTTON);
        go.setDefaultButton(true);
        go.setOnAction(e -> vm.setUp(pass.getText().toCharArray(), repeat.getText().toCharArray(), consultant.getText()));
        return page(ScreenParts.title(Messages.get("ui.nav.consult")),
                FormParts.card(ScreenParts.section(Messages.get("consult.ui.setUpTitle")),
                        FormParts.wrapped(Messages.get("consult.ui.setUpText", CaseVault.MIN_PASSPHRASE), null),
                        FormParts.wrapped(Messages.get("consult.ui.setUpWarning"), Styles.WARN), g, go, message(vm)));
    }

    static Node unlock(ConsultViewModel vm) {
        PasswordField pass = password("consult-pass");
        Button go = new Button(Messages.get("consult.ui.unlock"));
        go.setId("consult-unlock");
        go.getStyleClass().add(Styles.ACCENT_BUTTON);
        go.setDefaultButton(true);
        go.setOnAction(e -> {
            vm.unlock(pass.getText().toCharArray());
            pass.clear();
        });
        GridPane g = FormParts.grid();
        FormParts.row(g, "consult.ui.passphrase", pass);
        return page(ScreenParts.title(Messages.get("ui.nav.consult")),
                FormParts.card(ScreenParts.section(Messages.get("consult.ui.lockedTitle")),
                        lockedText(vm), WatchNotice.lockedLine(vm), g, go, message(vm)));
    }

    private static Label lockedText(ConsultViewModel vm) {
        Label l = FormParts.wrapped("", null);
        l.setId("consult-locked-text");
        l.textProperty().bind(Bindings.createStringBinding(() -> Messages.get("consult.ui.lockedText", vm.idleMinutesProperty().get()),
                vm.idleMinutesProperty()));
        return l;
    }

    /** A folded pane in the open screen: after how many idle minutes 상담 locks itself (this workspace's setting). */
    static TitledPane idleLock(ConsultViewModel vm) {
        TextField minutes = FormParts.text("consult-idle-minutes");
        minutes.setPrefColumnCount(5);
        minutes.setMaxWidth(120);
        minutes.setText(Integer.toString(vm.idleMinutesProperty().get()));
        vm.idleMinutesProperty().addListener((o, a, b) -> minutes.setText(Integer.toString(b.intValue())));
        GridPane g = FormParts.grid();
        FormParts.row(g, "consult.ui.idleMinutes", minutes);
        Button save = new Button(Messages.get("consult.ui.idleSave"));
        save.setId("consult-idle-save");
        save.setOnAction(e -> vm.saveIdleLock(minutes.getText()));
        minutes.setOnAction(e -> vm.saveIdleLock(minutes.getText()));
        TitledPane t = new TitledPane(Messages.get("consult.ui.idleTitle"), new VBox(8,
                FormParts.wrapped(Messages.get("consult.ui.idleText", IdleLock.MIN_MINUTES, IdleLock.MAX_MINUTES), Styles.MUTED), g, save));
        t.setId("consult-idle-pane");
        t.setExpanded(false);
        return t;
    }

    /** A folded pane in the open screen: old passphrase, new one twice. */
    static TitledPane change(ConsultViewModel vm) {
        PasswordField old = password("consult-old-pass");
        PasswordField pass = password("consult-change-pass");
        PasswordField repeat = password("consult-change-pass-repeat");
        GridPane g = FormParts.grid();
        FormParts.row(g, "consult.ui.oldPassphrase", old);
        FormParts.row(g, "consult.ui.passphrase", pass);
        FormParts.row(g, "consult.ui.passphraseRepeat", repeat);
        Button go = new Button(Messages.get("consult.ui.changePassphrase"));
        go.setOnAction(e -> {
            vm.changePassphrase(old.getText().toCharArray(), pass.getText().toCharArray(), repeat.getText().toCharArray());
            old.clear();
            pass.clear();
            repeat.clear();
        });
        TitledPane t = new TitledPane(Messages.get("consult.ui.changePassphrase"),
                new VBox(8, FormParts.wrapped(Messages.get("consult.ui.changeText"), Styles.MUTED), g, go));
        t.setExpanded(false);
        return t;
    }

    private static PasswordField password(String id) {
        PasswordField p = new PasswordField();
        p.setId(id);
        p.setMinWidth(80);
        p.setMaxWidth(360);
        return p;
    }

    private static Label message(ConsultViewModel vm) {
        Label m = FormParts.wrapped("", Styles.ERROR);
        m.setId("consult-message");
        m.textProperty().bind(vm.messageProperty());
        return m;
    }

    private static Node page(Node... children) {
        VBox v = new VBox(14, children);
        v.setMaxWidth(640);
        return ScreenParts.scroll(v);
    }
}
