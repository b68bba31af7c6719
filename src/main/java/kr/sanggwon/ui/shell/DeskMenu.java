package kr.sanggwon.ui.shell;

import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import kr.sanggwon.common.Messages;
import kr.sanggwon.ui.task.BackgroundTask;
import kr.sanggwon.workspace.Workspace;

/** The menu bar: 파일 (import, workspaces: switch, new empty, open the sample, reset the sample; quit), 보기 (language, font size), 도움말 (shortcuts, about). */
final class DeskMenu {
    static final int FONT_STEP = 10;

    private final MainWindow window;
    private final UiContext ctx;

    DeskMenu(MainWindow window, UiContext ctx) {
        this.window = window;
        this.ctx = ctx;
    }

    MenuBar build() {
        MenuBar bar = new MenuBar(fileMenu(), viewMenu(), helpMenu());
        bar.setId("menu-bar");
        return bar;
    }

    private Menu fileMenu() {
        MenuItem importData = item("menu-import", "ui.menu.import", () -> window.show("import"));
        importData.setAccelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        MenuItem quit = item("menu-quit", "ui.menu.quit", () -> window.stage().close());
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        MenuItem reset = item("menu-reset-sample", "ui.menu.resetSample", this::resetToSample);
        WorkspaceSession ws = ctx.workspaces();
        // a reset replaces everything: only the sample workspace (or a window fixed to one folder, where the
        // reset itself refuses a folder of real data)
        reset.setDisable(ws.canSwitch() && !ws.current().isSample());
        MenuItem newOwn = item("menu-workspace-new", "ui.menu.workspace.new", () -> ws.openNewOwn(List.of()));
        MenuItem sample = item("menu-workspace-sample", "ui.menu.workspace.sample", ws::openSample);
        newOwn.setDisable(!ws.canSwitch());
        sample.setDisable(!ws.canSwitch() || ws.current().isSample());
        Menu m = new Menu(Messages.get("ui.menu.file"));
        m.getItems().addAll(importData, new SeparatorMenuItem(), switchMenu(ws), newOwn, sample, reset, new SeparatorMenuItem(), quit);
        m.getItems().add(m.getItems().size() - 2, new kr.sanggwon.ui.backup.BackupMenu(ctx).build());
        return m;
    }

    /** 작업공간 전환: every workspace of the home, the shown one checked. */
    private Menu switchMenu(WorkspaceSession ws) {
        Menu m = new Menu(Messages.get("ui.menu.workspace.switch"));
        m.setId("menu-workspace-switch");
        ToggleGroup group = new ToggleGroup();
        for (Workspace w : ws.list()) {
            RadioMenuItem i = new RadioMenuItem(w.label());
            i.setId("menu-workspace-" + (w.isSample() ? "sample-item" : w.id()));
            i.setToggleGroup(group);
            boolean shown = w.id().equals(ws.current().id());
            i.setSelected(shown);
            i.setDisable(!ws.canSwitch());
            i.setOnAction(e -> {
                if (!shown) {
                    ws.open(w, List.of());
                } else {
                    i.setSelected(true);
                }
            });
            m.getItems().add(i);
        }
        return m;
    }

    /** Replaces all data with the bundled sample after a confirmation; progress in the status bar. */
    private void resetToSample() {
        if (!ctx.dialogs().confirm(Messages.get("ui.menu.resetSample"), Messages.get("ui.reset.confirm"))) {
            return;
        }
        ctx.dataState().busy(Messages.get("ui.reset.running"));
        ctx.tasks().execute(BackgroundTask.withProgress(p -> ctx.app().sampleLoader().resetToSample(p))
                .onProgress(u -> ctx.dataState().busy(Messages.get("ui.reset.progress", u.message() == null ? "" : u.message())))
                .onSuccess(r -> {
                    // the sample loader announced the change (one event for the wipe and the files)
                    ctx.dialogs().showInfo(Messages.get("ui.menu.resetSample"), Messages.get("ui.reset.done", r.rows()));
                })
                .onFailure(e -> ctx.dialogs().showError(Messages.get("ui.reset.failed"), e))
                .onFinished(() -> ctx.dataState().idle()));
    }

    private Menu viewMenu() {
        ToggleGroup langs = new ToggleGroup();
        RadioMenuItem ko = new RadioMenuItem(Messages.get("ui.menu.lang.ko"));
        ko.setId("menu-lang-ko");
        RadioMenuItem en = new RadioMenuItem(Messages.get("ui.menu.lang.en"));
        en.setId("menu-lang-en");
        ko.setToggleGroup(langs);
        en.setToggleGroup(langs);
        boolean english = Messages.locale().getLanguage().equals("en");
        (english ? en : ko).setSelected(true);
        // switch after the menu closed: the rebuild replaces the menu bar itself
        ko.setOnAction(e -> Platform.runLater(() -> window.switchLanguage(Locale.KOREAN)));
        en.setOnAction(e -> Platform.runLater(() -> window.switchLanguage(Locale.ENGLISH)));
        Menu lang = new Menu(Messages.get("ui.menu.language"));
        lang.setId("menu-language");
        lang.getItems().addAll(ko, en);

        MenuItem bigger = item("menu-font-bigger", "ui.menu.font.bigger", () -> window.setFontScale(window.fontScale() + FONT_STEP));
        bigger.setAccelerator(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        MenuItem smaller = item("menu-font-smaller", "ui.menu.font.smaller", () -> window.setFontScale(window.fontScale() - FONT_STEP));
        smaller.setAccelerator(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        MenuItem reset = item("menu-font-reset", "ui.menu.font.reset", () -> window.setFontScale(DeskPreferences.MIN_FONT_SCALE));
        reset.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        Menu font = new Menu(Messages.get("ui.menu.font"));
        font.setId("menu-font");
        font.getItems().addAll(bigger, smaller, reset);
        // Ctrl + '+' on the numpad and Ctrl+Shift+'=' as well
        window.scene().getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), bigger::fire);
        window.scene().getAccelerators().put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), bigger::fire);
        window.scene().getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), smaller::fire);

        Menu m = new Menu(Messages.get("ui.menu.view"));
        m.getItems().addAll(lang, font);
        return m;
    }

    private Menu helpMenu() {
        MenuItem keys = item("menu-shortcuts", "ui.menu.shortcuts",
                () -> ctx.dialogs().showInfo(Messages.get("ui.menu.shortcuts"), Messages.get("ui.help.shortcuts")));
        keys.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        MenuItem about = item("menu-about", "ui.menu.about",
                () -> ctx.dialogs().showInfo(Messages.get("ui.menu.about"), Messages.get("ui.help.about",
                        ctx.app().database().folder().toString())));
        MenuItem wizard = item("menu-wizard", "wizard.nav", () -> window.show("wizard"));
        MenuItem glossary = item("menu-glossary", "wizard.nav.glossary", () -> window.show("glossary"));
        Menu m = new Menu(Messages.get("ui.menu.help"));
        m.getItems().addAll(wizard, glossary, new SeparatorMenuItem(), keys, about);
        return m;
    }

    private static MenuItem item(String id, String key, Runnable action) {
        MenuItem i = new MenuItem(Messages.get(key));
        i.setId(id);
        i.setOnAction(e -> action.run());
        return i;
    }
}
