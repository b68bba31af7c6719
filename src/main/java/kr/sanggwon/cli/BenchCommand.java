package kr.sanggwon.cli;

import picocli.CommandLine.Command;

/** bench: parent of the benchmark commands (query here; import/train are added by their owners). */
@Command(name = "bench", description = "Benchmarks that print figures.", subcommands = {BenchQueryCommand.class, BenchTrainCommand.class})
final class BenchCommand {
    @picocli.CommandLine.ParentCommand
    MainCommand main;
}
