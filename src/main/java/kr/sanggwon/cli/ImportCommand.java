package kr.sanggwon.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.ingest.ImportException;
import kr.sanggwon.ingest.ImportResult;
import kr.sanggwon.workspace.WorkspaceKind;
import kr.sanggwon.common.Formats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * import FILE...: detects each file's dataset and imports it on its own, all or nothing. Afterwards, when at least one
 * file was imported and the sales models became stale, retrains them (skip with --no-train); refused files never do.
 */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import official data files (Seoul 상권분석서비스 CSV/JSON/SHP, SEMAS 상가정보).")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    MainCommand main;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Option(names = "--json", description = "print results as JSON")
    boolean json;

    @Option(names = "--no-train", description = "do not retrain the sales models afterwards, even when they became stale")
    boolean noTrain;

    @Option(names = "--into-sample", description = "import into the sample workspace anyway (mixes the files with the fictional city)")
    boolean intoSample;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        var service = main.context().importService();
        var marker = main.context().workspaceMarker();
        var kind = marker.kind();
        // a folder first filled by an import holds the user's own data; it is marked only once a file is in, so a
        // refused file leaves the database exactly as it was
        boolean markOwn = kind.isEmpty();
        if (kind.isPresent() && kind.get() == WorkspaceKind.SAMPLE && !intoSample) {
            err.println(Messages.get("workspace.cli.intoSample", main.context().database().folder()));
            return MainCommand.BAD_INPUT;
        }
        List<Map<String, Object>> report = new ArrayList<>();
        int exit = MainCommand.OK;
        boolean imported = false;
        java.util.Set<Long> batchIds = new java.util.LinkedHashSet<>();
        for (Path file : files) {
            TerminalProgress progress = new TerminalProgress(err, file.getFileName().toString());
            try {
                ImportResult r = service.importFile(file, progress);
                progress.end();
                imported = true;
                batchIds.add(r.batchId());
                if (markOwn) {
                    marker.mark(WorkspaceKind.OWN, null);
                    markOwn = false;
                }
                report.add(resultMap(r));
                if (!json) {
                    out.println(Messages.get("cli.import.done", r.fileName(), r.dataset(), Formats.quarterRange(r.quarters()),
                            r.rowsImported(), r.rowsRejected(), r.encoding()));
                    if (r.rejectsFile() != null) {
                        out.println("  " + Messages.get("cli.import.rejects", r.rejectsFile().toString()));
                    }
                    r.warnings().forEach(w -> out.println("  " + w));
                }
            } catch (UserException e) {
                progress.end();
                exit = Math.max(exit, e instanceof ImportException ? MainCommand.BAD_INPUT : MainCommand.USER_ERROR);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", file.getFileName().toString());
                m.put("error", e.localized());
                m.put("errorKey", e.key());
                report.add(m);
                err.println(e.localized());
            }
        }
        if (json) {
            out.println(Json.write(report));
        }
        if (imported && !json) {
            watchNotice(batchIds, out);
        }
        if (imported && !noTrain) {
            ModelRetraining.ifStale(main.context().estimateService(), json ? err : out, err);
        }
        return exit;
    }

    /** The app's notice on the command line: a new quarter that moved watched districts (counts only, no names). */
    private void watchNotice(java.util.Set<Long> batchIds, java.io.PrintWriter out) {
        if (main.context().workspaceMarker().isSample()) {
            return;
        }
        kr.sanggwon.consult.WatchList.Notice n = main.context().consult().watchList().afterImport(batchIds);
        if (n.worthShowing()) {
            out.println(Messages.get("consult.watch.cli.notice", Formats.quarter(n.quarter()), n.moved(), n.watched(), n.clients()));
        }
    }

    private static Map<String, Object> resultMap(ImportResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", r.fileName());
        m.put("dataset", r.dataset());
        m.put("datasetId", r.datasetId());
        m.put("encoding", r.encoding());
        m.put("rowsRead", r.rowsRead());
        m.put("rowsImported", r.rowsImported());
        m.put("rowsRejected", r.rowsRejected());
        m.put("quarters", r.quarters());
        m.put("rejectsFile", r.rejectsFile() == null ? null : r.rejectsFile().toString());
        m.put("batchId", r.batchId());
        m.put("seconds", r.duration().toMillis() / 1000.0);
        m.put("warnings", r.warnings());
        return m;
    }
}
