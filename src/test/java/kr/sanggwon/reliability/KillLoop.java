package kr.sanggwon.reliability;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import kr.sanggwon.backup.BackupService;
import kr.sanggwon.common.Progress;
import kr.sanggwon.consult.Client;
import kr.sanggwon.consult.Consultation;
import kr.sanggwon.consult.Scenario;
import kr.sanggwon.ingest.ImportResult;
import kr.sanggwon.ingest.ImportService;
import kr.sanggwon.store.BackupReason;
import kr.sanggwon.store.Database;

/**
 * The child of {@link KillSoak}: a minimal main (no app start-up) that opens the workspace folder once, unlocks the
 * case files once with the real KDF, then loops until it is killed: save a client, its consultation and a scenario,
 * update the previous client, and in turn import or remove one of two small files (each import preceded by the
 * app's pre-import backup), take a backup, change the passphrase. Before each operation it prints
 * {@code start OP ARGS}, after it returned {@code done OP ARGS}; the parent believes only "done".
 *
 * <p>Arguments: folder, tag, first step (which operation of the cycle of twelve comes first), passphrase, resident
 * file and sales file.
 */
public final class KillLoop {
    private KillLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        String tag = args[1];
        int first = Integer.parseInt(args[2]);
        String pass = args[3];
        Path[] files = {Path.of(args[4]), Path.of(args[5])};
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        long jvmStart = ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
        long t0 = System.currentTimeMillis();
        try (Database db = Database.open(folder)) {
            long t1 = System.currentTimeMillis();
            KillRig.CaseFiles cases = KillRig.caseFiles(db);
            cases.vault().unlock(pass.toCharArray());   // the parent set the passphrase up
            long t2 = System.currentTimeMillis();
            ImportService imports = new ImportService(db);
            BackupService backups = new BackupService(db);
            imports.beforeEachImport(backups::beforeImport);   // as the app wires it
            KillRig.Small[] small = KillRig.Small.values();
            boolean[] present = new boolean[small.length];
            for (KillRig.Small f : small) {
                present[f.ordinal()] = KillRig.present(db, f);
            }
            out.println("ready " + present[0] + " " + present[1] + " jvm=" + (t0 - jvmStart) + "ms open=" + (t1 - t0) + "ms unlock="
                    + (t2 - t1) + "ms");
            long previous = -1;
            long previousVersion = 0;   // optimistic locking: an update names the version it replaces
            for (int i = first; ; i++) {
                if (out.checkError()) {
                    return;   // the parent is gone
                }
                String t = tag + "." + i;
                out.println("start client " + t);
                Client c = cases.service().addClient(KillRig.client(t));
                out.println("done client " + c.id() + " " + t);
                out.println("start consult " + c.id() + " " + t);
                Consultation k = cases.service().addConsultation(c.id(), KillRig.consultation(t));
                out.println("done consult " + k.id() + " " + c.id() + " " + t);
                out.println("start scenario " + k.id() + " " + t);
                Scenario s = cases.service().saveSnapshot(k.id(), KillRig.scenario(t));
                out.println("done scenario " + s.id() + " " + k.id() + " " + t);
                if (previous >= 0) {
                    String u = t + "u";
                    out.println("start update " + previous + " " + u);
                    cases.service().updateClient(previous, previousVersion, KillRig.client(u));
                    out.println("done update " + previous + " " + u);
                }
                previous = c.id();
                previousVersion = c.version();
                if (i % 3 == 1) {
                    KillRig.Small f = small[(i / 3) % small.length];
                    if (present[f.ordinal()]) {
                        out.println("start remove " + f);
                        KillRig.remove(db, f);
                        out.println("done remove " + f);
                    } else {
                        out.println("start import " + f);
                        ImportResult r = imports.importFile(files[f.ordinal()], Progress.NONE);
                        out.println("done import " + f + " " + r.rowsImported());
                    }
                    present[f.ordinal()] = !present[f.ordinal()];
                } else if (i % 6 == 3) {
                    out.println("start backup");
                    out.println("done backup " + backups.backup(BackupReason.MANUAL).file().getFileName());
                } else if (i % 12 == 8) {
                    String next = KillRig.other(pass);
                    out.println("start pass " + next);
                    cases.vault().changePassphrase(pass.toCharArray(), next.toCharArray(), next.toCharArray());
                    out.println("done pass " + next);
                    pass = next;
                }
            }
        }
    }
}
