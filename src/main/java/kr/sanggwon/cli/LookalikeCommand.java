package kr.sanggwon.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.district.Lookalike;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** lookalike CODE [--industry C] [--top N]: the most similar districts and why. */
@Command(name = "lookalike", mixinStandardHelpOptions = true, description = "Districts most similar to a district (population mix, workers, attractors, type, price level).")
final class LookalikeCommand implements Callable<Integer> {
    @ParentCommand
    MainCommand main;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CODE", description = "reference district: code or name")
    String code;

    @Option(names = "--industry", paramLabel = "C", description = "industry code or name (adds sales per store)")
    String industry;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "how many (default ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--json", description = "print as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Lookalike l = main.context().lookalike().similar(Inputs.district(main.context(), code),
                Inputs.industry(main.context(), industry), top);
        if (json) {
            out.println(Json.write(l));
            return MainCommand.OK;
        }
        out.println(Messages.get("district.cli.lookalike", l.reference().name(), l.reference().code()));
        int rank = 1;
        for (Lookalike.Match m : l.matches()) {
            String alike = m.alike().stream().map(d -> Messages.get(d.feature().labelKey())).collect(Collectors.joining(", "));
            String diff = m.different().isEmpty() ? "" : Messages.get("district.cli.lookalikeDiff",
                    m.different().stream().map(d -> Messages.get(d.feature().labelKey())).collect(Collectors.joining(", ")));
            out.println(Messages.get("district.cli.lookalikeLine", rank++, m.name(), m.code(), m.guName() == null ? "-" : m.guName(),
                    m.typeName() == null ? "" : m.typeName(), Formats.number(m.similarity(), 0), alike, diff));
        }
        return MainCommand.OK;
    }
}
