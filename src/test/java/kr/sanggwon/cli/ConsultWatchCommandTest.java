package kr.sanggwon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import kr.sanggwon.common.Messages;
import kr.sanggwon.consult.WatchData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** consult watch add | list | changes | remove on constructed quarters: names resolved, JSON, refusals as exit 1. */
class ConsultWatchCommandTest {
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
        all[1] = dir.resolve("ws").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return MainCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
    }

    @Test
    void watchAddListChangesAndRemoveOnTheCommandLine() throws Exception {
        java.util.List<Path> older = WatchData.older(dir.resolve("files"));
        assertThat(run("import", "--no-train", older.get(0).toString(), older.get(1).toString())).isZero();
        env.put("SANGGWON_PASSPHRASE", "관심 목록 암호 2026");
        assertThat(run("client", "add", "--name", "서바다")).isZero();
        assertThat(run("consult", "watch", "add", "--client", "1", "--district", "가람골목", "--note", "2호점 후보")).isZero();
        assertThat(out.toString()).contains("서바다 님 · 가람골목 · 전체 업종");
        assertThat(run("consult", "watch", "add", "--client", "1", "--district", WatchData.INDEX_SWITCH, "--industry", "커피-음료",
                "--json")).isZero();
        assertThat(out.toString()).contains("\"district\" : \"" + WatchData.INDEX_SWITCH + "\"", "\"industry\" : \"CS100010\"");
        assertThat(run("consult", "watch", "add", "--client", "1", "--district", WatchData.STEADY, "--industry", "all")).isZero();
        assertThat(run("consult", "watch", "add", "--client", "1", "--district", "없는상권이름")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("없는상권이름");

        assertThat(run("consult", "watch", "list")).isZero();
        assertThat(out.toString()).contains("가람골목 · 전체 업종 — 2호점 후보", "나래시장 · 커피-음료", "다온거리 · 전체 업종");
        assertThat(run("consult", "watch", "changes")).isZero();
        assertThat(out.toString()).contains("최근 분기에 크게 움직인 관심 상권이 없습니다");

        java.util.List<Path> newest = WatchData.newest(dir.resolve("files"));
        assertThat(run("import", "--no-train", newest.get(0).toString(), newest.get(1).toString())).isZero();
        assertThat(out.toString()).contains("2024년 1분기 자료에서 관심 상권 3곳 중 2곳이 크게 움직였습니다 (고객 1명)");
        assertThat(run("consult", "watch", "changes", "--json")).isZero();
        String json = out.toString();
        assertThat(json).contains("\"districtName\" : \"가람골목\"", "\"metric\" : \"SALES\"", "\"districtName\" : \"나래시장\"",
                "\"metric\" : \"CHANGE_INDEX\"", "\"toCode\" : \"LH\"", "매출이 직전 분기보다 25.0% 늘었습니다").doesNotContain("다온거리");
        assertThat(run("consult", "watch", "changes")).isZero();
        assertThat(out.toString().lines().count()).isEqualTo(2);

        assertThat(run("consult", "watch", "remove", "2")).isZero();
        assertThat(out.toString()).contains("2번을 지웠습니다");
        assertThat(run("consult", "watch", "remove", "2")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(run("consult", "watch", "list", "--client", "1", "--json")).isZero();
        assertThat(out.toString()).doesNotContain("\"id\" : 2,");
        assertThat(run("consult", "watch", "--help")).isZero();
        assertThat(out.toString()).contains("add", "list", "remove", "changes");
    }
}
