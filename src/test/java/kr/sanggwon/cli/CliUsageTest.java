package kr.sanggwon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.sanggwon.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line's contract: help everywhere without warnings, the app options listed, exit codes as the README says. */
class CliUsageTest {
    @TempDir
    Path dir;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    @BeforeEach
    void korean() {
        Messages.setLocale(Locale.KOREAN);
    }

    @AfterEach
    void reset() {
        Messages.setLocale(Locale.KOREAN);
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return MainCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /** Every command path below the root: "status", "bench import", … */
    private static List<List<String>> commandPaths(CommandLine cl, List<String> prefix) {
        List<List<String>> all = new ArrayList<>();
        cl.getSubcommands().forEach((name, sub) -> {
            if (name.equals("help")) {
                return;
            }
            List<String> path = new ArrayList<>(prefix);
            path.add(name);
            all.add(path);
            all.addAll(commandPaths(sub, path));
        });
        return all;
    }

    @Test
    void topLevelHelpListsTheAppOptionsAndTheExitCodes() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("--data-dir", "--lang", "--font-scale", "--snapshot", "--exit-after-shown",
                "Exit codes: 0 ok, 1 user error", "2 bad input file");
    }

    @Test
    void everyCommandAcceptsHelpInBothFormsWithoutAPicocliWarning() {
        List<List<String>> paths = commandPaths(new CommandLine(new MainCommand()), List.of());
        assertThat(paths).extracting(p -> String.join(" ", p)).contains("estimate", "status", "district", "bench import");
        PrintStream original = System.err;
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            for (List<String> path : paths) {
                for (String flag : new String[] {"--help", "-h"}) {
                    List<String> args = new ArrayList<>(path);
                    args.add(flag);
                    assertThat(run(args.toArray(String[]::new))).as(String.join(" ", args) + ": " + err).isZero();
                    assertThat(out.toString()).as(String.join(" ", args)).startsWith("Usage: sanggwon " + String.join(" ", path));
                }
            }
        } finally {
            System.setErr(original);
        }
        // picocli writes format warnings (an unescaped % in a description) to System.err
        assertThat(stderr.toString(StandardCharsets.UTF_8)).doesNotContain("WARN");
        assertThat(err.toString()).isEmpty();
        run("estimate", "--help");
        assertThat(out.toString()).contains("80%").doesNotContain("80%%");
    }

    @Test
    void aMissingArgumentOrUnknownOptionIsAUserErrorWithWhereToFindHelp() {
        assertThat(run("--data-dir", dir.toString(), "district")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("CODE", "district --help");
        assertThat(run("--data-dir", dir.toString(), "estimate", "--district", "3110001")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("--industry", "estimate --help");
        assertThat(run("--data-dir", dir.toString(), "status", "--nope")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("--nope");
        assertThat(run("--data-dir", dir.toString(), "lookalike", "3110001", "--top", "many")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(run("--data-dir", dir.toString(), "bench")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(run("--data-dir", dir.toString())).isEqualTo(MainCommand.USER_ERROR);
    }

    @Test
    void aLanguageOtherThanKoreanOrEnglishIsRefused() {
        assertThat(run("--lang", "fr", "--data-dir", dir.toString(), "status")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("fr", "ko", "en");
        assertThat(out.toString()).isEmpty();
        assertThat(run("--lang", "EN", "--data-dir", dir.toString(), "status")).isZero();
        assertThat(out.toString()).contains("Data folder");
    }

    @Test
    void aFontScaleOutside100To200IsRefusedForTheAppAndTheCli() {
        assertThat(run("--font-scale", "300", "--data-dir", dir.toString(), "status")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("300", "100", "200");

        StringWriter appErr = new StringWriter();
        assertThat(MainCommand.checkAppOptions(new PrintWriter(appErr, true), "--font-scale", "300")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(MainCommand.checkAppOptions(new PrintWriter(appErr, true), "--lang", "fr")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(MainCommand.checkAppOptions(new PrintWriter(appErr, true), "--font-scale", "big")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(appErr.toString()).contains("300", "fr", "big");
        StringWriter none = new StringWriter();
        assertThat(MainCommand.checkAppOptions(new PrintWriter(none, true), "--lang", "en", "--font-scale", "150", "--snapshot", "a.png",
                "--exit-after-shown", "--data-dir", dir.toString())).isZero();
        assertThat(MainCommand.checkAppOptions(new PrintWriter(none, true), "--font-scale=1.5")).isZero();
        assertThat(none.toString()).isEmpty();
    }
}
