package kr.sanggwon.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import kr.sanggwon.AppContext;
import kr.sanggwon.common.Progress;
import kr.sanggwon.common.UserException;
import kr.sanggwon.consult.ClientInput;
import kr.sanggwon.workspace.Workspace;
import kr.sanggwon.workspace.WorkspaceHome;
import kr.sanggwon.workspace.WorkspaceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The class copy is restored by a file copy and never touches the consultant's own workspace or client files. */
class LessonSandboxTest {
    @TempDir
    Path home;

    @Test
    void aLessonRunAndResetLeaveTheRealWorkspaceAndItsClientsByteIdentical() throws Exception {
        WorkspaceHome workspaces = WorkspaceHome.open(home);
        Workspace own = workspaces.newOwn("내 데이터");
        try (AppContext app = AppContext.openFolder(own.folder())) {
            app.workspaceMarker().mark(WorkspaceKind.OWN, own.name());
            char[] pass = "수업 전에 만든 상담 2026!".toCharArray();
            app.consult().vault().setUp(pass, pass.clone());
            app.consult().addClient(new ClientInput("김민지", "010-1234-5678", null, "동네 빵집", "CS100005", 50_000_000L, null, null));
        }
        Map<String, String> before = digests(home);

        LessonSandbox sandbox = new LessonSandbox(home, false);
        sandbox.prepare(Progress.NONE);
        long districts = districts(sandbox.classFolder());
        assertThat(districts).isGreaterThan(10);
        // a class changes its copy (here: throws districts away), then the instructor resets it
        try (AppContext app = AppContext.openFolder(sandbox.classFolder())) {
            try (Connection c = app.database().connection(); Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM district_feature");
            }
        }
        new SeatProgress(sandbox.classFolder()).record("3번", "read-district", 2);
        assertThat(sandbox.reset()).isLessThan(java.time.Duration.ofSeconds(30));
        assertThat(count(sandbox.classFolder(), "SELECT COUNT(*) FROM district_feature")).isGreaterThan(0);
        assertThat(districts(sandbox.classFolder())).isEqualTo(districts);
        assertThat(new SeatProgress(sandbox.classFolder()).stepsDone("3번", "read-district")).as("progress survives a reset").isEqualTo(2);

        assertThat(digests(home)).as("every file outside the class folders").isEqualTo(before);
        try (AppContext app = AppContext.openFolder(sandbox.classFolder())) {
            assertThat(app.workspaceMarker().kind()).contains(WorkspaceKind.SAMPLE);
        }
    }

    @Test
    void aResetWhileTheClassDataIsOpenIsRefusedAndChangesNothing() throws Exception {
        LessonSandbox sandbox = new LessonSandbox(home, false);
        sandbox.prepare(Progress.NONE);
        try (AppContext app = AppContext.openFolder(sandbox.classFolder())) {
            assertThatThrownBy(sandbox::reset).isInstanceOf(UserException.class)
                    .satisfies(e -> assertThat(((UserException) e).key()).isEqualTo("lesson.error.inUse"));
            assertThat(districts(sandbox.classFolder(), app)).isGreaterThan(10);
        }
    }

    @Test
    void aResetBeforeTheSampleWasPreparedSaysHowToPrepareIt() {
        assertThatThrownBy(() -> new LessonSandbox(home).reset()).isInstanceOf(UserException.class)
                .satisfies(e -> assertThat(((UserException) e).key()).isEqualTo("lesson.error.notPrepared"));
    }

    private static long districts(Path folder) throws Exception {
        return count(folder, "SELECT COUNT(*) FROM district");
    }

    private static long districts(Path folder, AppContext open) throws Exception {
        try (Connection c = open.database().connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM district")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long count(Path folder, String sql) throws Exception {
        try (AppContext app = AppContext.openFolder(folder); Connection c = app.database().connection();
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** SHA-256 of every file of the home except the two class folders. */
    private static Map<String, String> digests(Path home) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(home)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                Path rel = home.relativize(p);
                String top = rel.getName(0).toString();
                if (top.equals(LessonSandbox.WORKSPACE_ID) || top.startsWith(LessonSandbox.PRISTINE)) {
                    continue;
                }
                out.put(rel.toString(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        }
        return out;
    }
}
