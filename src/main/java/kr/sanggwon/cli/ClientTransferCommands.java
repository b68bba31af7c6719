package kr.sanggwon.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import kr.sanggwon.common.Messages;
import kr.sanggwon.consult.Client;
import kr.sanggwon.consult.ClientTransfer;
import kr.sanggwon.consult.ConsultException;
import kr.sanggwon.consult.ConsultService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * client export / client import: one client with consultations and scenarios as one encrypted file. The file's
 * passphrase comes from {@value #ENV} or is asked without echo (twice when exporting) — never from an argument.
 */
final class ClientTransferCommands {
    static final String ENV = "SANGGWON_TRANSFER_PASSPHRASE";

    private ClientTransferCommands() {
    }

    static char[] transferPassphrase(boolean twice) {
        String env = CasePassphrase.environment.apply(ENV);
        if (env != null) {
            return env.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new ConsultException("transfer.noPassphraseEnv", ENV);
        }
        char[] first = console.readPassword("%s", Messages.get("transfer.cli.passphrase") + " ");
        if (twice) {
            char[] again = console.readPassword("%s", Messages.get("consult.cli.repeatPassphrase") + " ");
            if (!Arrays.equals(first, again)) {
                throw new ConsultException("consult.vault.mismatch");
            }
        }
        return first;
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write one client with consultations and scenarios to an encrypted file (passphrase from $"
                    + ENV + " or asked).")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        ClientCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "ID")
        long id;
        @Option(names = "--out", required = true, paramLabel = "FILE" + ClientTransfer.EXTENSION)
        Path out;

        @Override
        public Integer call() {
            ConsultService s = CasePassphrase.unlock(parent.main);
            new ClientTransfer(s).export(id, out, transferPassphrase(true));
            spec.commandLine().getOut().println(Messages.get("transfer.cli.exported", id, out.toString()));
            return MainCommand.OK;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Add the client of an encrypted client file as a new client (passphrase from $" + ENV + " or asked).")
    static final class Import implements Callable<Integer> {
        @ParentCommand
        ClientCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            ConsultService s = CasePassphrase.unlock(parent.main);
            Client c = new ClientTransfer(s).importFile(file, transferPassphrase(false));
            spec.commandLine().getOut().println(Messages.get("transfer.cli.imported", c.id(), c.name()));
            return MainCommand.OK;
        }
    }
}
