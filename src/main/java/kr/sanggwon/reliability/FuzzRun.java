package kr.sanggwon.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Progress;
import kr.sanggwon.ingest.ImportService;
import kr.sanggwon.store.Database;

/**
 * The fuzz loop: {@code cases} mutated copies of real-format seed files, each imported into a database that already
 * holds data, each classified by {@link ImportProbe}. A fresh database is started every {@link #CASES_PER_DATABASE}
 * cases so the before/after fingerprint stays cheap. Failing inputs are kept in {@code work/failures} to replay.
 */
public final class FuzzRun {
    static final int CASES_PER_DATABASE = 250;

    /** One failing case: its number, the seed file, what the mutator did, and what happened. */
    public record Failure(int number, String seed, List<String> steps, ImportOutcome outcome, Path kept) {
    }

    public record Report(long seed, int cases, int refused, int imported, int unhandled, int hung, int halfWritten,
                         Map<String, Integer> refusalKeys, List<Failure> failures, double seconds) {
        public boolean clean() {
            return unhandled == 0 && hung == 0 && halfWritten == 0;
        }
    }

    private final List<SeedFile> seeds;
    private final Path work;
    private final Duration limit;

    public FuzzRun(List<SeedFile> seeds, Path work, Duration limit) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no seed files");
        }
        this.seeds = List.copyOf(seeds);
        this.work = work;
        this.limit = limit;
    }

    public Report run(int cases, long seed, Progress progress) throws IOException, SQLException {
        long started = System.nanoTime();
        Mutator mutator = new Mutator(seed);
        int refused = 0;
        int imported = 0;
        int unhandled = 0;
        int hung = 0;
        int half = 0;
        Map<String, Integer> keys = new TreeMap<>();
        List<Failure> failures = new ArrayList<>();
        Database db = null;
        ImportProbe probe = null;
        int databases = 0;
        try {
            for (int n = 0; n < cases; n++) {
                if (n % CASES_PER_DATABASE == 0 || probe == null) {
                    closeQuietly(db, probe);
                    db = freshDatabase(databases++);
                    probe = new ImportProbe(db, limit);
                }
                progress.checkCancelled();
                SeedFile s = seeds.get(n % seeds.size());
                Mutator.Mutant m = mutator.mutate(s);
                Path caseFolder = Files.createDirectories(work.resolve("case"));
                Path file = caseFolder.resolve(s.name());
                Files.write(file, m.bytes());
                ImportOutcome o = probe.run(file);
                switch (o.kind()) {
                    case REFUSED -> {
                        refused++;
                        keys.merge(o.key(), 1, Integer::sum);
                    }
                    case IMPORTED -> imported++;
                    case UNHANDLED -> unhandled++;
                    case HUNG -> hung++;
                    case HALF_WRITTEN -> half++;
                    default -> throw new IllegalStateException(o.kind().name());
                }
                if (!o.acceptable()) {
                    Path kept = Files.createDirectories(work.resolve("failures").resolve("case-" + n)).resolve(s.name());
                    Files.copy(file, kept);
                    failures.add(new Failure(n, s.name(), m.steps(), o, kept));
                    if (o.kind() == ImportOutcome.Kind.HUNG) {
                        // the stuck import may still hold this database: go on with a fresh one, leave it open
                        probe.close();
                        probe = null;
                        db = null;
                    }
                }
                Files.deleteIfExists(file);
                progress.update(n + 1, cases, Messages.get("badfiles.fuzz.progress", n + 1, cases, refused, imported));
            }
        } finally {
            closeQuietly(db, probe);
        }
        return new Report(seed, cases, refused, imported, unhandled, hung, half, keys, failures,
                (System.nanoTime() - started) / 1e9);
    }

    private Database freshDatabase(int index) throws IOException {
        Path folder = work.resolve("db-" + index);
        deleteTree(folder);
        Database db = Database.open(folder);
        Path base = Files.createDirectories(work.resolve("base")).resolve(seeds.get(index % seeds.size()).name());
        Files.write(base, seeds.get(index % seeds.size()).bytes());
        // data to leave untouched: a refused file must not change a single cell of it
        new ImportService(db).importFile(base, Progress.NONE);
        Files.delete(base);
        return db;
    }

    private static void closeQuietly(Database db, ImportProbe probe) {
        if (probe != null) {
            probe.close();
        }
        if (db != null) {
            db.close();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
