package kr.sanggwon.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import kr.sanggwon.backup.ClientPurge;
import kr.sanggwon.common.Messages;
import kr.sanggwon.consult.Client;
import kr.sanggwon.consult.ConsultService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * client purge ID --yes: deletes the client with its consultations and scenarios, compacts the database file so
 * nothing of them is left in it, and deletes the older backups that still hold them (one fresh backup is taken).
 */
@Command(name = "purge", mixinStandardHelpOptions = true,
        description = {"Erase a client for good: its consultations and scenarios too, the database file compacted,",
                "older backups deleted (a fresh one is taken). Needs --yes."})
final class ClientPurgeCommand implements Callable<Integer> {
    @ParentCommand
    ClientCommand parent;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "ID")
    long id;
    @Option(names = "--yes", description = "confirm: this cannot be undone")
    boolean yes;

    @Override
    public Integer call() {
        ConsultService s = CasePassphrase.unlock(parent.main);
        Client c = s.client(id);
        if (!yes) {
            spec.commandLine().getErr().println(Messages.get("purge.cli.needYes", c.id()));
            return MainCommand.USER_ERROR;
        }
        Path folder = parent.main.context().database().folder();
        s.deleteClient(id);
        var db = parent.main.context().database();
        if (!db.embedded()) {
            // a shared server: its tables are rewritten there; its backups are the server administrator's
            boolean compacted = db.compactCaseFiles();
            spec.commandLine().getOut().println(Messages.get(compacted ? "purge.cli.doneServer" : "purge.cli.doneServerNotCompacted", id));
            return MainCommand.OK;
        }
        parent.main.closeContext();
        ClientPurge.Result r = ClientPurge.compactAndRotate(folder);
        spec.commandLine().getOut().println(Messages.get("purge.cli.done", id, r.backupsDeleted(), r.freshBackup().toString()));
        return MainCommand.OK;
    }
}
