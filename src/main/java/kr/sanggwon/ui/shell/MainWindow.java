package kr.sanggwon.ui.shell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import kr.sanggwon.AppContext;
import kr.sanggwon.common.Messages;
import kr.sanggwon.ui.FontSupport;
import kr.sanggwon.ui.Styles;
import kr.sanggwon.ui.chart.Charts;
import kr.sanggwon.ui.consult.OpenCase;
import kr.sanggwon.ui.task.TaskRunner;

/**
 * The main window: menu, left navigation per {@link ScreenCatalog}, the shown screen, status bar. Implements
 * {@link Navigator}. A language switch rebuilds every screen so all text is re-rendered.
 */
public final class MainWindow implements Navigator {
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 820;

    private final Stage stage;
    private final DeskPreferences prefs;
    private final FontSupport fonts;
    private final UiContext ctx;
    private final List<ScreenCatalog.Entry> entries = ScreenCatalog.entries();
    private final Map<String, Screen> screens = new LinkedHashMap<>();
    private final StackPane content = new StackPane();
    private final Scene scene;
    private NavigationPane nav;
    private BorderPane frame = new BorderPane();
    private StatusBar statusBar;
    private String current;
    /** Work held back until the first frame is laid out, so start-up queries do not compete with it for the CPU. */
    private final java.util.List<Runnable> afterFirstPulse = new java.util.ArrayList<>();
    private boolean firstPulseSeen;
    private int fontScale;
    private final DataVersionPoller poller;

    public MainWindow(Stage stage, AppContext app, DeskPreferences prefs, FontSupport fonts, TaskRunner tasks,
                      DialogService dialogs, Selection selection) {
        this(stage, app, prefs, fonts, tasks, dialogs, selection, true);
    }

    /**
     * {@code autoTrain}: retrain the estimate models in the background when they are missing or older than the data
     * (at start-up and after imports). On in the app; UI tests switch it off unless they test it.
     */
    public MainWindow(Stage stage, AppContext app, DeskPreferences prefs, FontSupport fonts, TaskRunner tasks,
                      DialogService dialogs, Selection selection, boolean autoTrain) {
        this(stage, app, prefs, fonts, tasks, dialogs, selection, autoTrain, null);
    }

    /** {@code workspaces}: the app's {@link WorkspaceSwitcher}; null fixes the window to {@code app}'s folder. */
    public MainWindow(Stage stage, AppContext app, DeskPreferences prefs, FontSupport fonts, TaskRunner tasks,
                      DialogService dialogs, Selection selection, boolean autoTrain, WorkspaceSession workspaces) {
        this.stage = stage;
        this.prefs = prefs;
        this.fonts = fonts;
        DataState data = new DataState(app.database().versions(), tasks::onUiThread);
        this.poller = new DataVersionPoller(app.database().versions(), data, tasks);
        this.ctx = new UiContext(app, tasks, dialogs, selection, this, prefs, new Charts(fonts.family(), dialogs),
                workspaces == null ? WorkspaceSession.fixed(app) : workspaces, data, ModelRetrainer.forApp(app, tasks, prefs, data),
                new OpenCase());
        this.fontScale = prefs.fontScale();
        content.getStyleClass().add(Styles.CONTENT);
        this.scene = new Scene(new BorderPane(), DEFAULT_WIDTH, DEFAULT_HEIGHT);
        applyStylesheets();
        installAccelerators();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            javafx.application.Platform.runLater(() -> {
                firstPulseSeen = true;
                afterFirstPulse.forEach(Runnable::run);
                afterFirstPulse.clear();
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
        ctx.retrainer().setAutomatic(autoTrain);
        rebuild();
        show(prefs.lastScreen().filter(this::isAvailable).orElseGet(this::firstAvailable));
        afterFirstFrame(ctx.retrainer()::start);
        if (!app.database().embedded()) {
            // another app instance may change a shared database: look for it while this one is idle
            afterFirstFrame(poller::start);
        }
    }

    /**
     * The window's own layout (menu, navigation, screen, status bar; a docked panel on the right). Not always the
     * scene's root: ControlsFX's validation decorations (수익 분석's form) wrap the root in a pane of their own.
     */
    public BorderPane frame() {
        return frame;
    }

    public Scene scene() {
        return scene;
    }

    public Stage stage() {
        return stage;
    }

    public UiContext context() {
        return ctx;
    }

    @Override
    public void show(String screenId) {
        ScreenCatalog.Entry entry = entries.stream().filter(e -> e.id().equals(screenId)).findFirst().orElse(null);
        if (entry == null || !entry.available()) {
            return;
        }
        Screen screen;
        Node view;
        try {
            screen = screens.computeIfAbsent(screenId, id -> entry.factory().apply(ctx));
            view = screen.view();
        } catch (RuntimeException e) {
            // a screen that cannot be built must not take the window down: say so and stay where we are
            screens.remove(screenId);
            ctx.dialogs().showError(e);
            if (current != null) {
                nav.select(current);
            }
            return;
        }
        content.getChildren().setAll(view);
        current = screenId;
        nav.select(screenId);
        prefs.setLastScreen(screenId);
        stage.setTitle(Messages.get("ui.window.title", Messages.get(entry.titleKey())));
        afterFirstFrame(screen::onShow);
    }

    @Override
    public String current() {
        return current;
    }

    /** The screen object of {@code id} if it was built (tests). */
    public Screen screen(String id) {
        return screens.get(id);
    }

    /** Shows 데이터 가져오기 and queues {@code files} there (the first import after a switch to a new workspace). */
    public void importFiles(List<java.nio.file.Path> files) {
        show("import");
        if (screens.get("import") instanceof kr.sanggwon.ui.importer.ImportScreen s) {
            s.viewModel().addFiles(files);
        }
    }

    /** Switches the language of every text now and remembers it. */
    public void switchLanguage(Locale locale) {
        Messages.setLocale(locale);
        prefs.setLanguage(Messages.locale().getLanguage());
        String shown = current;
        rebuild();
        if (shown != null) {
            show(shown);
        }
    }

    public int fontScale() {
        return fontScale;
    }

    /** Font size in percent (100–200), applied through the root font size, and remembered. */
    public void setFontScale(int percent) {
        int before = fontScale;
        fontScale = DeskPreferences.clampScale(percent);
        prefs.setFontScale(fontScale);
        applyStylesheets();
        if (before != fontScale) {
            // charts draw their text at a size fixed when built: rebuild the screens so they follow the new size
            // (the menu, navigation and status bar follow the stylesheet by themselves)
            String shown = current;
            disposeScreens();
            if (shown != null) {
                show(shown);
            }
        }
    }

    /** Applies a font scale for this run only (the --font-scale option). */
    public void overrideFontScale(int percent) {
        fontScale = DeskPreferences.clampScale(percent);
        applyStylesheets();
    }

    /** Restores the remembered position and size if it is still on a screen; else the default size, centred. */
    public void restoreBounds() {
        stage.setMinWidth(960);
        stage.setMinHeight(620);
        prefs.windowBounds().filter(b -> !javafx.stage.Screen.getScreensForRectangle(
                new Rectangle2D(b.x(), b.y(), b.width(), b.height())).isEmpty()).ifPresentOrElse(b -> {
                    stage.setX(b.x());
                    stage.setY(b.y());
                    stage.setWidth(b.width());
                    stage.setHeight(b.height());
                    stage.setMaximized(b.maximized());
                }, () -> {
                    stage.setWidth(DEFAULT_WIDTH);
                    stage.setHeight(DEFAULT_HEIGHT);
                    stage.centerOnScreen();
                });
    }

    /** Saves window bounds and settings; drops the screens. */
    public void close() {
        if (!stage.isMaximized() && stage.getWidth() > 0) {
            prefs.setWindowBounds(new DeskPreferences.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), false));
        } else {
            prefs.windowBounds().ifPresent(b -> prefs.setWindowBounds(
                    new DeskPreferences.WindowBounds(b.x(), b.y(), b.width(), b.height(), true)));
        }
        prefs.flush();
        ctx.retrainer().shutdown();
        poller.close();
        ctx.dataState().close();
        disposeScreens();
    }

    private void rebuild() {
        disposeScreens();
        nav = new NavigationPane(entries, this);
        BorderPane root = new BorderPane();
        root.setTop(WorkspaceBadge.topBar(new DeskMenu(this, ctx).build(), ctx.workspaces()));
        root.setLeft(nav.view());
        root.setCenter(content);
        statusBar = new StatusBar(ctx);
        root.setBottom(statusBar.view());
        afterFirstFrame(statusBar::refresh);
        content.getChildren().setAll(placeholder());
        frame = root;
        scene.setRoot(root);
        stage.setTitle(Messages.get("app.title"));
    }

    private void afterFirstFrame(Runnable r) {
        if (firstPulseSeen) {
            r.run();
        } else {
            afterFirstPulse.add(r);
        }
    }

    private void disposeScreens() {
        screens.values().forEach(Screen::dispose);
        screens.clear();
    }

    private Node placeholder() {
        Label l = new Label(Messages.get("ui.placeholder.choose"));
        l.getStyleClass().add(Styles.PLACEHOLDER);
        return l;
    }

    private void applyStylesheets() {
        ctx.charts().setScale(fontScale / 100.0);
        scene.getStylesheets().setAll(
                MainWindow.class.getResource(Styles.STYLESHEET).toExternalForm(),
                fonts.stylesheet(fontScale));
        // JFreeChart paints its own colours: it gets the stylesheet's (-sg-chart-…)
        if (scene.getRoot() instanceof javafx.scene.layout.Pane root) {
            ctx.charts().useColors(kr.sanggwon.ui.LookedUpColors.once(root, Charts.colorNames()));
        }
    }

    private void installAccelerators() {
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
                KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};
        // Ctrl+N opens the N-th screen that exists (the numbering the navigation's tooltips show); slots are skipped
        List<String> shown = shortcutTargets(entries);
        for (int i = 0; i < shown.size(); i++) {
            String id = shown.get(i);
            scene.getAccelerators().put(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN), () -> show(id));
        }
    }

    /** The screens Ctrl+1…9 open, in order: the available entries (at most nine). */
    static List<String> shortcutTargets(List<ScreenCatalog.Entry> entries) {
        return entries.stream().filter(ScreenCatalog.Entry::available).map(ScreenCatalog.Entry::id).limit(9).toList();
    }

    private boolean isAvailable(String id) {
        return entries.stream().anyMatch(e -> e.id().equals(id) && e.available());
    }

    private String firstAvailable() {
        return entries.stream().filter(ScreenCatalog.Entry::available).map(ScreenCatalog.Entry::id).findFirst().orElse(null);
    }
}
