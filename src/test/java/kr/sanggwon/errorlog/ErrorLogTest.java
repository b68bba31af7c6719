package kr.sanggwon.errorlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import kr.sanggwon.common.UserException;
import kr.sanggwon.consult.ClientInput;
import kr.sanggwon.consult.ConsultException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The error log in the data folder: what goes in (classes, keys, the app's frames), what never does (personal data), rolling. */
class ErrorLogTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T10:15:30Z"), ZoneOffset.UTC);
    /** A client as the consultant might type them; none of it may reach the file. */
    private static final List<String> PERSONAL = List.of("김철수", "Cheolsu", "9876", "5432", "kim@example",
            "12,345,678", "12345678", "홍길동", "Gildong", "상담");

    @TempDir
    Path dir;

    @Test
    void entriesHoldTheClassTheKeyAndOnlyTheAppsFrames() throws Exception {
        ErrorLog log = ErrorLog.in(dir);
        Path file = log.record("screen", new IllegalStateException("boom", new UserException("consult.vault.locked"))).orElseThrow();

        assertThat(file).isEqualTo(dir.resolve("logs").resolve("errors.log"));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains("[screen]")
                .contains("java.lang.IllegalStateException: boom")
                .contains("Caused by: kr.sanggwon.common.UserException: consult.vault.locked")
                .contains("at kr.sanggwon.errorlog.ErrorLogTest.entriesHoldTheClassTheKeyAndOnlyTheAppsFrames")
                .containsPattern("… \\d+ library frames")
                .doesNotContain("at org.junit").doesNotContain("at java.");
    }

    @Test
    void personalDataNeverReachesTheFile() throws Exception {
        // what the consult service throws for a client typed with a bad phone and a bad e-mail
        Throwable badPhone = catchThrowable(() -> new ClientInput("김철수", "010-9876-5432 !", null, null, null, null, null, null).validated());
        Throwable badEmail = catchThrowable(() -> new ClientInput("Kim Cheolsu", null, "kim@example.com x", null, null, null, null, null).validated());
        assertThat(badPhone).isInstanceOf(ConsultException.class);
        assertThat(badEmail).isInstanceOf(ConsultException.class);
        // and what libraries say about user input: quoted values, numbers, paths, e-mail addresses, Korean text
        Throwable parse = catchThrowable(() -> Long.parseLong("김철수 010-9876-5432"));
        Throwable path = new NoSuchFileException("/home/me/상담/Hong Gildong.pdf");
        Throwable windowsPath = new java.nio.file.AccessDeniedException("C:\\Users\\Kim Cheolsu\\report.pdf");
        Throwable mixed = new IllegalArgumentException("sales 12,345,678 of kim@example.com for 홍길동 (12345678)",
                new RuntimeException("client 'Hong Gildong' not saved"));

        ErrorLog log = ErrorLog.in(dir);
        for (Throwable t : List.of(badPhone, badEmail, parse, path, windowsPath, mixed)) {
            log.record("task", t);
            assertThat(SafeTrace.of(t)).doesNotContain(PERSONAL);
        }
        String text = Files.readString(log.file(), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain(PERSONAL)
                .contains("kr.sanggwon.consult.ConsultException: consult.error.phone")
                .contains("kr.sanggwon.consult.ConsultException: consult.error.email")
                .contains("java.lang.NumberFormatException: For input string: …")
                .contains("java.lang.IllegalArgumentException: sales … of … for … (…)");
    }

    @Test
    void aUserExceptionsMessageIsItsKeyWithoutTheArguments() {
        ConsultException e = new ConsultException("consult.actual.error.otherClient", 7L, "김철수");
        assertThat(e.getMessage()).isEqualTo("consult.actual.error.otherClient");
        assertThat(e.args()).containsExactly(7L, "김철수");
    }

    @Test
    void messagesKeepWhatIsNotPersonal() {
        assertThat(SafeTrace.scrub("Index 5 out of bounds for length 3")).isEqualTo("Index 5 out of bounds for length 3");
        assertThat(SafeTrace.scrub("Cannot invoke \"String.length()\" because \"s\" is null"))
                .isEqualTo("Cannot invoke … because … is null");
        assertThat(SafeTrace.scrub("call 010 9876 5432 now")).isEqualTo("call … now");
        assertThat(SafeTrace.scrub("/ by zero")).isEqualTo("/ by zero");
    }

    @Test
    void whereIsTheFirstFrameOfTheApp() {
        Throwable t = new IllegalStateException("x");
        assertThat(SafeTrace.where(t)).startsWith("ErrorLogTest.whereIsTheFirstFrameOfTheApp (ErrorLogTest.java:");
        Throwable outside = new IllegalStateException("x");
        outside.setStackTrace(new StackTraceElement[] {new StackTraceElement("java.lang.Thread", "run", "Thread.java", 1)});
        assertThat(SafeTrace.where(outside)).isEmpty();
    }

    @Test
    void theSameErrorAgainIsOneShortLine() throws Exception {
        ErrorLog log = new ErrorLog(dir, ErrorLog.MAX_BYTES, CLOCK);
        Throwable t = new IllegalStateException("layout");
        log.record("screen", t);
        log.record("screen", t);
        List<String> lines = Files.readAllLines(log.file(), StandardCharsets.UTF_8);
        assertThat(lines).filteredOn(l -> l.contains("IllegalStateException")).hasSize(1);
        assertThat(lines.get(lines.size() - 1)).isEqualTo("2026-12-05 10:15:30 the same error again");
    }

    @Test
    void theLogRollsOverAndKeepsThreeOldFiles() throws Exception {
        long max = 1500;
        ErrorLog log = new ErrorLog(dir, max, CLOCK);
        for (int i = 0; i < 40; i++) {
            log.record("task", new IllegalStateException("error number " + i));
        }
        assertThat(Files.size(log.file())).isLessThanOrEqualTo(max);
        for (int n = 1; n <= ErrorLog.KEEP; n++) {
            assertThat(log.older(n)).exists();
            assertThat(Files.size(log.older(n))).isLessThanOrEqualTo(max);
        }
        assertThat(log.older(ErrorLog.KEEP + 1)).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(ErrorLog.KEEP + 1);
        }
        assertThat(Files.readString(log.file())).contains("error number 39");
        assertThat(Files.readString(log.older(1))).doesNotContain("error number 39");
    }

    @Test
    void aFolderThatCannotBeWrittenIsNoSecondError() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        assertThat(ErrorLog.in(notAFolder).record("screen", new IllegalStateException("x"))).isEmpty();
    }
}
