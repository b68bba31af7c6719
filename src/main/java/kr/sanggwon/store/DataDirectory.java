package kr.sanggwon.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Finds the per-user folder that holds the database: --data-dir, then SANGGWON_HOME, then the OS app-data folder. */
public final class DataDirectory {
    public static final String ENV = "SANGGWON_HOME";
    private static final String APP = "SanggwonDesk";

    private DataDirectory() {
    }

    public static Path resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static Path resolve(Path explicit, Map<String, String> env, String osName, String userHome) {
        if (explicit != null) {
            return explicit.toAbsolutePath().normalize();
        }
        String home = env.get(ENV);
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return Path.of(appData != null ? appData : userHome, APP);
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", APP);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("sanggwon-desk");
    }
}
