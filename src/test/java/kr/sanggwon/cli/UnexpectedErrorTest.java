package kr.sanggwon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import kr.sanggwon.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fault of the app on the command line: one line with the error log's place, the safe trace, exit 1. */
class UnexpectedErrorTest {
    @TempDir
    Path dataDir;

    @AfterEach
    void korean() {
        Messages.setLocale(Locale.KOREAN);
    }

    @Test
    void writtenToTheDataFoldersErrorLog() throws Exception {
        Messages.setLocale(Locale.KOREAN);
        StringWriter err = new StringWriter();
        int code = MainCommand.unexpected(new IllegalStateException("client \"김철수\" broke it"), dataDir, new PrintWriter(err));

        Path log = dataDir.resolve("logs").resolve("errors.log");
        assertThat(code).isEqualTo(MainCommand.USER_ERROR);
        assertThat(Files.readString(log)).contains("[cli]").contains("java.lang.IllegalStateException: client … broke it")
                .doesNotContain("김철수");
        assertThat(err.toString()).startsWith("예상하지 못한 오류가 났습니다 (IllegalStateException, 위치: UnexpectedErrorTest.")
                .contains(log.toAbsolutePath().toString())
                .contains("at kr.sanggwon.cli.UnexpectedErrorTest")
                .doesNotContain("김철수");
    }

    @Test
    void aMissingDataFolderIsNotCreatedForIt() {
        Messages.setLocale(Locale.ENGLISH);
        Path missing = dataDir.resolve("none");
        StringWriter err = new StringWriter();
        MainCommand.unexpected(new IllegalStateException("x"), missing, new PrintWriter(err));
        assertThat(missing).doesNotExist();
        assertThat(err.toString()).startsWith("Unexpected error (IllegalStateException in UnexpectedErrorTest.")
                .contains("Send the lines below").contains("java.lang.IllegalStateException: x");
    }
}
