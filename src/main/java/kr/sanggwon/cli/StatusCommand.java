package kr.sanggwon.cli;

import java.util.concurrent.Callable;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.ingest.DataStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** status: datasets, quarters, row counts and the last imports. */
@Command(name = "status", description = "Show imported datasets, quarters, row counts and the last imports.")
final class StatusCommand implements Callable<Integer> {
    @ParentCommand
    MainCommand main;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "print as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        DataStatus.Snapshot s = main.context().dataStatus().snapshot();
        if (json) {
            out.println(Json.write(s));
            return MainCommand.OK;
        }
        out.println(Messages.get("cli.status.folder", main.context().database().folder().toString()));
        out.println(Messages.get("cli.status.districts", s.districtsTrdar(), s.districtsAdstrd(), s.districtsFromMaster(), s.shapes(),
                s.industries(), s.storeListings()));
        if (s.latestQuarter() != null) {
            out.println(Messages.get("cli.status.latest", Formats.quarter(s.latestQuarter())));
        }
        if (s.tables().isEmpty()) {
            out.println(Messages.get("cli.status.empty"));
        }
        for (DataStatus.TableStatus t : s.tables()) {
            out.println(Messages.get("cli.status.table", t.dataset(), t.rows(), Formats.quarter(t.minQuarter()),
                    Formats.quarter(t.maxQuarter()), t.quarterCount(), t.districts()));
        }
        if (!s.lastImports().isEmpty()) {
            out.println(Messages.get("cli.status.imports"));
            for (DataStatus.BatchInfo b : s.lastImports()) {
                out.println("  #" + b.id() + " " + b.finishedAt().withNano(0) + "  " + b.fileName() + "  " + b.datasetName()
                        + "  " + b.rowsImported() + "/" + b.rowsRead() + (b.rowsRejected() > 0 ? "  (" + b.rowsRejected() + " rejected)" : ""));
            }
        }
        return MainCommand.OK;
    }
}
