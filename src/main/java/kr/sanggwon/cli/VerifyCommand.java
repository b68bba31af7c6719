package kr.sanggwon.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kr.sanggwon.backup.VerifyReport;
import kr.sanggwon.common.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** verify [FILE]: checks a backup file, or (without FILE) a consistent copy of the workspace. Exit 2 when a check fails. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check a backup file (or, without FILE, the workspace): checksum, schema version, foreign keys,",
                "summary tables against their source rows, stored models. Exit 2 when any check fails."})
final class VerifyCommand implements Callable<Integer> {
    @ParentCommand
    MainCommand main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "a .sgbak backup file")
    Path file;

    @Override
    public Integer call() {
        VerifyReport r = file == null ? main.context().backups().verifyCurrent() : kr.sanggwon.backup.BackupVerifier.verify(file);
        print(spec.commandLine().getOut(), r);
        return r.ok() ? MainCommand.OK : MainCommand.BAD_INPUT;
    }

    static void print(PrintWriter out, VerifyReport r) {
        if (r.manifest() != null) {
            out.println(Messages.get("backup.cli.manifest", r.manifest().createdAt().toString(), r.manifest().schemaVersion(),
                    r.manifest().dataVersion()));
        }
        for (VerifyReport.Check c : r.checks()) {
            out.println(Messages.get(c.ok() ? "backup.cli.checkOk" : "backup.cli.checkFailed", Messages.get("backup.check." + c.key()),
                    c.detail()));
        }
        out.println(Messages.get(r.ok() ? "backup.cli.verified" : "backup.cli.notVerified"));
    }
}
