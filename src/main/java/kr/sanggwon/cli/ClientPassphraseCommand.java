package kr.sanggwon.cli;

import java.io.Console;
import java.util.concurrent.Callable;
import kr.sanggwon.common.Messages;
import kr.sanggwon.consult.ConsultException;
import kr.sanggwon.consult.ConsultService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * client passphrase: changes the case files' passphrase. Only the data key is wrapped again; no case file is
 * re-encrypted. The current passphrase as for every client command, the new one from {@value #ENV} or asked twice.
 */
@Command(name = "passphrase", mixinStandardHelpOptions = true,
        description = "Change the passphrase of the case files (current one from $SANGGWON_PASSPHRASE or asked, new one from $"
                + ClientPassphraseCommand.ENV + " or asked twice).")
final class ClientPassphraseCommand implements Callable<Integer> {
    static final String ENV = "SANGGWON_NEW_PASSPHRASE";

    @ParentCommand
    ClientCommand parent;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String oldEnv = CasePassphrase.environment.apply(CasePassphrase.ENV);
        String newEnv = CasePassphrase.environment.apply(ENV);
        Console console = System.console();
        char[] old;
        char[] next;
        char[] again;
        if (oldEnv != null && newEnv != null) {
            old = oldEnv.toCharArray();
            next = newEnv.toCharArray();
            again = newEnv.toCharArray();
        } else if (console != null) {
            old = oldEnv != null ? oldEnv.toCharArray() : console.readPassword("%s", Messages.get("consult.cli.passphrase") + " ");
            next = console.readPassword("%s", Messages.get("consult.cli.newPassphrase") + " ");
            again = console.readPassword("%s", Messages.get("consult.cli.repeatPassphrase") + " ");
        } else {
            throw new ConsultException("consult.vault.noPassphraseEnv", CasePassphrase.ENV + ", " + ENV);
        }
        ConsultService s = parent.main.context().consult();
        s.vault().changePassphrase(old, next, again);
        spec.commandLine().getOut().println(Messages.get("passphrase.cli.changed"));
        return MainCommand.OK;
    }
}
