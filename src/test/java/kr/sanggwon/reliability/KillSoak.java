package kr.sanggwon.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kr.sanggwon.backup.BackupVerifier;
import kr.sanggwon.backup.VerifyReport;
import kr.sanggwon.common.Progress;
import java.time.Duration;
import kr.sanggwon.consult.CaseVault;
import kr.sanggwon.consult.Client;
import kr.sanggwon.consult.ClientInput;
import kr.sanggwon.consult.ConsultException;
import kr.sanggwon.consult.ConsultRepository;
import kr.sanggwon.consult.Consultation;
import kr.sanggwon.consult.ConsultationInput;
import kr.sanggwon.consult.Scenario;
import kr.sanggwon.ingest.ImportService;
import kr.sanggwon.store.BackupArchive;
import kr.sanggwon.store.BackupFolder;
import kr.sanggwon.store.Database;

/**
 * The parent of the kill soak: starts {@link KillLoop} on one workspace folder, kills it with SIGKILL
 * ({@code destroyForcibly}) at a random moment, then checks the folder in-process and starts the next child on it.
 *
 * <p>After every kill: the database opens (H2 recovery); the case files unlock with the passphrase last reported set
 * (either one when a change was under way); every client, consultation and scenario reported saved is present and
 * decrypts to exactly what the child wrote (the last reported update of a client, or the one under way); the only
 * rows nobody reported are those of the one operation under way; every table outside the case files equals one of the
 * four states "each small file fully there or fully absent" (row-by-row fingerprints taken at set-up), matching what
 * the child reported; an import record exists exactly for the files present; every backup file in the folder passes
 * its checksum and the backups reported in this round pass the full check ({@link BackupVerifier}).
 */
final class KillSoak {
    /** What the kills landed in and what the children reported, for docs/RELIABILITY.md. */
    static final class Tally {
        int kills;
        final Map<String, Integer> killedDuring = new TreeMap<>();
        int clients;
        int consultations;
        int scenarios;
        int updates;
        int imports;
        int removals;
        int backups;
        int passChanges;
        int parentUnlocks;
        int backupsVerified;
        int unreportedFound;
        long childMillis;
        long checkMillis;
        /** The children's own start-up split (from their "ready" line): JVM start, opening the database, the unlock. */
        long jvmMillis;
        long openMillis;
        long unlockMillis;
        int readies;

        int savesReported() {
            return clients + consultations + scenarios + updates;
        }

        @Override
        public String toString() {
            return kills + " kills (killed during " + killedDuring + "), reported and found intact: " + clients + " clients, "
                    + consultations + " consultations, " + scenarios + " scenarios, " + updates + " client updates, "
                    + imports + " imports, " + removals + " removals, " + backups + " backups (" + backupsVerified
                    + " fully verified), " + passChanges + " passphrase changes; " + unreportedFound
                    + " unreported operations found whole; " + parentUnlocks + " unlocks by the checker; child " + childMillis / Math.max(1, kills) + " ms and check "
                    + checkMillis / Math.max(1, kills) + " ms a round (a child's start-up: JVM " + jvmMillis / Math.max(1, readies)
                    + " ms, database open " + openMillis / Math.max(1, readies) + " ms, unlock " + unlockMillis / Math.max(1, readies) + " ms)";
        }
    }

    private record Row(long parent, String tag) {
    }

    private final Path ws;
    private final Path work;
    private final Path[] files;
    private final Random random;
    private final long seed;
    private final Path tallyFile;
    private final Tally tally = new Tally();
    /** The killed child's lines, for a failure message. */
    private List<String> lastLines = List.of();
    private final Map<Long, String> clients = new HashMap<>();
    private final Map<Long, Row> consultations = new HashMap<>();
    private final Map<Long, Row> scenarios = new HashMap<>();
    private final boolean[] present = new boolean[KillRig.Small.values().length];
    private final Map<String, Map<String, String>> states = new HashMap<>();
    /** How long the last child took to print "ready", to aim kills into start-up. */
    private long lastReadyNanos = TimeUnit.SECONDS.toNanos(2);
    private String pass = KillRig.PASS_A;
    /** The database being checked, for the one vault this process keeps unlocked across rounds. */
    private Database current;
    private final CaseVault vault = new CaseVault(new CaseVault.KeyStorage() {
        @Override
        public java.util.Optional<kr.sanggwon.consult.WrappedKey> readKey() {
            return new ConsultRepository.KeyTable(current).readKey();
        }

        @Override
        public void writeKey(kr.sanggwon.consult.WrappedKey key, boolean first) {
            new ConsultRepository.KeyTable(current).writeKey(key, first);
        }
    }, Duration.ofHours(1));

    KillSoak(Path work, Path residentFile, Path salesFile, long seed, Path tallyFile) throws IOException {
        this.work = work;
        this.ws = work.resolve("workspace");
        this.files = new Path[] {residentFile.toAbsolutePath(), smallCopy(salesFile, work.resolve("input"), 400)};
        this.seed = seed;
        this.random = new Random(seed);
        this.tallyFile = tallyFile;
    }

    Tally tally() {
        return tally;
    }

    Path workspace() {
        return ws;
    }

    /** The header and the first {@code rows} lines of a file (byte for byte: CP949 never has 0x0A in a character). */
    private static Path smallCopy(Path file, Path folder, int rows) throws IOException {
        Files.createDirectories(folder);
        byte[] all = Files.readAllBytes(file);
        int lines = 0;
        int end = 0;
        while (end < all.length && lines <= rows) {
            if (all[end++] == '\n') {
                lines++;
            }
        }
        Path out = folder.resolve("small-" + file.getFileName());
        Files.write(out, java.util.Arrays.copyOf(all, end));
        return out;
    }

    /**
     * Sets the passphrase (product KDF) and records the four states of the two small files, each reached by importing
     * and removing them through the same code the child runs.
     */
    void setUp() throws Exception {
        try (Database db = Database.open(ws)) {
            current = db;
            vault.setUp(pass.toCharArray(), pass.toCharArray());
            current = null;
            ImportService imports = new ImportService(db);
            // the first imports add the districts the files name (as stubs); they stay, as after any import
            imports.importFile(files[0], Progress.NONE);
            imports.importFile(files[1], Progress.NONE);
            KillRig.remove(db, KillRig.Small.RES);
            KillRig.remove(db, KillRig.Small.SALES);
            Map<String, String> none = KillRig.data(db);
            imports.importFile(files[0], Progress.NONE);
            Map<String, String> res = KillRig.data(db);
            imports.importFile(files[1], Progress.NONE);
            Map<String, String> both = KillRig.data(db);
            KillRig.remove(db, KillRig.Small.RES);
            Map<String, String> sales = KillRig.data(db);
            KillRig.remove(db, KillRig.Small.SALES);
            check(KillRig.data(db).equals(none), "set-up: removing both files does not give back the state without them: "
                    + diff(none, KillRig.data(db)));
            for (String t : List.of("RESIDENT_Q", "SALES_Q", "INDUSTRY_DISTRICT_KPI", "DISTRICT_QUARTER_KPI")) {
                check(!Objects.equals(none.get(t), both.get(t)), "set-up: " + t + " did not change with the files");
            }
            states.put(key(false, false), none);
            states.put(key(true, false), res);
            states.put(key(false, true), sales);
            states.put(key(true, true), both);
        }
    }

    private Process child(Path folder, String tag, int first, String passphrase) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-Xss1m"));
        cmd.addAll(List.of("-cp", cp, KillLoop.class.getName(), folder.toString(), tag, String.valueOf(first), passphrase, files[0].toString(),
                files[1].toString()));
        return new ProcessBuilder(cmd).redirectError(work.resolve("child-stderr.txt").toFile()).start();
    }

    /** One child started, killed and checked. */
    void round(int n) throws Exception {
        long started = System.nanoTime();
        // a random first step, so that short-lived children also reach the rarer operations
        Process p = child(ws, "r" + n, random.nextInt(12), pass);
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException killed) {
                // the pipe closes with the child
            }
        }, "kill-soak-child-output");
        reader.setDaemon(true);
        reader.start();
        if (random.nextInt(10) == 0) {
            // during JVM start, H2's recovery after the last kill, or the unlock: a random part of the last start-up time
            TimeUnit.NANOSECONDS.sleep((long) (random.nextDouble() * lastReadyNanos));
        } else {
            // after a random number (1-40) of lines since "ready", then 0-150 ms more: where the kill lands depends on
            // how far the child got, not on how fast a loaded machine runs it
            int after = 1 + random.nextInt(40);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            int ready = -1;
            while (p.isAlive() && System.nanoTime() < deadline) {
                if (ready < 0) {
                    ready = readyAt(lines);
                    if (ready >= 0) {
                        lastReadyNanos = System.nanoTime() - started;
                    }
                } else if (lines.size() - 1 - ready >= after) {
                    break;
                }
                Thread.sleep(1);
            }
            Thread.sleep(random.nextInt(151));
        }
        boolean alive = p.isAlive();
        p.destroyForcibly();
        p.waitFor(60, TimeUnit.SECONDS);
        // every line the child wrote before the kill is in the pipe: read it to its end, however loaded the machine.
        // (A bounded wait of 10 s once let the check run on a partial list: "clients nobody reported" in round 27.)
        reader.join(TimeUnit.MINUTES.toMillis(5));
        tally.childMillis += (System.nanoTime() - started) / 1_000_000;
        String where = "round " + n + " (seed " + seed + ")";
        check(!p.isAlive(), where + ": the killed child had not ended after 60 s");
        check(!reader.isAlive(), where + ": the child's output was not read to its end within 5 minutes");
        if (!alive) {
            throw new AssertionError(where + ": the child ended before the kill: " + lines.subList(Math.max(0, lines.size() - 3),
                    lines.size()) + " " + Files.readString(work.resolve("child-stderr.txt")).lines().limit(20).toList());
        }
        long checking = System.nanoTime();
        lastLines = List.copyOf(lines);
        String during = apply(lines, where);
        tally.kills++;
        tally.killedDuring.merge(during.split(" ")[0], 1, Integer::sum);
        verify(lines, during, where);
        tally.checkMillis += (System.nanoTime() - checking) / 1_000_000;
        if (tallyFile != null) {
            Files.writeString(tallyFile, "round " + (n + 1) + ": " + tally + ", 0 failures, seed " + seed + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    private static int readyAt(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("ready")) {
                return i;
            }
        }
        return -1;
    }

    /** Takes in what the child reported done; returns the operation under way at the kill ("startup" before ready). */
    private String apply(List<String> lines, String where) {
        String open = lines.stream().anyMatch(l -> l.startsWith("ready")) ? "between" : "startup";
        for (String line : lines) {
            String[] f = line.split(" ");
            switch (f[0]) {
                case "ready" -> {
                    for (String part : f) {
                        String[] kv = part.split("=");
                        if (kv.length == 2 && kv[1].endsWith("ms")) {
                            long ms = Long.parseLong(kv[1].substring(0, kv[1].length() - 2));
                            switch (kv[0]) {
                                case "jvm" -> tally.jvmMillis += ms;
                                case "open" -> tally.openMillis += ms;
                                case "unlock" -> tally.unlockMillis += ms;
                                default -> { }
                            }
                        }
                    }
                    tally.readies++;
                    check(Boolean.parseBoolean(f[1]) == present[0] && Boolean.parseBoolean(f[2]) == present[1],
                            where + ": the child found the files " + line + ", the check before it " + present[0] + " " + present[1]);
                }
                case "start" -> open = line.substring("start ".length());
                case "done" -> {
                    open = "between";
                    switch (f[1]) {
                        case "client" -> {
                            clients.put(Long.parseLong(f[2]), f[3]);
                            tally.clients++;
                        }
                        case "consult" -> {
                            consultations.put(Long.parseLong(f[2]), new Row(Long.parseLong(f[3]), f[4]));
                            tally.consultations++;
                        }
                        case "scenario" -> {
                            scenarios.put(Long.parseLong(f[2]), new Row(Long.parseLong(f[3]), f[4]));
                            tally.scenarios++;
                        }
                        case "update" -> {
                            clients.put(Long.parseLong(f[2]), f[3]);
                            tally.updates++;
                        }
                        case "import" -> {
                            present[KillRig.Small.valueOf(f[2]).ordinal()] = true;
                            tally.imports++;
                        }
                        case "remove" -> {
                            present[KillRig.Small.valueOf(f[2]).ordinal()] = false;
                            tally.removals++;
                        }
                        case "backup" -> tally.backups++;
                        case "pass" -> {
                            pass = line.substring("done pass ".length());   // a passphrase holds spaces
                            tally.passChanges++;
                        }
                        default -> throw new AssertionError(where + ": unknown line " + line);
                    }
                }
                default -> throw new AssertionError(where + ": unknown line " + line);
            }
        }
        return open;
    }

    private void verify(List<String> lines, String during, String where) throws Exception {
        String[] op = during.split(" ");
        try (Database db = Database.open(ws)) {
            current = db;
            boolean changed = op[0].equals("pass") || lines.stream().anyMatch(l -> l.startsWith("done pass"));
            if (changed) {
                // a passphrase change ran: the wrapped key must open with the passphrase last reported (or the one under way)
                CaseVault check = new CaseVault(new ConsultRepository.KeyTable(db), Duration.ofHours(1));
                try {
                    check.unlock(pass.toCharArray());
                } catch (ConsultException e) {
                    check(op[0].equals("pass") && e.key().equals("consult.vault.wrongPassphrase"),
                            where + ": the reported passphrase does not unlock: " + e.key());
                    String next = during.substring("pass ".length());
                    check.unlock(next.toCharArray());   // the change under way did commit
                    pass = next;
                    tally.unreportedFound++;
                }
                tally.parentUnlocks++;
            }
            // otherwise the next child's unlock (the real KDF) checks the wrapped key; the reads here use the data key
            // this process unwrapped at set-up, which a passphrase change never replaces
            ConsultRepository repository = new ConsultRepository(db, vault);
            checkClients(repository.clients(), op, where);
            checkConsultations(repository.recentConsultations(Integer.MAX_VALUE), op, where);
            checkScenarios(repository.allScenarios(), op, where);
            checkFiles(db, op, where);
        } finally {
            current = null;
        }
        checkBackups(lines, where);
    }

    /** The last check of the soak: the passphrase last reported still opens the case files (the real KDF). */
    void finish() {
        try (Database db = Database.open(ws)) {
            new CaseVault(new ConsultRepository.KeyTable(db), Duration.ofHours(1)).unlock(pass.toCharArray());
            tally.parentUnlocks++;
        }
    }

    private void checkClients(List<Client> found, String[] op, String where) {
        Map<Long, Client> byId = new HashMap<>();
        found.forEach(c -> byId.put(c.id(), c));
        for (Map.Entry<Long, String> e : clients.entrySet()) {
            Client c = byId.remove(e.getKey());
            check(c != null, where + ": reported client " + e.getKey() + " is missing");
            if (op[0].equals("update") && Long.parseLong(op[1]) == e.getKey() && same(c, KillRig.client(op[2]))) {
                e.setValue(op[2]);   // the update under way committed before the kill
                tally.unreportedFound++;
            } else {
                check(same(c, KillRig.client(e.getValue())), where + ": client " + e.getKey() + " is not what was saved ("
                        + e.getValue() + ")");
            }
        }
        if (!byId.isEmpty()) {
            check(byId.size() == 1 && op[0].equals("client"), where + ": clients nobody reported: " + byId.keySet() + " named "
                    + byId.values().stream().map(Client::name).toList() + unreportedContext(op));
            Client c = byId.values().iterator().next();
            check(same(c, KillRig.client(op[1])), where + ": the unreported client " + c.id() + " is not the one under way");
            clients.put(c.id(), op[1]);
            tally.unreportedFound++;
        }
    }

    /** For a failure message: the operation under way and the killed child's last lines. */
    private String unreportedContext(String[] op) {
        return ", under way: " + String.join(" ", op) + "; the child's last lines: "
                + lastLines.subList(Math.max(0, lastLines.size() - 8), lastLines.size());
    }

    private static boolean same(Client c, ClientInput in) {
        return c.name().equals(in.name()) && c.phone().equals(in.phone()) && c.idea().equals(in.idea())
                && Objects.equals(c.budget(), in.budget()) && c.notes().equals(in.notes()) && c.email() == null;
    }

    private void checkConsultations(List<Consultation> found, String[] op, String where) {
        Map<Long, Consultation> byId = new HashMap<>();
        found.forEach(k -> byId.put(k.id(), k));
        for (Map.Entry<Long, Row> e : consultations.entrySet()) {
            Consultation k = byId.remove(e.getKey());
            check(k != null, where + ": reported consultation " + e.getKey() + " is missing");
            check(same(k, e.getValue()), where + ": consultation " + e.getKey() + " is not what was saved");
        }
        if (!byId.isEmpty()) {
            Consultation k = byId.values().iterator().next();
            Row under = op[0].equals("consult") ? new Row(Long.parseLong(op[1]), op[2]) : null;
            check(byId.size() == 1 && under != null && same(k, under), where + ": consultations nobody reported: " + byId.keySet()
                    + " at " + byId.values().stream().map(Consultation::place).toList() + unreportedContext(op));
            consultations.put(k.id(), under);
            tally.unreportedFound++;
        }
    }

    private static boolean same(Consultation k, Row row) {
        ConsultationInput in = KillRig.consultation(row.tag());
        return k.clientId() == row.parent() && k.heldOn().equals(in.heldOn()) && k.place().equals(in.place())
                && k.notes().equals(in.notes()) && k.nextSteps() == null && k.followUpOn() == null;
    }

    private void checkScenarios(List<Scenario> found, String[] op, String where) {
        Map<Long, Scenario> byId = new HashMap<>();
        found.forEach(s -> byId.put(s.id(), s));
        for (Map.Entry<Long, Row> e : scenarios.entrySet()) {
            Scenario s = byId.remove(e.getKey());
            check(s != null, where + ": reported scenario " + e.getKey() + " is missing");
            check(same(s, e.getValue()), where + ": scenario " + e.getKey() + " is not what was saved");
        }
        if (!byId.isEmpty()) {
            Scenario s = byId.values().iterator().next();
            Row under = op[0].equals("scenario") ? new Row(Long.parseLong(op[1]), op[2]) : null;
            check(byId.size() == 1 && under != null && same(s, under), where + ": scenarios nobody reported: " + byId.keySet()
                    + " named " + byId.values().stream().map(x -> x.snapshot().title() + " of consultation " + x.consultationId()).toList()
                    + unreportedContext(op));
            scenarios.put(s.id(), under);
            tally.unreportedFound++;
        }
    }

    private static boolean same(Scenario s, Row row) {
        return s.consultationId() == row.parent() && s.snapshot().equals(KillRig.scenario(row.tag()));
    }

    private void checkFiles(Database db, String[] op, String where) throws SQLException {
        Map<String, String> data = KillRig.data(db);
        boolean[] now = present.clone();
        boolean matched = data.equals(states.get(key(now[0], now[1])));
        if (!matched && (op[0].equals("import") || op[0].equals("remove"))) {
            // the import or removal under way may have committed before the kill: then it is wholly there
            int i = KillRig.Small.valueOf(op[1]).ordinal();
            now[i] = !now[i];
            matched = data.equals(states.get(key(now[0], now[1])));
            if (matched) {
                tally.unreportedFound++;
            }
        }
        check(matched, where + ": the imported data is in none of the all-or-nothing states; expected " + key(present[0], present[1])
                + ", differs in " + diff(states.get(key(present[0], present[1])), data));
        System.arraycopy(now, 0, present, 0, now.length);
        for (KillRig.Small f : KillRig.Small.values()) {
            check(KillRig.present(db, f) == present[f.ordinal()], where + ": import record of " + f + " without its rows, or the reverse");
            check(KillRig.strayBatchRows(db, f) == 0, where + ": rows of " + f + " that are not of its one import record");
        }
        try (Connection c = db.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM import_batch WHERE sha256 IS NULL OR sha256 = ''")) {
            rs.next();
            check(rs.getLong(1) == 0, where + ": a half-written import record");
        }
    }

    private void checkBackups(List<String> lines, String where) throws IOException {
        BackupFolder folder = new BackupFolder(ws);
        Set<Path> listed = new HashSet<>();
        for (BackupFolder.Entry e : folder.list()) {
            BackupArchive.check(e.file());   // throws on a single wrong byte
            listed.add(e.file());
        }
        if (Files.isDirectory(folder.dir())) {
            try (Stream<Path> all = Files.list(folder.dir())) {
                for (Path f : all.toList()) {
                    String name = f.getFileName().toString();
                    // leftovers of a killed backup are never listed and go with the next backup
                    check(listed.contains(f) || name.startsWith(".h2-") || name.endsWith(".part"),
                            where + ": a file in backups/ that is neither a backup nor a leftover: " + name);
                }
            }
        }
        for (String line : lines) {
            if (line.startsWith("done backup ")) {
                Path file = folder.dir().resolve(line.substring("done backup ".length()));
                check(listed.contains(file), where + ": reported backup " + file.getFileName() + " is not listed");
                VerifyReport report = BackupVerifier.verify(file);
                check(report.ok(), where + ": reported backup " + file.getFileName() + " fails its check: " + report.checks());
                tally.backupsVerified++;
            }
        }
    }

    private static String key(boolean res, boolean sales) {
        return (res ? "RES" : "-") + "+" + (sales ? "SALES" : "-");
    }

    private static List<String> diff(Map<String, String> a, Map<String, String> b) {
        Set<String> keys = new HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys.stream().filter(k -> !Objects.equals(a.get(k), b.get(k))).sorted().toList();
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new AssertionError(message);
        }
    }
}
