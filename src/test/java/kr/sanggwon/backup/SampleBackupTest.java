package kr.sanggwon.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import kr.sanggwon.AppContext;
import kr.sanggwon.TestData;
import kr.sanggwon.common.Progress;
import kr.sanggwon.store.BackupReason;
import kr.sanggwon.workspace.WorkspaceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample workspace is not backed up before its imports (the bundled sample reloads it), an own one is. */
class SampleBackupTest {
    @TempDir
    Path dir;

    @Test
    void importsIntoTheSampleTakeNoBackupImportsIntoOwnDataDo() throws Exception {
        Path file = TestData.require(TestData.seoul("상주인구-상권"));
        for (WorkspaceKind kind : WorkspaceKind.values()) {
            try (AppContext app = AppContext.openFolder(dir.resolve(kind.name()))) {
                app.workspaceMarker().mark(kind, kind.name());
                app.importService().importFile(file, Progress.NONE);
                app.importService().importFile(file, Progress.NONE);
                assertThat(app.backups().list()).as(kind.name()).hasSize(kind == WorkspaceKind.SAMPLE ? 0 : 1)
                        .allMatch(e -> e.reason() == BackupReason.IMPORT);
            }
        }
    }
}
