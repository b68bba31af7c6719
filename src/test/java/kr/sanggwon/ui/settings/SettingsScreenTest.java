package kr.sanggwon.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import kr.sanggwon.AppContext;
import kr.sanggwon.common.Messages;
import kr.sanggwon.store.DatabaseSettings;
import kr.sanggwon.store.PgTestDatabase;
import kr.sanggwon.ui.LayoutCheck;
import kr.sanggwon.ui.UiTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 설정 › 데이터 저장 위치 as an office user fills it in: the built-in database is chosen at first; choosing the shared
 * database enables the fields; a failed connection test says why without the password; saving writes the settings
 * file readable by its owner only; going back to this computer clears the server. Screenshots in Korean and English.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsScreenTest {
    @TempDir
    static Path temp;
    static AppContext app;
    static String previousConfigDir;
    UiTestSupport.Shell shell;

    @BeforeAll
    static void openEmptyData() {
        previousConfigDir = System.getProperty(DatabaseSettings.DIR_PROPERTY);
        System.setProperty(DatabaseSettings.DIR_PROPERTY, temp.resolve("config").toString());
        app = AppContext.openFolder(temp.resolve("data"));
    }

    @AfterAll
    static void close() {
        app.close();
        if (previousConfigDir == null) {
            System.clearProperty(DatabaseSettings.DIR_PROPERTY);
        } else {
            System.setProperty(DatabaseSettings.DIR_PROPERTY, previousConfigDir);
        }
    }

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.KOREAN);
        shell = UiTestSupport.show(stage, app);
    }

    @AfterEach
    void closeShell() {
        shell.close();
        Messages.setLocale(Locale.KOREAN);
    }

    @Test
    void aSharedDatabaseIsTestedAndSavedWithoutShowingThePassword(FxRobot robot) throws Exception {
        Path file = temp.resolve("config").resolve(DatabaseSettings.FILE_NAME);
        Files.deleteIfExists(file);
        robot.interact(() -> shell.window().show("settings"));
        assertThat(robot.lookup("#settings-db-embedded").queryAs(javafx.scene.control.RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#settings-db-url").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#settings-db-in-use").queryLabeled().getText()).contains("이 컴퓨터");

        robot.clickOn("#settings-db-shared");
        robot.clickOn("#settings-db-test");
        assertThat(status(robot)).contains("주소를 적으세요");

        // nothing listens on port 1: the test fails at once with the driver's reason
        robot.clickOn("#settings-db-url").write("jdbc:postgresql://127.0.0.1:1/sanggwon?password=inurl");
        robot.clickOn("#settings-db-user").write("kim");
        robot.clickOn("#settings-db-password").write("typed-secret");
        robot.clickOn("#settings-db-test");
        UiTestSupport.waitUntil(() -> !robot.lookup("#settings-db-test").query().isDisabled() && !status(robot).contains("중…"), 20);
        assertThat(status(robot)).contains("연결할 수 없습니다").contains("127.0.0.1:1/sanggwon")
                .doesNotContain("inurl").doesNotContain("typed-secret");
        // the password typed into the address left it (the field shows the typed one, hidden)
        assertThat(robot.lookup("#settings-db-url").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("jdbc:postgresql://127.0.0.1:1/sanggwon");
        assertThat(check()).isEmpty();
        UiTestSupport.screenshot(shell.scene(), "settings-database");

        robot.clickOn("#settings-db-save");
        assertThat(status(robot)).contains("저장했습니다").doesNotContain("inurl");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(new DatabaseSettings(file).read())
                .isEqualTo(new DatabaseSettings.Saved("jdbc:postgresql://127.0.0.1:1/sanggwon", "kim", "typed-secret"));

        robot.clickOn("#settings-db-embedded");
        robot.clickOn("#settings-db-save");
        assertThat(new DatabaseSettings(file).read()).isEqualTo(DatabaseSettings.Saved.NONE);
    }

    @Test
    void aReachableServerIsReportedWithItsVersion(FxRobot robot) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(PgTestDatabase.serverUrl().isPresent(), PgTestDatabase.ENV + " not set");
        robot.interact(() -> shell.window().show("settings"));
        robot.clickOn("#settings-db-shared");
        robot.interact(() -> robot.lookup("#settings-db-url").queryAs(javafx.scene.control.TextField.class)
                .setText(PgTestDatabase.serverUrl().get()));
        robot.clickOn("#settings-db-test");
        UiTestSupport.waitUntil(() -> status(robot).startsWith("연결됨"), 20);
        assertThat(status(robot)).contains("PostgreSQL");
    }

    @Test
    void inEnglishWithLargeTextNothingIsCutOff(FxRobot robot) throws Exception {
        robot.interact(() -> {
            shell.window().switchLanguage(Locale.ENGLISH);
            shell.window().setFontScale(150);
            shell.window().show("settings");
        });
        robot.clickOn("#settings-db-shared");
        assertThat(robot.lookup("#settings-db-test").queryLabeled().getText()).isEqualTo("Test connection");
        assertThat(check()).isEmpty();
        UiTestSupport.screenshot(shell.scene(), "settings-database-en-150");
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#settings-db-status").queryAs(Labeled.class).getText();
    }

    private List<String> check() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> LayoutCheck.cutOff(shell.scene())).get(10, TimeUnit.SECONDS);
    }
}
