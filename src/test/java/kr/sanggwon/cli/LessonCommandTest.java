package kr.sanggwon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import kr.sanggwon.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lesson --list / --check: what an instructor sees on the terminal, and the exit codes. */
class LessonCommandTest {
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @AfterEach
    void korean() {
        Messages.setLocale(Locale.KOREAN);
    }

    private int run(String... args) {
        return MainCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void listShowsTheSixLessonsWithStepsAndMinutes() {
        assertThat(run("--data-dir", dir.toString(), "lesson", "--list")).isEqualTo(MainCommand.OK);
        assertThat(out.toString().lines()).hasSize(6);
        assertThat(out.toString()).contains("compare-two-cafes  카페 입지 두 곳 비교하기  (3단계, 약 20분)");
    }

    @Test
    void checkPassesTheBundledLessonsAndRefusesABrokenFileWithItsLineAndColumn() throws Exception {
        assertThat(run("--data-dir", dir.toString(), "lesson", "--check")).isEqualTo(MainCommand.OK);
        assertThat(out.toString()).contains("read-district: 이상 없음 (3단계)");
        Path broken = dir.resolve("mine.json");
        Files.writeString(broken, "{\n  \"id\": \"mine\",\n  \"steps\": [,]\n}\n", StandardCharsets.UTF_8);
        assertThat(run("--data-dir", dir.toString(), "lesson", "--check", broken.toString())).isEqualTo(MainCommand.BAD_INPUT);
        assertThat(err.toString()).contains("mine.json").contains("3행");
    }

    @Test
    void withoutAnActionItSaysWhichOnesExist() {
        assertThat(run("--data-dir", dir.toString(), "lesson")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("--list").contains("--reset").contains("--check");
    }
}
