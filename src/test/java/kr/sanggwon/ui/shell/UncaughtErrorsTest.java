package kr.sanggwon.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.sanggwon.common.Messages;
import kr.sanggwon.consult.ConsultException;
import kr.sanggwon.errorlog.ErrorLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An error nobody caught: written to the data folder's error log and told in a dialog that says what and where. */
class UncaughtErrorsTest {
    @TempDir
    Path dataDir;
    private final FakeDialogService dialogs = new FakeDialogService();
    /** Dialogs are queued for the FX thread in the app; here the test runs them. */
    private final List<Runnable> fxQueue = new ArrayList<>();
    private final Thread screenThread = new Thread(() -> { }, "screen");

    @BeforeEach
    void korean() {
        Messages.setLocale(Locale.KOREAN);
    }

    @AfterEach
    void reset() {
        Messages.setLocale(Locale.KOREAN);
    }

    private UncaughtErrors handler(ErrorLog log) {
        return new UncaughtErrors(log, dialogs, fxQueue::add, screenThread);
    }

    private void runFx() {
        List<Runnable> now = List.copyOf(fxQueue);
        fxQueue.clear();
        now.forEach(Runnable::run);
    }

    @Test
    void anErrorOnTheScreenThreadIsLoggedAndShownWithTheLogsPlace() throws Exception {
        UncaughtErrors h = handler(ErrorLog.in(dataDir));
        h.uncaughtException(screenThread, new NullPointerException("Cannot read field \"name\" because \"c\" is null"));
        assertThat(dialogs.messages).as("not during the layout pass: queued for later").isEmpty();
        runFx();

        Path file = dataDir.resolve("logs").resolve("errors.log");
        assertThat(file).exists();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("[screen]").contains("java.lang.NullPointerException");
        assertThat(dialogs.messages).singleElement().asString()
                .startsWith("예상하지 못한 오류가 났습니다: 화면을 처리하다가 문제가 생겼습니다.")
                .contains("오류: NullPointerException")
                .contains("위치: UncaughtErrorsTest.anErrorOnTheScreenThreadIsLoggedAndShownWithTheLogsPlace (UncaughtErrorsTest.java:")
                .contains(file.toAbsolutePath().toString());
        assertThat(dialogs.details).singleElement().asString()
                .contains("java.lang.NullPointerException: Cannot read field … because … is null")
                .contains("at kr.sanggwon.ui.shell.UncaughtErrorsTest");
    }

    @Test
    void anErrorOnAnotherThreadIsCaughtThere() throws Exception {
        UncaughtErrors h = handler(ErrorLog.in(dataDir));
        Thread worker = new Thread(() -> {
            throw new IllegalStateException("worker");
        }, "worker");
        worker.setUncaughtExceptionHandler(h);
        worker.start();
        worker.join();
        runFx();
        assertThat(Files.readString(dataDir.resolve("logs").resolve("errors.log"))).contains("[other]").contains("worker");
        assertThat(dialogs.messages).singleElement().asString().contains("프로그램 안에서 문제가 생겼습니다");
    }

    @Test
    void aFailedTaskIsToldInEnglishWhenTheAppIsInEnglish() {
        Messages.setLocale(Locale.ENGLISH);
        handler(ErrorLog.in(dataDir)).taskFailed(new ArithmeticException("/ by zero"));
        runFx();
        assertThat(dialogs.messages).singleElement().asString()
                .startsWith("An unexpected error occurred: Something went wrong in work running in the background")
                .contains("Error: ArithmeticException")
                .contains("errors.log");
    }

    @Test
    void aUserErrorOfATaskIsTheUsersToFixAndNotLogged() {
        ConsultException refused = new ConsultException("consult.vault.locked");
        handler(ErrorLog.in(dataDir)).taskFailed(refused);
        assertThat(dialogs.errors).containsExactly(refused);
        assertThat(dataDir.resolve("logs")).doesNotExist();
    }

    @Test
    void aScreenFailingOnEveryPassOpensOneDialogAtATime() throws Exception {
        UncaughtErrors h = handler(ErrorLog.in(dataDir));
        for (int i = 0; i < 5; i++) {
            h.uncaughtException(screenThread, new IllegalStateException("layout"));
        }
        runFx();
        assertThat(dialogs.messages).hasSize(1);
        assertThat(Files.readString(dataDir.resolve("logs").resolve("errors.log"))).contains("the same error again");

        h.uncaughtException(screenThread, new IllegalStateException("later"));
        runFx();
        assertThat(dialogs.messages).as("the next error after the dialog closed").hasSize(2);
    }

    @Test
    void whenTheLogCannotBeWrittenTheDialogSaysSo() throws Exception {
        Path notAFolder = Files.writeString(dataDir.resolve("file"), "x");
        handler(ErrorLog.in(notAFolder)).uncaughtException(screenThread, new IllegalStateException("x"));
        runFx();
        assertThat(dialogs.messages).singleElement().asString().contains("파일에 적지 못했습니다").doesNotContain("errors.log");
        assertThat(dialogs.details).singleElement().asString().contains("java.lang.IllegalStateException: x");
    }
}
