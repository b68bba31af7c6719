package kr.sanggwon.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import kr.sanggwon.AppContext;
import kr.sanggwon.TestData;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Progress;
import kr.sanggwon.ui.FontSupport;
import kr.sanggwon.ui.Snapshots;
import kr.sanggwon.ui.UiTestSupport;
import kr.sanggwon.ui.task.FxTaskRunner;
import kr.sanggwon.workspace.Workspace;
import kr.sanggwon.workspace.WorkspaceHome;
import kr.sanggwon.workspace.WorkspaceKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Workspaces in the window: the sample is labelled plainly, the 파일 menu lists and makes workspaces, and the first
 * real import in the sample goes into a new workspace of the user's own, never into the fictional city.
 */
@ExtendWith(ApplicationExtension.class)
class WorkspaceUiTest {
    /** One file of the bundled sample (fictional city), so the sample workspace is not empty and not reloaded. */
    static final Path SAMPLE_AREA = Path.of("sample-data", "서울시 상권분석서비스(영역-상권).csv");

    @TempDir
    Path home;
    Stage stage;
    WorkspaceHome workspaces;
    WorkspaceSwitcher switcher;
    FxTaskRunner tasks;
    FakeDialogService dialogs;
    DeskPreferences prefs;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Messages.setLocale(Locale.KOREAN);
        stage.setWidth(MainWindow.DEFAULT_WIDTH);
        stage.setHeight(MainWindow.DEFAULT_HEIGHT);
        stage.show();
    }

    /** Opens the home's workspace in use the way the app does (first start: the sample). */
    private void openApp(FxRobot robot, boolean preloadSample) throws Exception {
        workspaces = WorkspaceHome.open(home);
        if (preloadSample) {
            try (AppContext sample = AppContext.openFolder(workspaces.sample().folder())) {
                sample.workspaceMarker().mark(WorkspaceKind.SAMPLE, null);
                sample.importService().importFile(SAMPLE_AREA, Progress.NONE);
            }
        }
        WorkspaceSwitcher.Opened opened = WorkspaceSwitcher.open(workspaces, workspaces.current());
        dialogs = new FakeDialogService();
        prefs = UiTestSupport.tempPreferences();
        tasks = new FxTaskRunner(2, dialogs::showError);
        robot.interact(() -> {
            switcher = new WorkspaceSwitcher(stage, workspaces, prefs, FontSupport.detect(), tasks, dialogs, false);
            switcher.show(opened);
        });
    }

    @AfterEach
    void closeApp() {
        if (switcher != null) {
            WaitForAsyncUtils.waitForAsyncFx(30_000, () -> switcher.close());
        }
        if (tasks != null) {
            tasks.close();
        }
        if (prefs != null) {
            prefs.clear();
        }
    }

    @Test
    void theSharedDatabaseOpensAsAWorkspaceAndCanBeSwitchedBackTo(FxRobot robot) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(kr.sanggwon.store.PgTestDatabase.serverUrl().isPresent(), "no test PostgreSQL");
        try (var pg = kr.sanggwon.store.PgTestDatabase.create()) {
            workspaces = WorkspaceHome.open(home);
            WorkspaceSwitcher.Opened opened = WorkspaceSwitcher.openShared(workspaces, pg.location());
            dialogs = new FakeDialogService();
            prefs = UiTestSupport.tempPreferences();
            tasks = new FxTaskRunner(2, dialogs::showError);
            robot.interact(() -> {
                switcher = new WorkspaceSwitcher(stage, workspaces, prefs, FontSupport.detect(), tasks, dialogs, false);
                switcher.show(opened);
            });
            assertThat(badge(robot)).contains("공유 데이터베이스");
            assertThat(switcher.app().database().embedded()).isFalse();
            assertThat(switcher.app().workspaceMarker().kind()).contains(WorkspaceKind.OWN);

            robot.interact(() -> menuItem(robot, "menu-workspace-sample-item").fire());
            UiTestSupport.waitUntil(() -> switcher.app() != null && switcher.app().database().embedded(), 60);
            robot.interact(() -> menuItem(robot, "menu-workspace-" + WorkspaceSwitcher.SHARED_ID).fire());
            UiTestSupport.waitUntil(() -> switcher.app() != null && !switcher.app().database().embedded(), 60);
            assertThat(badge(robot)).contains("공유 데이터베이스");
            // the home still remembers a workspace of its own as the one in use: a start without the server opens it
            assertThat(workspaces.current().id()).isNotEqualTo(WorkspaceSwitcher.SHARED_ID);
            WaitForAsyncUtils.waitForAsyncFx(30_000, () -> switcher.close());
            switcher = null;
        } finally {
            WorkspaceSwitcher.forgetShared();
        }
    }

    /** The badge's text; empty while a switch shows the opening screen. */
    private String badge(FxRobot robot) {
        return robot.lookup("#workspace-badge").tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .flatMap(i -> i instanceof Menu sub ? java.util.stream.Stream.concat(java.util.stream.Stream.of(i), sub.getItems().stream())
                        : java.util.stream.Stream.of(i))
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static long districts(AppContext app) throws Exception {
        return app.districtCatalog().search().size();
    }

    @Test
    void firstStartShowsTheSampleBadgeAtOnceAndLoadsTheSampleBehindTheWindow(FxRobot robot) throws Exception {
        openApp(robot, false);
        assertThat(badge(robot)).isEqualTo("샘플 데이터 — 가상의 도시");
        UiContext ctx = switcher.window().context();
        // the window is up while the sample loads: progress in the status bar, then the data arrives
        UiTestSupport.waitUntil(() -> ctx.dataState().isBusy() && ctx.dataState().statusProperty().get().startsWith("샘플 데이터를 불러오는 중"), 30);
        UiTestSupport.waitUntil(() -> ctx.dataVersion() > 0 && !ctx.dataState().isBusy(), 300);
        assertThat(districts(switcher.app())).isEqualTo(60);
        assertThat(switcher.app().workspaceMarker().kind()).contains(WorkspaceKind.SAMPLE);
        assertThat(workspaces.current().isSample()).isTrue();
        UiTestSupport.screenshot(stage.getScene(), "workspace-sample-badge");
    }

    @Test
    void fileMenuListsTheWorkspacesMakesANewEmptyOneAndSwitchesBack(FxRobot robot) throws Exception {
        openApp(robot, true);
        assertThat(menuItem(robot, "menu-reset-sample").isDisable()).as("reset is for the sample workspace").isFalse();
        robot.interact(menuItem(robot, "menu-workspace-new")::fire);
        UiTestSupport.waitUntil(() -> badge(robot).equals("작업공간: 내 작업공간 1"), 60);
        assertThat(switcher.current().kind()).isEqualTo(WorkspaceKind.OWN);
        assertThat(districts(switcher.app())).as("a new workspace starts empty").isZero();
        assertThat(switcher.app().workspaceMarker().kind()).contains(WorkspaceKind.OWN);
        assertThat(menuItem(robot, "menu-reset-sample").isDisable()).as("no reset of your own data").isTrue();
        assertThat(WorkspaceHome.open(home).current().id()).as("remembered").isEqualTo("own-1");

        Menu switchMenu = (Menu) menuItem(robot, "menu-workspace-switch");
        assertThat(switchMenu.getItems()).extracting(MenuItem::getText)
                .containsExactly("샘플 데이터 — 가상의 도시", "내 작업공간 1");
        screenshotOfTheOpenMenu(robot);

        robot.interact(menuItem(robot, "menu-workspace-sample-item")::fire);
        UiTestSupport.waitUntil(() -> badge(robot).equals("샘플 데이터 — 가상의 도시"), 60);
        assertThat(districts(switcher.app())).isEqualTo(60);
        assertThat(WorkspaceHome.open(home).current().isSample()).isTrue();
    }

    /** Opens 파일 > 작업공간 전환 and writes the window with its open menus (each popup is a window of its own). */
    private void screenshotOfTheOpenMenu(FxRobot robot) throws Exception {
        robot.clickOn(robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().get(0).getText());
        robot.moveTo(Messages.get("ui.menu.workspace.switch"));
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.asyncFx(() -> {
            Snapshots.write(stage.getScene(), UiTestSupport.SCREENSHOTS.resolve("workspace-menu-window.png"));
            int n = 0;
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w instanceof PopupWindow && w.isShowing() && w.getScene() != null) {
                    Snapshots.write(w.getScene(), UiTestSupport.SCREENSHOTS.resolve("workspace-menu-" + (++n) + ".png"));
                }
            }
            return null;
        }).get(30, TimeUnit.SECONDS);
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    void theFirstRealImportInTheSampleGoesIntoANewWorkspaceOfYourOwnAndNeverIntoTheSample(FxRobot robot) throws Exception {
        openApp(robot, true);
        Path real = TestData.require(TestData.seoul("영역-상권"));
        dialogs.confirmAnswer = true;
        robot.interact(() -> switcher.window().importFiles(List.of(real)));
        assertThat(dialogs.messages).anyMatch(m -> m.contains("새 빈 작업공간을 만들어"));
        UiTestSupport.waitUntil(() -> badge(robot).equals("작업공간: 내 작업공간 1"), 60);
        UiTestSupport.waitUntil(() -> switcher.window().context().dataVersion() > 0, 120);
        assertThat(districts(switcher.app())).as("only the real 상권").isEqualTo(1650);
        Workspace sample = WorkspaceHome.open(home).sample();
        robot.interact(() -> switcher.openSample());
        UiTestSupport.waitUntil(() -> badge(robot).equals("샘플 데이터 — 가상의 도시"), 60);
        assertThat(switcher.current().folder()).isEqualTo(sample.folder());
        assertThat(districts(switcher.app())).as("the sample kept its 60 fictional 상권 only").isEqualTo(60);
    }

    @Test
    void declinedFirstImportInTheSampleImportsNothing(FxRobot robot) throws Exception {
        openApp(robot, true);
        dialogs.confirmAnswer = false;
        robot.interact(() -> switcher.window().importFiles(List.of(TestData.require(TestData.seoul("영역-상권")))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.messages).anyMatch(m -> m.contains("새 빈 작업공간을 만들어"));
        assertThat(badge(robot)).isEqualTo("샘플 데이터 — 가상의 도시");
        assertThat(districts(switcher.app())).isEqualTo(60);
        assertThat(WorkspaceHome.open(home).list()).hasSize(1);
    }
}
