package kr.sanggwon.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.sample.SampleGenerator;
import kr.sanggwon.sample.SampleLoader;
import kr.sanggwon.sample.SampleOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * sample --out DIR [--seed N]: writes the synthetic sample city in the official file formats.
 * sample --reset --yes: wipes the data folder's imported data and loads the bundled sample set, then retrains the sales
 * models that became stale, as import does (skip with --no-train).
 */
@Command(name = "sample", mixinStandardHelpOptions = true, description = {"Write synthetic sample data (a fictional city) in the official file formats,",
        "or with --reset --yes wipe the data folder's imported data and reload the bundled sample."})
final class SampleCommand implements Callable<Integer> {
    @ParentCommand
    MainCommand main;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "folder to write the files to")
    Path out;

    @Option(names = "--seed", description = "random seed; the same seed gives the same files (default ${DEFAULT-VALUE})")
    long seed = SampleOptions.DEFAULT_SEED;

    @Option(names = "--first-quarter", paramLabel = "YYYYQ", description = "first quarter (default ${DEFAULT-VALUE})")
    int firstQuarter = SampleOptions.DEFAULT_FIRST_QUARTER;

    @Option(names = "--quarters", description = "number of quarters (default ${DEFAULT-VALUE})")
    int quarters = SampleOptions.DEFAULT_QUARTERS;

    @Option(names = "--districts", description = "about how many 상권 (default ${DEFAULT-VALUE})")
    int districts = SampleOptions.DEFAULT_DISTRICTS;

    @Option(names = "--reset", description = "wipe the sample workspace and reload the bundled sample data (refused in a workspace of your own)")
    boolean reset;

    @Option(names = "--yes", description = "confirm --reset")
    boolean yes;

    @Option(names = "--json", description = "print the result as JSON")
    boolean json;

    @Option(names = "--no-train", description = "with --reset: do not retrain the sales models afterwards, even when they became stale")
    boolean noTrain;

    @Override
    public Integer call() throws Exception {
        var o = spec.commandLine().getOut();
        if (reset) {
            return reset(o);
        }
        if (out == null) {
            throw new UserException("sample.cli.outRequired");
        }
        SampleOptions options;
        try {
            options = new SampleOptions(seed, firstQuarter, quarters, districts);
        } catch (IllegalArgumentException e) {
            throw new UserException("sample.cli.badOption", e.getMessage());
        }
        TerminalProgress progress = new TerminalProgress(spec.commandLine().getErr(), "sample");
        SampleGenerator.Result r = new SampleGenerator().generate(out, options, progress);
        progress.end();
        if (json) {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("folder", r.folder().toAbsolutePath().toString());
            m.put("seed", seed);
            m.put("files", r.files().stream().map(f -> f.getFileName().toString()).toList());
            m.put("districts", r.districts());
            m.put("dongs", r.dongs());
            m.put("industries", r.industries());
            m.put("quarters", r.quarters());
            m.put("storeListings", r.storeListings());
            o.println(Json.write(m));
            return MainCommand.OK;
        }
        o.println(Messages.get("sample.cli.done", r.files().size(), r.folder().toAbsolutePath().toString(), seed, r.districts(),
                r.dongs(), r.industries(), Formats.quarterRange(new java.util.TreeSet<>(r.quarters())), r.storeListings()));
        return MainCommand.OK;
    }

    /** The same retraining as import: only stale models, progress on stderr, a failure leaves the exit code alone. */
    private void retrainUnlessAskedNot(java.io.PrintWriter o) {
        if (!noTrain) {
            var err = spec.commandLine().getErr();
            ModelRetraining.ifStale(main.context().estimateService(), json ? err : o, err);
        }
    }

    private int reset(java.io.PrintWriter o) {
        main.useSampleWorkspace();
        String folder = main.context().database().folder().toString();
        if (!yes) {
            spec.commandLine().getErr().println(Messages.get("sample.cli.confirmReset", folder));
            return MainCommand.USER_ERROR;
        }
        TerminalProgress progress = new TerminalProgress(spec.commandLine().getErr(), "reset");
        SampleLoader.Result r = main.context().sampleLoader().resetToSample(progress);
        progress.end();
        if (json) {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("folder", folder);
            m.put("files", r.imported().stream().map(i -> i.fileName()).toList());
            m.put("rows", r.rows());
            m.put("refused", r.refused());
            o.println(Json.write(m));
        } else {
            o.println(Messages.get("sample.cli.resetDone", folder, r.imported().size(), r.rows()));
            r.refused().forEach(line -> o.println(Messages.get("sample.cli.refused", line)));
        }
        retrainUnlessAskedNot(o);
        return MainCommand.OK;
    }
}
