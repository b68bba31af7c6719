package kr.sanggwon.cli;

import java.util.concurrent.Callable;
import kr.sanggwon.common.Messages;
import kr.sanggwon.consult.IdleLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * client auto-lock [MINUTES]: shows or sets after how many idle minutes 상담 locks itself in this workspace (1–120;
 * "never" is refused). Setting it needs the passphrase, like every change to the case files.
 */
@Command(name = "auto-lock", mixinStandardHelpOptions = true,
        description = {"Show, or set, after how many idle minutes the consultations lock themselves in this workspace",
                "(1-120 minutes; never-locking is refused). Setting needs the passphrase."})
final class ClientAutoLockCommand implements Callable<Integer> {
    @ParentCommand
    ClientCommand parent;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "MINUTES", arity = "0..1", description = "new idle time in minutes (1-120)")
    String minutes;

    @Override
    public Integer call() {
        IdleLock lock = parent.main.context().consult().idleLock();
        if (minutes == null) {
            spec.commandLine().getOut().println(Messages.get("consult.cli.idleShown", lock.minutes(), IdleLock.MIN_MINUTES,
                    IdleLock.MAX_MINUTES));
            return MainCommand.OK;
        }
        int m = IdleLock.parse(minutes);
        CasePassphrase.unlock(parent.main).idleLock().set(m);
        spec.commandLine().getOut().println(Messages.get("consult.cli.idleSet", m));
        return MainCommand.OK;
    }
}
