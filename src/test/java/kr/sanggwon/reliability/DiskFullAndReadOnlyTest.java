package kr.sanggwon.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import kr.sanggwon.TestData;
import kr.sanggwon.cli.MainCommand;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Progress;
import kr.sanggwon.common.UserException;
import kr.sanggwon.ingest.ImportService;
import kr.sanggwon.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder on a small tmpfs: made read-only (remount), and filled to the last bytes. Needs permission to mount
 * (Linux, root or CAP_SYS_ADMIN); elsewhere the test is skipped and docs/RELIABILITY.md says what was not tested.
 */
class DiskFullAndReadOnlyTest {
    @TempDir
    Path temp;
    Path mount;

    @BeforeEach
    void mountTmpfs() throws Exception {
        mount = Files.createDirectories(temp.resolve("mnt"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=12m", "tmpfs", mount.toString()) == 0,
                "cannot mount a tmpfs here (needs root or CAP_SYS_ADMIN on Linux)");
        Messages.setLocale(Locale.KOREAN);
    }

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            run("umount", mount.toString());
        }
    }

    @Test
    void aReadOnlyDataFolderGivesAClearMessageAndExitCodeAtCliStart() throws Exception {
        Path data = mount.resolve("data");
        try (Database db = Database.open(data)) {
            new ImportService(db).importFile(TestData.require(TestData.seoul("상주인구-상권")), Progress.NONE);
        }
        assertThat(run("mount", "-o", "remount,ro", mount.toString())).isZero();
        for (String[] command : new String[][] {{"status"}, {"import", TestData.seoul("상주인구-상권").toString()}}) {
            StringWriter err = new StringWriter();
            String[] args = new String[command.length + 2];
            args[0] = "--data-dir";
            args[1] = data.toString();
            System.arraycopy(command, 0, args, 2, command.length);
            int exit = MainCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
            assertThat(exit).as(err.toString()).isEqualTo(MainCommand.USER_ERROR);
            assertThat(err.toString()).contains(Messages.get("store.readOnly", data)).doesNotContain("Exception");
        }
        assertThat(Messages.get(Locale.ENGLISH, "store.readOnly", data)).contains("read-only", data.toString());
        assertThat(run("mount", "-o", "remount,rw", mount.toString())).isZero();
        try (Database db = Database.open(data)) {
            assertThat(TableFingerprint.of(db).get("RESIDENT_Q")).startsWith("50:");
        }
    }

    /**
     * An import that hits a full disk is refused with the disk-full message and leaves the database exactly as before
     * (reopened after space is freed).
     */
    @Test
    void aFullDiskFailsTheImportAndChangesNothing() throws Exception {
        Path data = mount.resolve("data");
        Map<String, String> before = null;
        Throwable failure = null;
        Path filler = null;
        try (Database db = Database.open(data)) {
            new ImportService(db).importFile(TestData.require(TestData.seoul("상주인구-상권")), Progress.NONE);
            before = TableFingerprint.of(db);
            filler = fill(mount.resolve("filler.bin"), 96 * 1024);
            try {
                new ImportService(db).importFile(TestData.require(TestData.seoul("집객시설-상권")), Progress.NONE);
            } catch (RuntimeException e) {
                failure = e;
            }
        } catch (RuntimeException closing) {
            // H2 may refuse to close a store that could not write; the reopen below is what matters
        }
        assertThat(failure).as("the import must fail on a full disk").isInstanceOfSatisfying(UserException.class, e -> {
            assertThat(e.key()).isEqualTo("ingest.error.diskFull");
            assertThat(Messages.get(Locale.KOREAN, e.key(), e.args())).contains("디스크가 가득 찼습니다");
            assertThat(Messages.get(Locale.ENGLISH, e.key(), e.args())).contains("is full");
        });
        Files.delete(filler);
        try (Database db = Database.open(data)) {
            assertThat(before).isNotNull();
            assertThat(TableFingerprint.of(db)).isEqualTo(before);
        }
    }

    /** Fills the file system until only about {@code leave} bytes are free. */
    private static Path fill(Path file, long leave) throws IOException {
        long free = Files.getFileStore(file.getParent()).getUsableSpace();
        try (OutputStream o = Files.newOutputStream(file)) {
            byte[] chunk = new byte[4096];
            for (long left = free - leave; left > 0; left -= chunk.length) {
                o.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
        }
        return file;
    }

    private static int run(String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor();
        } catch (IOException e) {
            return -1;
        }
    }
}
