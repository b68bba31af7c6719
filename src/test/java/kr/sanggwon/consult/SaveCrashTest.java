package kr.sanggwon.consult;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import kr.sanggwon.AppContext;
import kr.sanggwon.store.BackupArchive;
import kr.sanggwon.store.BackupFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 during saves of clients, consultations, scenarios and backups ({@link SaveLoop} in a child JVM): after every
 * kill the database opens, every save the child reported done is present and decrypts intact, and every backup file
 * in the folder passes its checksum (a killed backup leaves none, never half of one). {@code -Dcrash.saveKills=N}
 * (default 3), {@code -Dcrash.seed=S}.
 */
class SaveCrashTest {
    @TempDir
    Path dir;

    @Test
    void killedSavesAndBackupsLeaveEveryReportedSaveIntactAndNoHalfBackup() throws Exception {
        int kills = Integer.getInteger("crash.saveKills", 3);
        long seed = Long.getLong("crash.seed", System.nanoTime());
        Random random = new Random(seed);
        List<String> reported = new ArrayList<>();
        int backupsSeen = 0;
        for (int i = 0; i < kills; i++) {
            Process child = start("k" + i);
            List<String> lines = new CopyOnWriteArrayList<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        lines.add(line);
                    }
                } catch (java.io.IOException ignored) {
                    // the child was killed
                }
            });
            reader.setDaemon(true);
            reader.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (lines.stream().noneMatch(l -> l.startsWith("saved")) && System.nanoTime() < deadline && child.isAlive()) {
                Thread.sleep(20);
            }
            Thread.sleep(random.nextInt(3000));
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
            reader.join(5000);
            lines.stream().filter(l -> l.startsWith("saved ")).forEach(reported::add);
            backupsSeen += (int) lines.stream().filter(l -> l.startsWith("backup ")).count();
            try (AppContext app = AppContext.openFolder(dir)) {
                ConsultService s = ConsultFixture.service(app, Clock.systemUTC(), Duration.ofHours(1));
                s.vault().unlock(ConsultFixture.PASS.toCharArray());
                for (String line : reported) {
                    String[] p = line.split(" ");
                    Client c = s.client(Long.parseLong(p[1]));
                    assertThat(c.name()).as("kill %d (seed %d)", i, seed).isEqualTo(SaveLoop.name(p[2]));
                    List<Consultation> ks = s.consultations(c.id());
                    assertThat(ks).as("kill %d (seed %d)", i, seed).singleElement()
                            .satisfies(k -> assertThat(s.scenarios(k.id())).singleElement()
                                    .satisfies(sc -> assertThat(sc.snapshot().title()).isEqualTo("시나리오 " + p[2])));
                }
                // a client killed between its own save and its consultation's is allowed; nothing may fail to decrypt
                s.clients().forEach(c -> s.consultations(c.id()).forEach(k -> s.scenarios(k.id())));
            }
            for (BackupFolder.Entry e : new BackupFolder(dir).list()) {
                BackupArchive.check(e.file());
            }
            try (var files = Files.list(dir.resolve(BackupFolder.NAME))) {
                assertThat(files.filter(f -> !f.getFileName().toString().startsWith(".") && !f.toString().endsWith(".part"))
                        .allMatch(f -> f.toString().endsWith(BackupArchive.EXTENSION))).isTrue();
            } catch (java.nio.file.NoSuchFileException none) {
                // no backup was reached yet
            }
        }
        System.getLogger(SaveCrashTest.class.getName()).log(System.Logger.Level.INFO,
                "save crash test: " + kills + " kills, " + reported.size() + " saves reported and found intact, "
                        + backupsSeen + " backups reported, seed " + seed);
        assertThat(reported).isNotEmpty();
    }

    private Process start(String tag) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(java, "-Xmx256m", "-cp", cp, SaveLoop.class.getName(), dir.toString(), tag)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
