package kr.sanggwon.ui.consult;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import kr.sanggwon.common.Messages;
import kr.sanggwon.consult.Client;
import kr.sanggwon.store.BackupFolder;
import kr.sanggwon.store.BackupReason;
import kr.sanggwon.ui.FontSupport;
import kr.sanggwon.ui.UiTestSupport;
import kr.sanggwon.ui.shell.DeskPreferences;
import kr.sanggwon.ui.shell.FakeDialogService;
import kr.sanggwon.ui.shell.MainWindow;
import kr.sanggwon.ui.shell.WorkspaceSwitcher;
import kr.sanggwon.ui.task.FxTaskRunner;
import kr.sanggwon.workspace.Workspace;
import kr.sanggwon.workspace.WorkspaceHome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 상담's trust settings in the app as the consultant meets them: the idle time before the lock (1–120 minutes, kept
 * by the workspace across a reopen), and erasing a client for good — refused until the name is typed exactly, then
 * gone from the database file and from every backup, the other client untouched.
 */
@ExtendWith(ApplicationExtension.class)
class ConsultTrustScreenTest {
    static final String PASS = "상담 암호 2026!";
    @TempDir
    Path home;
    Stage stage;
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

    /** The app on a workspace of the consultant's own (case files never live in the sample), by its switcher. */
    private Workspace openOwnWorkspace(FxRobot robot) throws Exception {
        WorkspaceHome workspaces = WorkspaceHome.open(home);
        Workspace own = workspaces.newOwn("상담 작업공간");
        WorkspaceSwitcher.Opened opened = WorkspaceSwitcher.open(workspaces, own);
        dialogs = new FakeDialogService();
        prefs = UiTestSupport.tempPreferences();
        tasks = new FxTaskRunner(2, dialogs::showError);
        robot.interact(() -> {
            switcher = new WorkspaceSwitcher(stage, workspaces, prefs, FontSupport.detect(), tasks, dialogs, false);
            switcher.show(opened);
        });
        return own;
    }

    private static void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextInputControl.class).setText(text));
    }

    private static void fire(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryAs(ButtonBase.class).fire());
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#consult-message").queryAs(Label.class).getText();
    }

    private void setUpAndAddClients(FxRobot robot, String... names) {
        robot.interact(() -> switcher.window().show("consult"));
        UiTestSupport.waitUntil(() -> robot.lookup("#consult-set-up").tryQuery().isPresent(), 30);
        type(robot, "#consult-new-pass", PASS);
        type(robot, "#consult-new-pass-repeat", PASS);
        fire(robot, "#consult-set-up");
        UiTestSupport.waitUntil(() -> robot.lookup("#consult-search").tryQuery().isPresent(), 30);
        ListView<?> clients = robot.lookup("#consult-clients").queryAs(ListView.class);
        for (int i = 0; i < names.length; i++) {
            int n = i + 1;
            fire(robot, "#consult-new-client");
            type(robot, "#client-name", names[i]);
            type(robot, "#client-phone", "010-5555-000" + n);
            type(robot, "#client-notes", names[i] + " 사장님 상담 메모");
            fire(robot, "#client-save");
            UiTestSupport.waitUntil(() -> clients.getItems().size() == n, 20);
        }
    }

    @Test
    void theIdleTimeIsChosenInConsultationsAndKeptByTheWorkspace(FxRobot robot) throws Exception {
        openOwnWorkspace(robot);
        setUpAndAddClients(robot, "윤가을");
        robot.interact(() -> robot.lookup("#consult-idle-pane").queryAs(TitledPane.class).setExpanded(true));
        assertThat(robot.lookup("#consult-idle-minutes").queryAs(TextInputControl.class).getText()).isEqualTo("10");

        ConsultViewModel vm = ((ConsultScreen) switcher.window().screen("consult")).viewModel();
        for (String refused : List.of("0", "121", "잠그지 않음")) {
            robot.interact(() -> vm.messageProperty().set(""));
            type(robot, "#consult-idle-minutes", refused);
            fire(robot, "#consult-idle-save");
            UiTestSupport.waitUntil(() -> message(robot).contains("1분에서 120분 사이"), 10);
            assertThat(switcher.app().consult().vault().idleTimeout()).as(refused).isEqualTo(Duration.ofMinutes(10));
        }
        assertThat(message(robot)).contains("\"잠그지 않음\"은 고를 수 없습니다");
        type(robot, "#consult-idle-minutes", "25");
        fire(robot, "#consult-idle-save");
        UiTestSupport.waitUntil(() -> message(robot).equals("이제 25분 동안 쓰지 않으면 상담을 잠급니다."), 10);
        assertThat(switcher.app().consult().vault().idleTimeout()).isEqualTo(Duration.ofMinutes(25));
        robot.interact(() -> scrollTo(robot.lookup("#consult-idle-pane").queryAs(Node.class)));
        UiTestSupport.screenshot(stage.getScene(), "consult-idle-lock");

        // the workspace keeps it: after a close and reopen the lock screen names 25 minutes, and the vault uses them
        robot.interact(() -> switcher.reopenAfter("다시 열기", folder -> { }, null));
        UiTestSupport.waitUntil(() -> switcher.window() != null && switcher.app() != null, 60);
        robot.interact(() -> switcher.window().show("consult"));
        UiTestSupport.waitUntil(() -> robot.lookup("#consult-locked-text").tryQuery().isPresent(), 30);
        assertThat(robot.lookup("#consult-locked-text").queryAs(Label.class).getText()).contains("25분 동안 쓰지 않았거나");
        assertThat(switcher.app().consult().vault().idleTimeout()).isEqualTo(Duration.ofMinutes(25));
    }

    @Test
    void erasingAClientForGoodAsksForTheNameThenLeavesItInNoFileAndNoBackup(FxRobot robot) throws Exception {
        Workspace own = openOwnWorkspace(robot);
        setUpAndAddClients(robot, "윤가을", "한겨울");
        switcher.app().backups().backup(BackupReason.MANUAL);
        List<BackupFolder.Entry> before = new BackupFolder(own.folder()).list();
        assertThat(before).isNotEmpty();
        Client gone = switcher.app().consult().clients().stream().filter(c -> c.name().equals("윤가을")).findFirst().orElseThrow();
        byte[] sealedName = sealedName(gone.id());
        assertThat(filesContaining(own.folder(), sealedName)).as("the client is in the database and the backups").isNotEmpty();

        ListView<Client> clients = robot.lookup("#consult-clients").queryAs(ListView.class);
        robot.interact(() -> clients.getSelectionModel().select(clients.getItems().stream()
                .filter(c -> c.name().equals("윤가을")).findFirst().orElseThrow()));
        UiTestSupport.waitUntil(() -> !robot.lookup("#client-purge").queryAs(Button.class).isDisabled(), 10);
        fire(robot, "#client-purge");
        UiTestSupport.waitUntil(() -> robot.lookup("#client-purge-box").queryAs(Node.class).isVisible(), 10);
        assertThat(robot.lookup("#client-purge-text").queryAs(Label.class).getText()).contains("윤가을").contains("되돌릴 수 없습니다");
        assertThat(robot.lookup("#client-purge-backups").queryAs(Label.class).getText())
                .contains("지금까지 만든 백업에는 이 고객 정보가 아직 들어 있습니다").contains("다른 곳");
        Button go = robot.lookup("#client-purge-go").queryAs(Button.class);
        assertThat(go.isDisabled()).as("nothing typed").isTrue();
        // typed by keyboard into the focused confirmation box; a near miss keeps the button off
        UiTestSupport.waitUntil(() -> robot.lookup("#client-purge-name").queryAs(Node.class).isFocused(), 10);
        robot.write("윤가");
        assertThat(go.isDisabled()).isTrue();
        type(robot, "#client-purge-name", "한겨울");
        assertThat(go.isDisabled()).as("another client's name").isTrue();
        type(robot, "#client-purge-name", "윤가을");
        assertThat(go.isDisabled()).isFalse();
        UiTestSupport.screenshot(stage.getScene(), "consult-purge-confirm");

        fire(robot, "#client-purge-go");
        UiTestSupport.waitUntil(() -> dialogs.messages.stream().anyMatch(m -> m.contains("고객 정보를 완전히 지웠습니다")), 120);
        assertThat(dialogs.errors).isEmpty();
        UiTestSupport.waitUntil(() -> switcher.window() != null && switcher.app() != null, 60);

        // the window came back locked; the other client is still there
        robot.interact(() -> switcher.window().show("consult"));
        UiTestSupport.waitUntil(() -> robot.lookup("#consult-unlock").tryQuery().isPresent(), 30);
        type(robot, "#consult-pass", PASS);
        fire(robot, "#consult-unlock");
        UiTestSupport.waitUntil(() -> robot.lookup("#consult-clients").tryQuery().isPresent()
                && robot.lookup("#consult-clients").queryAs(ListView.class).getItems().size() == 1, 30);
        assertThat(switcher.app().consult().clients()).extracting(Client::name).containsExactly("한겨울");

        // the reopened window takes its daily backup (there is none left); once it is whole, scan every file
        UiTestSupport.waitUntil(() -> new BackupFolder(own.folder()).list().stream().anyMatch(e -> e.reason() == BackupReason.DAILY), 60);
        List<BackupFolder.Entry> after = new BackupFolder(own.folder()).list();
        assertThat(after).extracting(BackupFolder.Entry::file).doesNotContainAnyElementsOf(
                before.stream().map(BackupFolder.Entry::file).toList());
        assertThat(after).extracting(BackupFolder.Entry::reason).contains(BackupReason.PURGE);
        assertThat(filesContaining(own.folder(), sealedName)).as("no file holds the erased client").isEmpty();
    }

    /** Scrolls the screen so {@code n} is in view (for the screenshot). */
    private static void scrollTo(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane sp) {
                double contentHeight = sp.getContent().getBoundsInLocal().getHeight();
                double y = sp.getContent().sceneToLocal(n.localToScene(0, 0)).getY();
                double room = contentHeight - sp.getViewportBounds().getHeight();
                sp.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / room)));
                return;
            }
        }
    }

    private byte[] sealedName(long id) throws Exception {
        try (Connection c = switcher.app().database().connection();
             PreparedStatement ps = c.prepareStatement("SELECT name_enc FROM consult_client WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBytes(1);
            }
        }
    }

    /** Files under {@code root} holding {@code needle}; backups are searched inside their ZIP entries too. */
    private static List<Path> filesContaining(Path root, byte[] needle) throws Exception {
        List<Path> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            List<byte[]> contents = new ArrayList<>(List.of(Files.readAllBytes(f)));
            if (f.toString().endsWith(".sgbak")) {
                try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(f.toFile())) {
                    for (var e = z.entries(); e.hasMoreElements(); ) {
                        try (var in = z.getInputStream(e.nextElement())) {
                            contents.add(in.readAllBytes());
                        }
                    }
                }
            }
            if (contents.stream().anyMatch(b -> indexOf(b, needle) >= 0)) {
                out.add(f);
            }
        }
        return out;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
