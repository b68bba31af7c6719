package kr.sanggwon.consult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kr.sanggwon.AppContext;
import kr.sanggwon.backup.BackupRestore;
import kr.sanggwon.backup.ClientPurge;
import kr.sanggwon.store.BackupFolder;
import kr.sanggwon.store.BackupReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 20 distinctive strings of {@link PersonalDataScanTest} through backups, a client file and a restore: readable in
 * none of those files; the client file and the backup round-trip; a wrong passphrase adds nothing; after a purge the
 * purged client's sealed bytes are in neither the compacted database file nor any backup left.
 */
class TrustRoundTripTest {
    static final List<String> SECRETS = PersonalDataScanTest.SECRETS;
    static final char[] TRANSFER = "이사 가는 노트북 2026".toCharArray();

    @TempDir
    Path dir;

    @Test
    void backupsClientFilesAndPurgeKeepPersonalDataSealedAndGone() throws Exception {
        Path ws = dir.resolve("ws");
        Path exported = dir.resolve("exports").resolve("client" + ClientTransfer.EXTENSION);
        Files.createDirectories(exported.getParent());
        long a;
        long b;
        byte[] purgedName;
        Path backup;
        try (AppContext app = AppContext.openFolder(ws)) {
            ConsultService s = ConsultFixture.unlocked(app);
            Client ca = s.addClient(new ClientInput(SECRETS.get(0), SECRETS.get(1), SECRETS.get(2), SECRETS.get(3), "CS100001",
                    70_000_000L, SECRETS.get(6), SECRETS.get(7)));
            Client cb = s.addClient(new ClientInput(SECRETS.get(8), SECRETS.get(9), SECRETS.get(10), SECRETS.get(11), null, null,
                    SECRETS.get(14), SECRETS.get(12)));
            a = ca.id();
            b = cb.id();
            Consultation k = s.addConsultation(a, new ConsultationInput(LocalDate.of(2026, 3, 2), SECRETS.get(15),
                    SECRETS.get(13), SECRETS.get(16), LocalDate.of(2026, 3, 20)));
            s.addConsultation(b, new ConsultationInput(LocalDate.of(2026, 3, 3), SECRETS.get(17), SECRETS.get(5), SECRETS.get(4), null));
            s.saveSnapshot(k.id(), new ScenarioSnapshot(ScenarioSnapshot.SCHEMA, SECRETS.get(19), Instant.now().toString(), "ko", 0,
                    "3110001", "테스트상권", "종로구", "CS100001", "한식음식점", null, null, null, null, List.of()));
            s.setConsultantName(SECRETS.get(18));
            backup = app.backups().backup(BackupReason.MANUAL).file();

            // the client file round-trips into a second workspace; a wrong passphrase there adds nothing
            new ClientTransfer(s, 1_000).export(a, exported, TRANSFER.clone());
            purgedName = sealed(app, "SELECT name_enc FROM consult_client WHERE id = " + b);
        }
        try (AppContext other = AppContext.openFolder(dir.resolve("other-laptop"))) {
            ConsultService s2 = ConsultFixture.unlocked(other);
            ClientTransfer t = new ClientTransfer(s2, 1_000);
            assertThatThrownBy(() -> t.importFile(exported, "틀린 암호입니다만".toCharArray()))
                    .isInstanceOfSatisfying(ConsultException.class, e -> assertThat(e.key()).isEqualTo("transfer.wrongPassphraseOrDamaged"));
            byte[] bytes = Files.readAllBytes(exported);
            bytes[bytes.length / 2] ^= 1;
            Path damaged = dir.resolve("damaged" + ClientTransfer.EXTENSION);
            Files.write(damaged, bytes);
            assertThatThrownBy(() -> t.importFile(damaged, TRANSFER.clone())).isInstanceOf(ConsultException.class);
            assertThat(s2.clients()).isEmpty();
            Client moved = t.importFile(exported, TRANSFER.clone());
            assertThat(moved.name()).isEqualTo(SECRETS.get(0));
            assertThat(moved.budget()).isEqualTo(70_000_000L);
            List<Consultation> ks = s2.consultations(moved.id());
            assertThat(ks).singleElement().satisfies(k -> {
                assertThat(k.place()).isEqualTo(SECRETS.get(15));
                assertThat(k.followUpOn()).isEqualTo(LocalDate.of(2026, 3, 20));
                assertThat(s2.scenarios(k.id())).singleElement().satisfies(sc -> assertThat(sc.snapshot().title()).isEqualTo(SECRETS.get(19)));
            });
        }

        // backup → restore round trip: a client deleted after the backup comes back
        try (AppContext app = AppContext.openFolder(ws)) {
            ConsultService s = unlock(app);
            s.deleteClient(a);
            app.backups().prepareRestore(backup);
        }
        BackupRestore.replace(backup, ws);
        try (AppContext app = AppContext.openFolder(ws)) {
            assertThat(unlock(app).client(a).name()).isEqualTo(SECRETS.get(0));
        }

        // nothing readable in any file: database, backups, the client file, logs, temp
        assertThat(scan(dir, SECRETS)).isEmpty();

        // purge b: its sealed name is in the database and the backups before, in none after
        assertThat(filesContaining(dir.resolve("ws"), purgedName)).isNotEmpty();
        try (AppContext app = AppContext.openFolder(ws)) {
            unlock(app).deleteClient(b);
        }
        ClientPurge.Result r = ClientPurge.compactAndRotate(ws);
        assertThat(r.backupsDeleted()).isGreaterThanOrEqualTo(2);
        assertThat(new BackupFolder(ws).list()).extracting(BackupFolder.Entry::reason).containsExactly(BackupReason.PURGE);
        assertThat(filesContaining(ws, purgedName)).isEmpty();
        try (AppContext app = AppContext.openFolder(ws)) {
            ConsultService s = unlock(app);
            assertThat(s.clients()).extracting(Client::id).containsExactly(a);
            assertThat(app.backups().verify(r.freshBackup()).ok()).isTrue();
        }
    }

    private static ConsultService unlock(AppContext app) {
        ConsultService s = ConsultFixture.service(app, java.time.Clock.systemUTC(), java.time.Duration.ofMinutes(10));
        s.vault().unlock(ConsultFixture.PASS.toCharArray());
        return s;
    }

    private static byte[] sealed(AppContext app, String sql) throws Exception {
        try (Connection c = app.database().connection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getBytes(1);
        }
    }

    /** Files under {@code root} holding {@code needle}; backups are searched inside their ZIP entries too. */
    static List<String> filesContaining(Path root, byte[] needle) throws Exception {
        List<String> out = new ArrayList<>();
        for (Path f : files(root)) {
            for (byte[] content : contents(f)) {
                if (PersonalDataScanTest.indexOf(content, needle) >= 0) {
                    out.add(f.toString());
                }
            }
        }
        return out;
    }

    static List<String> scan(Path root, List<String> secrets) throws Exception {
        List<String> found = new ArrayList<>();
        List<Path> all = files(root);
        assertThat(all).anyMatch(f -> f.toString().endsWith(".sgbak")).anyMatch(f -> f.toString().endsWith(ClientTransfer.EXTENSION));
        for (Path f : all) {
            for (byte[] content : contents(f)) {
                for (String secret : secrets) {
                    for (Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
                            Charset.forName("MS949"))) {
                        if (PersonalDataScanTest.indexOf(content, secret.getBytes(cs)) >= 0) {
                            found.add(secret + " in " + f + " (" + cs + ")");
                        }
                    }
                }
            }
        }
        return found;
    }

    private static List<Path> files(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    /** The file's bytes, and for a ZIP (a backup) each entry's uncompressed bytes as well. */
    private static List<byte[]> contents(Path f) throws Exception {
        List<byte[]> out = new ArrayList<>();
        out.add(Files.readAllBytes(f));
        if (f.toString().endsWith(".sgbak")) {
            try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(f.toFile())) {
                var entries = z.entries();
                while (entries.hasMoreElements()) {
                    try (var in = z.getInputStream(entries.nextElement())) {
                        out.add(in.readAllBytes());
                    }
                }
            }
        }
        return out;
    }
}
