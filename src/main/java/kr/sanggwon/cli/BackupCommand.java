package kr.sanggwon.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import kr.sanggwon.common.Messages;
import kr.sanggwon.store.BackupFolder;
import kr.sanggwon.store.BackupReason;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** backup: a backup of the workspace now (kept with the others in its backups/ folder), or --list them. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Back up the workspace now into its backups/ folder (checksummed; the 10 newest manual ones are kept).",
                "Automatic backups: before every import (5 kept), before a schema upgrade (3), daily when the app runs (7)."})
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    MainCommand main;

    @Spec
    CommandSpec spec;

    @Option(names = "--list", description = "list the backups, newest first, instead of taking one")
    boolean list;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        var backups = main.context().backups();
        if (list) {
            var all = backups.list();
            if (all.isEmpty()) {
                out.println(Messages.get("backup.cli.none"));
            }
            for (BackupFolder.Entry e : all) {
                out.println(Messages.get("backup.cli.line", e.file().toString(), Messages.get("backup.reason." + e.reason().tag())));
            }
            return MainCommand.OK;
        }
        long start = System.nanoTime();
        BackupFolder.Entry e = backups.backup(BackupReason.MANUAL);
        out.println(Messages.get("backup.cli.done", e.file().toString(), (System.nanoTime() - start) / 1_000_000));
        return MainCommand.OK;
    }
}
