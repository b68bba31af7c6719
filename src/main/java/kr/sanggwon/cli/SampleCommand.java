package kr.sanggwon.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.sample.SampleGenerator;
import kr.sanggwon.sample.SampleOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** sample --out DIR [--seed N]: writes the synthetic sample city in the official file formats. */
@Command(name = "sample", description = "Write synthetic sample data (a fictional city) in the official file formats.")
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

    @Override
    public Integer call() throws Exception {
        var o = spec.commandLine().getOut();
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
        o.println(Messages.get("sample.cli.done", r.files().size(), r.folder().toAbsolutePath().toString(), seed, r.districts(),
                r.dongs(), r.industries(), Formats.quarterRange(new java.util.TreeSet<>(r.quarters())), r.storeListings()));
        return MainCommand.OK;
    }
}
