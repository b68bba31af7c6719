package kr.sanggwon.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.health.DataWarning;
import kr.sanggwon.health.HealthReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** health: the 데이터 점검 report; with --district CODE, the warnings shown on that district's numbers. */
@Command(name = "health", mixinStandardHelpOptions = true, description = "Data health: quarters, freshness, empty/constant columns, code changes, source disagreement.")
final class HealthCommand implements Callable<Integer> {
    @ParentCommand
    MainCommand main;

    @Spec
    CommandSpec spec;

    @Option(names = "--district", paramLabel = "CODE", description = "only the warnings that touch this district (code or name)")
    String district;

    @Option(names = "--json", description = "print as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (district != null) {
            var warnings = main.context().dataHealth().warningsFor(Inputs.district(main.context(), district));
            if (json) {
                out.println(Json.write(warnings));
            } else if (warnings.isEmpty()) {
                out.println(Messages.get("health.cli.ok"));
            } else {
                for (DataWarning w : warnings) {
                    out.println(Messages.get("district.cli.warning", w.message()));
                }
            }
            return MainCommand.OK;
        }
        HealthReport r = main.context().dataHealth().report();
        if (json) {
            out.println(Json.write(r));
            return MainCommand.OK;
        }
        if (r.datasets().isEmpty()) {
            out.println(Messages.get("health.cli.empty"));
            return MainCommand.OK;
        }
        out.println(Messages.get("health.cli.datasets"));
        for (HealthReport.DatasetHealth d : r.datasets()) {
            String extra = (d.quartersBehind() > 0 ? Messages.get("health.cli.behind", d.quartersBehind()) : "")
                    + (d.gaps().isEmpty() ? "" : Messages.get("health.cli.gaps",
                    d.gaps().stream().map(Formats::quarter).collect(Collectors.joining(", "))));
            out.println(Messages.get("health.cli.dataset", d.dataset(), d.level(), d.districts(),
                    Formats.quarterRange(new java.util.TreeSet<>(d.quarters())), Formats.quarter(d.latestQuarter()), extra));
        }
        section(out, "health.cli.columns", r.columnIssues().isEmpty());
        for (HealthReport.ColumnIssue c : r.columnIssues()) {
            out.println(Messages.get("health.cli.column", c.dataset(), c.level(), c.header(),
                    Messages.get("health.problem." + c.problem().name())));
        }
        section(out, "health.cli.flat", r.flatSeries().isEmpty());
        for (HealthReport.SeriesIssue s : r.flatSeries()) {
            out.println(Messages.get("health.cli.flatLine", s.dataset(), s.level(), s.column(), s.count(), String.join(", ", s.examples())));
        }
        section(out, "health.cli.changes", r.codeChanges().isEmpty());
        for (HealthReport.CodeChange c : r.codeChanges()) {
            out.println(Messages.get("health.cli.change", c.dataset(), c.level(), Formats.quarter(c.quarter()), c.appeared(),
                    c.disappeared(), String.join(", ", c.examples())));
        }
        section(out, "health.cli.missing", r.missing().isEmpty());
        for (HealthReport.MissingDistricts m : r.missing()) {
            out.println(Messages.get("health.cli.missingLine", m.dataset(), m.level(), m.count(), m.of(), String.join(", ", m.examples())));
        }
        section(out, "health.cli.disagree", r.disagreements().isEmpty());
        for (HealthReport.SourceDisagreement s : r.disagreements()) {
            out.println(Messages.get("health.cli.disagreeLine", s.dongName() == null ? s.dongCode() : s.dongName(), s.industryName(),
                    s.semasStores(), s.seoulStores()));
        }
        return MainCommand.OK;
    }

    private static void section(PrintWriter out, String key, boolean empty) {
        if (!empty) {
            out.println(Messages.get(key));
        }
    }
}
