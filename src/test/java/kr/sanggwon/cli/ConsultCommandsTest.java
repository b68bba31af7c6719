package kr.sanggwon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import kr.sanggwon.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** client / consult commands: passphrase from the environment, JSON, validation as exit code 1 with the message. */
class ConsultCommandsTest {
    @TempDir
    Path dir;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Map<String, String> env = new java.util.HashMap<>();

    @BeforeEach
    void setUp() {
        Messages.setLocale(Locale.KOREAN);
        CasePassphrase.environment = env::get;
    }

    @AfterEach
    void restore() {
        CasePassphrase.environment = System::getenv;
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return MainCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
    }

    @Test
    void withoutAPassphraseTheCommandSaysWhereToPutIt() {
        assertThat(run("client", "list")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("SANGGWON_PASSPHRASE");
    }

    @Test
    void clientsAndConsultationsRoundTripThroughTheCommandLine() {
        env.put("SANGGWON_PASSPHRASE", "상담용 암호 2026");
        assertThat(run("client", "add", "--name", "오세린", "--phone", "010-3030-4040", "--budget", "5000", "--json")).isZero();
        assertThat(out.toString()).contains("\"name\" : \"오세린\"", "\"budget\" : 50000000");
        assertThat(run("client", "add", "--name", "  ")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("고객 이름을 입력하세요");

        assertThat(run("consult", "add", "--client", "1", "--date", "2026-02-30")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("없는 날짜입니다: 2026-02-30");
        assertThat(run("consult", "add", "--client", "1", "--date", "2026-03-02", "--place", "성수동",
                "--follow-up", "2026-03-20")).isZero();
        assertThat(run("consult", "followups", "--from", "2026-03-01", "--json")).isZero();
        assertThat(out.toString()).contains("\"followUpOn\" : \"2026-03-20\"", "\"name\" : \"오세린\"");
        assertThat(run("client", "list", "--search", "3030")).isZero();
        assertThat(out.toString()).contains("오세린");

        env.put("SANGGWON_PASSPHRASE", "틀린 암호입니다만");
        assertThat(run("client", "list")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("암호가 틀렸습니다");
    }
}
