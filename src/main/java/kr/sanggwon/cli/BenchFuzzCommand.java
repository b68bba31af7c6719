package kr.sanggwon.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.reliability.FuzzRun;
import kr.sanggwon.reliability.SeedFile;
import kr.sanggwon.reliability.SeedFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** bench fuzz: mutated real-format files through the importer; every one must be refused cleanly or imported whole. */
@Command(name = "fuzz", mixinStandardHelpOptions = true, description = {"Import N seeded mutations of real-format files (the bundled",
        "sample set, or the official files in --seeds) and count refusals, imports, unhandled exceptions, hangs and",
        "half-written data (the last three must be 0; exit code 1 otherwise). Failing files are kept in --dir."})
final class BenchFuzzCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--cases", description = "number of mutated files (default ${DEFAULT-VALUE})")
    int cases = 10_000;

    @Option(names = "--seed", description = "seed of the mutator (default ${DEFAULT-VALUE}); the same seed gives the same files")
    long seed = 1;

    @Option(names = "--seeds", paramLabel = "DIR", description = "folder of official .csv/.json files to mutate (default: the bundled sample set)")
    Path seedFolder;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "time limit per file before it counts as a hang (default ${DEFAULT-VALUE})")
    int timeoutSeconds = 60;

    @Option(names = "--dir", description = "work folder (default: a temporary folder; failing files are kept there)")
    Path dir;

    @Option(names = "--json", description = "print as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (cases < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), Messages.get("badfiles.fuzz.badCases"));
        }
        var out = spec.commandLine().getOut();
        List<SeedFile> seeds = seedFolder != null ? SeedFiles.folder(seedFolder) : SeedFiles.bundled();
        if (seeds.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), Messages.get("badfiles.fuzz.noSeeds", seedFolder));
        }
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("sanggwon-fuzz");
        TerminalProgress progress = new TerminalProgress(spec.commandLine().getErr(), "bench fuzz");
        FuzzRun.Report r;
        try {
            r = new FuzzRun(seeds, work, Duration.ofSeconds(timeoutSeconds)).run(cases, seed, progress);
        } finally {
            progress.end();
        }
        if (json) {
            out.println(Json.write(r));
        } else {
            out.println(Messages.get("badfiles.fuzz.summary", r.cases(), seeds.size(), r.seed(), Formats.number(r.seconds(), 1)));
            out.println(Messages.get("badfiles.fuzz.result", r.refused(), r.imported(), r.unhandled(), r.hung(), r.halfWritten()));
            r.refusalKeys().forEach((key, n) -> out.println("  " + key + ": " + n));
            for (FuzzRun.Failure f : r.failures()) {
                out.println(Messages.get("badfiles.fuzz.failure", f.number(), f.outcome().kind(), f.outcome().key(),
                        f.outcome().detail(), String.join("; ", f.steps()), f.kept()));
            }
        }
        if (r.clean() && dir == null) {
            deleteTree(work);
        }
        return r.clean() ? MainCommand.OK : MainCommand.USER_ERROR;
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (var walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
