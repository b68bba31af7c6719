package kr.sanggwon.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** bench: parent of the benchmark commands (import, query, train; others are added by their owners). */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks that print figures (see docs/BENCHMARKS.md).",
        subcommands = {BenchImportCommand.class, BenchQueryCommand.class, BenchTrainCommand.class, BenchReportCommand.class,
                BenchFuzzCommand.class, BenchRecommendCommand.class})
final class BenchCommand implements Runnable {
    @ParentCommand
    MainCommand main;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a benchmark: " + spec.subcommands().keySet());
    }
}
