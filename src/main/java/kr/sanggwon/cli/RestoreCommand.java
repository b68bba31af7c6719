package kr.sanggwon.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kr.sanggwon.backup.BackupException;
import kr.sanggwon.backup.BackupRestore;
import kr.sanggwon.backup.VerifyReport;
import kr.sanggwon.common.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * restore FILE --yes: checks the backup, takes a backup of the current state, then puts the file in place of the
 * workspace's database. A damaged file is refused (exit 2) and nothing changes.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replace the workspace's data with a backup file after checking it (a damaged file is refused, exit 2).",
                "The current state is backed up first (reason 'restore'). Needs --yes."})
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    MainCommand main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "a .sgbak backup file")
    Path file;

    @Option(names = "--yes", description = "confirm: the workspace's current data is replaced")
    boolean yes;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isRegularFile(file)) {
            throw new BackupException("backup.notFound", file.toString());
        }
        if (!yes) {
            spec.commandLine().getErr().println(Messages.get("backup.cli.needYes", main.context().database().folder().toString()));
            return MainCommand.USER_ERROR;
        }
        Path folder = main.context().database().folder();
        VerifyReport report;
        try {
            report = main.context().backups().prepareRestore(file);
        } catch (BackupException e) {
            spec.commandLine().getErr().println(e.localized());
            return MainCommand.BAD_INPUT;
        }
        main.closeContext();
        BackupRestore.replace(file, folder);
        out.println(Messages.get("backup.cli.restored", file.getFileName().toString(), report.manifest().createdAt().toString(),
                folder.toString()));
        return MainCommand.OK;
    }
}
