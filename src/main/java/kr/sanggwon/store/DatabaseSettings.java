package kr.sanggwon.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The per-user file that remembers which database to use and its credentials ({@value #FILE_NAME} in the user's config
 * folder). It holds a password, so on POSIX systems it is written readable by its owner only (rw-------), through a
 * temporary file that never has wider permissions; on Windows the per-user AppData folder already belongs to the user.
 */
public final class DatabaseSettings {
    public static final String FILE_NAME = "database.properties";
    /** Tests point the config folder elsewhere with this system property. */
    public static final String DIR_PROPERTY = "sanggwon.configDir";
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /** What the file says; every field may be null. */
    public record Saved(String url, String user, String password) {
        public static final Saved NONE = new Saved(null, null, null);

        @Override
        public String toString() {
            return "Saved[" + Redact.url(url) + ", user=" + user + (password == null ? "" : ", password=" + Redact.MASK) + "]";
        }
    }

    private final Path file;

    public DatabaseSettings(Path file) {
        this.file = file;
    }

    /** The settings file of the user running the app. */
    public static DatabaseSettings forUser() {
        return new DatabaseSettings(configFolder(System.getProperty(DIR_PROPERTY), System.getenv(),
                System.getProperty("os.name", ""), System.getProperty("user.home", ".")).resolve(FILE_NAME));
    }

    static Path configFolder(String override, Map<String, String> env, String osName, String userHome) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return Path.of(appData != null ? appData : userHome, "SanggwonDesk");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "SanggwonDesk");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".config")).resolve("sanggwon-desk");
    }

    public Path file() {
        return file;
    }

    /** The saved settings, or {@link Saved#NONE} when there is no file (or it cannot be read). */
    public Saved read() {
        if (!Files.isRegularFile(file)) {
            return Saved.NONE;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new StoreException("store.db.settingsUnreadable", file, e.getClass().getSimpleName());
        }
        return new Saved(p.getProperty("url"), p.getProperty("user"), p.getProperty("password"));
    }

    /** Saves the choice: a server URL with its credentials, or {@code url == null} for the embedded database. */
    public void write(Saved saved) {
        Properties p = new Properties();
        if (saved.url() != null && !saved.url().isBlank()) {
            p.setProperty("url", saved.url().strip());
            if (saved.user() != null && !saved.user().isBlank()) {
                p.setProperty("user", saved.user().strip());
            }
            if (saved.password() != null && !saved.password().isEmpty()) {
                p.setProperty("password", saved.password());
            }
        }
        try {
            Files.createDirectories(file.getParent());
            Path temp = createOwnerOnly(file.getParent());
            try {
                try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    p.store(w, "Sanggwon Desk database (written by the app; holds a password: keep it private)");
                }
                try {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
            if (posix()) {
                // an older file may have had wider permissions: the move keeps the temp file's, but be explicit
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        } catch (IOException e) {
            throw new StoreException("store.db.settingsUnwritable", file, e.getClass().getSimpleName());
        }
    }

    private static Path createOwnerOnly(Path folder) throws IOException {
        if (posix()) {
            return Files.createTempFile(folder, ".database", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        return Files.createTempFile(folder, ".database", ".tmp");
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
