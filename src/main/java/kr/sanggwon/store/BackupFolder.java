package kr.sanggwon.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code backups/} folder of one workspace: names backups by time and reason, lists them newest first and
 * rotates them (each {@link BackupReason} keeps its own number, so a day of imports cannot push out the daily ones).
 */
public final class BackupFolder {
    public static final String NAME = "backups";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final Pattern FILE = Pattern.compile("sanggwon-(\\d{8}-\\d{6}-\\d{3})-([a-z]+)\\" + BackupArchive.EXTENSION);

    private final Path dir;

    public BackupFolder(Path workspaceFolder) {
        this.dir = workspaceFolder.resolve(NAME);
    }

    public Path dir() {
        return dir;
    }

    /** One backup file of this folder. */
    public record Entry(Path file, LocalDateTime takenAt, BackupReason reason) {
    }

    /** Takes a backup of the open database behind {@code c} and rotates that reason's backups. */
    public Entry take(Connection c, BackupReason reason) throws SQLException, IOException {
        synchronized (BackupFolder.class) {
            return takeAlone(c, reason);
        }
    }

    private Entry takeAlone(Connection c, BackupReason reason) throws SQLException, IOException {
        dropLeftovers();
        LocalDateTime now = LocalDateTime.now(ZoneId.systemDefault());
        Path target = dir.resolve("sanggwon-" + STAMP.format(now) + "-" + reason.tag() + BackupArchive.EXTENSION);
        while (Files.exists(target)) {
            now = now.plusNanos(1_000_000);
            target = dir.resolve("sanggwon-" + STAMP.format(now) + "-" + reason.tag() + BackupArchive.EXTENSION);
        }
        BackupArchive.write(c, target, reason.tag());
        rotate(reason);
        return new Entry(target, now, reason);
    }

    /** Half-written files of a backup that was killed (they are never listed, but take room). */
    private void dropLeftovers() throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String n = f.getFileName().toString();
                if (n.startsWith(".h2-") || n.endsWith(".part")) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    /** Every backup here, newest first. */
    public List<Entry> list() {
        List<Entry> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(f -> {
                Matcher m = FILE.matcher(f.getFileName().toString());
                BackupReason r = m.matches() ? BackupReason.ofTag(m.group(2)) : null;
                if (r != null) {
                    out.add(new Entry(f, LocalDateTime.parse(m.group(1), STAMP), r));
                }
            });
        } catch (IOException e) {
            throw new StoreException("backup.cannotList", dir, e.getMessage());
        }
        out.sort(Comparator.comparing(Entry::takenAt).reversed());
        return out;
    }

    /** Deletes the oldest backups of {@code reason} beyond the number it keeps. */
    public void rotate(BackupReason reason) throws IOException {
        List<Entry> same = list().stream().filter(e -> e.reason() == reason).toList();
        for (Entry old : same.subList(Math.min(reason.kept(), same.size()), same.size())) {
            Files.deleteIfExists(old.file());
        }
    }
}
