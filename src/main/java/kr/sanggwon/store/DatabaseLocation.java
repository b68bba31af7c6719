package kr.sanggwon.store;

import java.util.Locale;
import java.util.Map;

/**
 * Where the data lives: the embedded H2 database in the data folder (the default), or a shared PostgreSQL server
 * given by a JDBC URL with its user and password. {@link #toString()} never shows the password.
 */
public record DatabaseLocation(String url, String user, String password) {
    public static final String ENV_URL = "SANGGWON_DB_URL";
    public static final String ENV_USER = "SANGGWON_DB_USER";
    public static final String ENV_PASSWORD = "SANGGWON_DB_PASSWORD";
    /** The word that asks for the embedded database even when the settings file names a server. */
    public static final String EMBEDDED_WORD = "embedded";
    public static final DatabaseLocation EMBEDDED = new DatabaseLocation(null, null, null);
    static final String POSTGRES_PREFIX = "jdbc:postgresql:";
    private static final java.util.regex.Pattern URL_PASSWORD =
            java.util.regex.Pattern.compile("([?&])password=([^&]*)&?", java.util.regex.Pattern.CASE_INSENSITIVE);

    public DatabaseLocation {
        if (url != null && !url.toLowerCase(Locale.ROOT).startsWith(POSTGRES_PREFIX)) {
            throw new StoreException("store.db.badUrl", Redact.url(url));
        }
        user = blankToNull(user);
        password = password == null || password.isEmpty() ? null : password;
    }

    /** The embedded H2 database in the data folder. */
    public boolean embedded() {
        return url == null;
    }

    /**
     * The same server with a password typed into the URL ({@code ?password=…}) moved out of it: into {@link #password()}
     * when none was given separately, else dropped. The driver, the settings screen and the settings file then see a
     * URL without any password.
     */
    public DatabaseLocation passwordOutOfUrl() {
        if (embedded()) {
            return this;
        }
        java.util.regex.Matcher m = URL_PASSWORD.matcher(url);
        if (!m.find()) {
            return this;
        }
        String fromUrl = java.net.URLDecoder.decode(m.group(2), java.nio.charset.StandardCharsets.UTF_8);
        String stripped = m.replaceFirst(m.group(1).equals("?") ? "?" : "&").replaceAll("[?&]$", "");
        return new DatabaseLocation(stripped, user, password != null ? password : fromUrl);
    }

    /** The URL without its password, for messages and logs. */
    public String safeUrl() {
        return embedded() ? EMBEDDED_WORD : Redact.url(url);
    }

    /**
     * The database to use: {@code --db-url}, else {@value #ENV_URL}, else the settings file, else H2. User and password
     * come from {@value #ENV_USER}/{@value #ENV_PASSWORD}, else the settings file (a password may also sit in the URL).
     */
    public static DatabaseLocation resolve(String cliUrl, Map<String, String> env, DatabaseSettings.Saved saved) {
        String url = firstNonBlank(cliUrl, env.get(ENV_URL), saved.url());
        if (url == null || url.strip().equalsIgnoreCase(EMBEDDED_WORD)) {
            return EMBEDDED;
        }
        String user = firstNonBlank(env.get(ENV_USER), saved.user());
        String password = env.get(ENV_PASSWORD) != null && !env.get(ENV_PASSWORD).isEmpty() ? env.get(ENV_PASSWORD) : saved.password();
        return new DatabaseLocation(url.strip(), user, password);
    }

    /** {@link #resolve(String, Map, DatabaseSettings.Saved)} with this process's environment and the user's settings file. */
    public static DatabaseLocation resolve(String cliUrl) {
        return resolve(cliUrl, System.getenv(), DatabaseSettings.forUser().read());
    }

    @Override
    public String toString() {
        return "DatabaseLocation[" + safeUrl() + (user == null ? "" : ", user=" + user) + (password == null ? "" : ", password=" + Redact.MASK) + "]";
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
