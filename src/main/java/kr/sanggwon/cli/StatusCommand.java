package kr.sanggwon.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.estimate.ModelStatus;
import kr.sanggwon.ingest.DataStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** status: datasets, quarters, row counts, the last imports, and which data the sales models were trained on. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Show imported datasets, quarters, row counts, the last imports and the sales model state.")
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
        ModelStatus models = main.context().estimateService().modelStatus();
        var kind = main.context().workspaceMarker().kind();
        if (json) {
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("workspace", kind.map(Enum::name).orElse(null));
            extra.put("model", modelJson(models));
            out.println(Json.writeWith(s, extra));
            return MainCommand.OK;
        }
        var db = main.context().database();
        out.println(db.embedded() ? Messages.get("cli.status.folder", db.folder().toString())
                : Messages.get("store.db.status.server", db.location().safeUrl(), db.folder().toString()));
        kind.ifPresent(k -> out.println(Messages.get("workspace.cli.status", Messages.get("workspace.kind." + k.name()),
                main.context().database().folder().getFileName())));
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
        out.println(modelLine(models));
        return MainCommand.OK;
    }

    static String modelLine(ModelStatus m) {
        String last = m.lastQuarter() == null ? "-" : Formats.quarter(m.lastQuarter());
        return switch (m.state()) {
            case "none" -> Messages.get("estimate.cli.modelNone");
            case "missing" -> Messages.get("estimate.cli.modelMissing");
            case "stale" -> Messages.get("estimate.cli.modelStale", m.trainedForDataVersion(), last, m.dataVersion());
            default -> Messages.get("estimate.cli.modelFresh", m.trainedForDataVersion(), last);
        };
    }

    static Map<String, Object> modelJson(ModelStatus m) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("state", m.state());
        x.put("stale", m.stale());
        x.put("dataVersion", m.dataVersion());
        x.put("trainedForDataVersion", m.models().isEmpty() ? null : m.trainedForDataVersion());
        x.put("lastQuarter", m.lastQuarter());
        x.put("trainableGrains", m.trainableGrains().stream().map(g -> String.valueOf(g.code())).toList());
        x.put("models", m.models());
        return x;
    }
}
