package kr.sanggwon.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * One backup file: a ZIP holding the H2 database file as H2's own online {@code BACKUP TO} wrote it (consistent while
 * other connections work) and a manifest with its SHA-256, size, schema and data version. A file whose bytes do not
 * match its manifest (a flipped bit, a truncated copy) is refused before anything is restored from it.
 */
public final class BackupArchive {
    public static final String EXTENSION = ".sgbak";
    static final String FORMAT = "sanggwon-backup/1";
    static final String DB_ENTRY = "sanggwon.mv.db";
    static final String MANIFEST_ENTRY = "manifest.properties";

    private BackupArchive() {
    }

    /** What a backup says about itself. */
    public record Manifest(String reason, Instant createdAt, String schemaVersion, long dataVersion, String workspaceKind,
                           long databaseBytes, String sha256) {
    }

    /**
     * Writes a backup of the open database behind {@code c} to {@code target}: written beside it under a temporary
     * name, forced to disk, then renamed, so a crash leaves either no backup or a whole one.
     */
    public static Manifest write(Connection c, Path target, String reason) throws SQLException, IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path h2Zip = dir.resolve(".h2-" + target.getFileName() + ".zip");
        Path part = dir.resolve(target.getFileName() + ".part");
        try {
            Files.deleteIfExists(h2Zip);
            try (Statement st = c.createStatement()) {
                st.execute("BACKUP TO '" + h2Zip.toString().replace("'", "''") + "'");
            }
            String schema = schemaVersion(c);
            long dataVersion = DataVersionService.read(c);
            String kind = workspaceKind(c);
            MessageDigest sha = sha256();
            long size = 0;
            try (ZipFile h2 = new ZipFile(h2Zip.toFile());
                 OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
                 ZipOutputStream zip = new ZipOutputStream(out)) {
                ZipEntry db = databaseEntry(h2);
                if (db == null) {
                    throw new IOException("H2 wrote no database file into its backup");
                }
                zip.putNextEntry(new ZipEntry(DB_ENTRY));
                try (InputStream in = new DigestInputStream(h2.getInputStream(db), sha)) {
                    size = in.transferTo(zip);
                }
                zip.closeEntry();
                Manifest m = new Manifest(reason, Instant.now(), schema, dataVersion, kind, size, HexFormat.of().formatHex(sha.digest()));
                zip.putNextEntry(new ZipEntry(MANIFEST_ENTRY));
                toProperties(m).store(zip, FORMAT);
                zip.closeEntry();
                zip.finish();
                force(part);
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
                return m;
            }
        } finally {
            Files.deleteIfExists(h2Zip);
            Files.deleteIfExists(part);
        }
    }

    /** Reads the whole file and checks it against its manifest; a damaged file is a {@link StoreException}. */
    public static Manifest check(Path archive) {
        return copyDatabase(archive, null);
    }

    /**
     * Checks the file and writes its database file to {@code databaseFile} (through a temporary name; the target is
     * replaced only when every byte matched the manifest).
     */
    public static Manifest extract(Path archive, Path databaseFile) {
        return copyDatabase(archive, databaseFile);
    }

    private static Manifest copyDatabase(Path archive, Path databaseFile) {
        Path part = databaseFile == null ? null : databaseFile.resolveSibling(databaseFile.getFileName() + ".restoring");
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ZipEntry me = zip.getEntry(MANIFEST_ENTRY);
            ZipEntry db = zip.getEntry(DB_ENTRY);
            if (me == null || db == null) {
                throw corrupt(archive, "no manifest or database entry");
            }
            Properties p = new Properties();
            try (InputStream in = zip.getInputStream(me)) {
                p.load(in);
            }
            Manifest m = fromProperties(archive, p);
            MessageDigest sha = sha256();
            long size;
            try (InputStream in = new DigestInputStream(zip.getInputStream(db), sha);
                 OutputStream out = part == null ? OutputStream.nullOutputStream()
                         : Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING)) {
                size = in.transferTo(out);
            }
            String digest = HexFormat.of().formatHex(sha.digest());
            if (size != m.databaseBytes() || !digest.equals(m.sha256())) {
                throw corrupt(archive, "checksum mismatch");
            }
            if (part != null) {
                force(part);
                Files.move(part, databaseFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return m;
        } catch (IOException | RuntimeException e) {
            if (e instanceof StoreException se) {
                throw se;
            }
            throw corrupt(archive, e.getClass().getSimpleName());
        } finally {
            if (part != null) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException ignored) {
                    // a leftover .restoring file is never opened
                }
            }
        }
    }

    private static ZipEntry databaseEntry(ZipFile h2) {
        Enumeration<? extends ZipEntry> entries = h2.entries();
        while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            if (e.getName().endsWith(".mv.db")) {
                return e;
            }
        }
        return null;
    }

    /** The highest applied migration, or "0" for a database without history. */
    public static String schemaVersion(Connection c) throws SQLException {
        var applied = SchemaCheck.appliedVersions(c);
        if (applied == null || applied.isEmpty()) {
            return "0";
        }
        return applied.stream().max(BackupArchive::compareVersions).orElse("0");
    }

    /** The highest migration this build of the app ships ("0" when they cannot be listed). */
    public static String shippedSchemaVersion() {
        return SchemaCheck.shippedVersions().stream().max(BackupArchive::compareVersions).orElse("0");
    }

    /** Compares Flyway versions ("20" vs "110", "1.1") numerically part by part. */
    public static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? Long.parseLong(x[i]) : 0;
            long q = i < y.length ? Long.parseLong(y[i]) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    }

    private static String workspaceKind(Connection c) {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT kind FROM workspace")) {
            return rs.next() ? rs.getString(1) : "";
        } catch (SQLException e) {
            return "";
        }
    }

    private static Properties toProperties(Manifest m) {
        Properties p = new Properties();
        p.setProperty("format", FORMAT);
        p.setProperty("reason", m.reason());
        p.setProperty("createdAt", m.createdAt().toString());
        p.setProperty("schemaVersion", m.schemaVersion());
        p.setProperty("dataVersion", Long.toString(m.dataVersion()));
        p.setProperty("workspaceKind", m.workspaceKind());
        p.setProperty("databaseBytes", Long.toString(m.databaseBytes()));
        p.setProperty("sha256", m.sha256());
        return p;
    }

    private static Manifest fromProperties(Path archive, Properties p) {
        if (!FORMAT.equals(p.getProperty("format"))) {
            throw corrupt(archive, "unknown format");
        }
        try {
            return new Manifest(p.getProperty("reason", ""), Instant.parse(p.getProperty("createdAt")),
                    p.getProperty("schemaVersion", "0"), Long.parseLong(p.getProperty("dataVersion")),
                    p.getProperty("workspaceKind", ""), Long.parseLong(p.getProperty("databaseBytes")),
                    p.getProperty("sha256", ""));
        } catch (RuntimeException e) {
            throw corrupt(archive, "unreadable manifest");
        }
    }

    private static StoreException corrupt(Path archive, String why) {
        return new StoreException("backup.corrupt", archive.getFileName(), why);
    }

    private static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
