package kr.sanggwon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import kr.sanggwon.AppContext;
import kr.sanggwon.TestData;
import kr.sanggwon.common.Messages;
import kr.sanggwon.workspace.WorkspaceHome;
import kr.sanggwon.workspace.WorkspaceKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line keeps the sample and real data apart, as the app does. */
class WorkspaceCommandsTest {
    @TempDir
    Path dir;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    @AfterEach
    void korean() {
        Messages.setLocale(Locale.KOREAN);
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return MainCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path sampleWorkspace() {
        Path sample = dir.resolve("sample");
        try (AppContext app = AppContext.openFolder(sample)) {
            app.workspaceMarker().mark(WorkspaceKind.SAMPLE, null);
        }
        return sample;
    }

    @Test
    void aRealImportIntoTheSampleWorkspaceIsRefusedWithExit2AndSaysWhatToDo() {
        Path sample = sampleWorkspace();
        String file = TestData.require(TestData.seoul("영역-상권")).toString();
        assertThat(run("--data-dir", sample.toString(), "import", "--no-train", file)).isEqualTo(MainCommand.BAD_INPUT);
        assertThat(err.toString()).contains("샘플 작업공간", "--data-dir", "--into-sample");
        assertThat(run("--data-dir", sample.toString(), "status", "--json")).isZero();
        assertThat(out.toString()).contains("\"workspace\" : \"SAMPLE\"").doesNotContain("영역-상권");

        assertThat(run("--lang", "en", "--data-dir", sample.toString(), "import", "--no-train", file)).isEqualTo(MainCommand.BAD_INPUT);
        assertThat(err.toString()).contains("is the sample workspace", "--data-dir NEW_FOLDER", "--into-sample");
    }

    @Test
    void intoSampleImportsIntoTheSampleWhenExplicitlyAsked() {
        Path sample = sampleWorkspace();
        String file = TestData.require(TestData.seoul("영역-상권")).toString();
        assertThat(run("--data-dir", sample.toString(), "import", "--no-train", "--into-sample", file)).isZero();
        assertThat(run("--data-dir", sample.toString(), "status", "--json")).isZero();
        assertThat(out.toString()).contains("\"workspace\" : \"SAMPLE\"", "영역-상권");
    }

    @Test
    void theFirstImportIntoAnEmptyFolderMakesItYourOwnAndSampleResetThenRefusesIt() {
        Path own = dir.resolve("mine");
        String file = TestData.require(TestData.seoul("영역-상권")).toString();
        assertThat(run("--data-dir", own.toString(), "import", "--no-train", file)).isZero();
        assertThat(run("--data-dir", own.toString(), "status")).isZero();
        assertThat(out.toString()).contains("작업공간: 내 데이터");
        assertThat(run("--data-dir", own.toString(), "sample", "--reset", "--yes", "--no-train")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("샘플 작업공간에서만");
        assertThat(run("--data-dir", own.toString(), "status", "--json")).isZero();
        assertThat(out.toString()).as("the real data is untouched").contains("\"districtsTrdar\" : 1650");
    }

    @Test
    void onTheAppsHomeTheCommandsUseTheWorkspaceInUseAndResetOnlyTouchesTheSample() {
        WorkspaceHome home = WorkspaceHome.open(dir);
        home.setCurrent(home.sample());
        sampleWorkspace();
        String file = TestData.require(TestData.seoul("영역-상권")).toString();
        assertThat(run("--data-dir", dir.toString(), "import", "--no-train", file)).as("the app is on the sample")
                .isEqualTo(MainCommand.BAD_INPUT);

        home.setCurrent(home.newOwn(null));
        assertThat(run("--data-dir", dir.toString(), "import", "--no-train", file)).isZero();
        assertThat(run("--data-dir", dir.resolve("own-1").toString(), "status", "--json")).isZero();
        assertThat(out.toString()).contains("\"workspace\" : \"OWN\"", "\"districtsTrdar\" : 1650");
    }
}
