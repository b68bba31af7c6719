package kr.sanggwon.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseSettingsTest {

    @Test
    void savesAndReadsTheServerWithItsCredentialsReadableByTheOwnerOnly(@TempDir Path dir) throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path file = dir.resolve("conf").resolve(DatabaseSettings.FILE_NAME);
        DatabaseSettings settings = new DatabaseSettings(file);
        settings.write(new DatabaseSettings.Saved("jdbc:postgresql://office:5432/desk", "kim", "pa=ss word"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(settings.read()).isEqualTo(new DatabaseSettings.Saved("jdbc:postgresql://office:5432/desk", "kim", "pa=ss word"));
        try (Stream<Path> left = Files.list(file.getParent())) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void aWiderFileIsNarrowedWhenSavedAgainAndEmbeddedClearsTheServer(@TempDir Path dir) throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path file = dir.resolve(DatabaseSettings.FILE_NAME);
        Files.writeString(file, "url=jdbc:postgresql://oldserver/x\npassword=oldpw\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        DatabaseSettings settings = new DatabaseSettings(file);
        settings.write(new DatabaseSettings.Saved(null, "ignored", "ignored"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(settings.read()).isEqualTo(new DatabaseSettings.Saved(null, null, null));
        assertThat(Files.readString(file)).doesNotContain("oldserver").doesNotContain("oldpw").doesNotContain("ignored");
    }

    @Test
    void noFileMeansNothingSaved(@TempDir Path dir) {
        assertThat(new DatabaseSettings(dir.resolve("none.properties")).read()).isEqualTo(DatabaseSettings.Saved.NONE);
    }

    @Test
    void theFileSitsInTheUsersConfigFolder() {
        assertThat(DatabaseSettings.configFolder(null, Map.of(), "Linux", "/home/kim"))
                .isEqualTo(Path.of("/home/kim/.config/sanggwon-desk"));
        assertThat(DatabaseSettings.configFolder(null, Map.of("XDG_CONFIG_HOME", "/x"), "Linux", "/home/kim"))
                .isEqualTo(Path.of("/x/sanggwon-desk"));
        assertThat(DatabaseSettings.configFolder(null, Map.of("APPDATA", "C:/u/AppData"), "Windows 11", "C:/u"))
                .isEqualTo(Path.of("C:/u/AppData", "SanggwonDesk"));
        assertThat(DatabaseSettings.configFolder("/tmp/elsewhere", Map.of(), "Linux", "/home/kim")).isEqualTo(Path.of("/tmp/elsewhere"));
    }
}
