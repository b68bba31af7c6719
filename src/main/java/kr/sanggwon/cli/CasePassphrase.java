package kr.sanggwon.cli;

import java.io.Console;
import kr.sanggwon.consult.CaseVault;
import kr.sanggwon.consult.ConsultException;
import kr.sanggwon.consult.ConsultService;

/**
 * Unlocks the case files for one command. The passphrase comes from the environment variable
 * {@value #ENV} or is asked on the terminal without echo — never from an argument (it would land in the shell
 * history). On first use it sets the passphrase (asked twice on a terminal).
 */
final class CasePassphrase {
    static final String ENV = "SANGGWON_PASSPHRASE";
    /** Where the environment is read (tests put a map here). */
    static java.util.function.UnaryOperator<String> environment = System::getenv;

    private CasePassphrase() {
    }

    static ConsultService unlock(MainCommand main) {
        if (main.context().workspaceMarker().isSample()) {
            throw new ConsultException("consult.error.sampleWorkspace", main.context().database().folder());
        }
        ConsultService consult = main.context().consult();
        CaseVault vault = consult.vault();
        if (vault.isUnlocked()) {
            return consult;
        }
        String env = environment.apply(ENV);
        Console console = System.console();
        if (!vault.isSetUp()) {
            if (env != null) {
                vault.setUp(env.toCharArray(), env.toCharArray());
            } else if (console != null) {
                char[] first = console.readPassword("%s", kr.sanggwon.common.Messages.get("consult.cli.newPassphrase") + " ");
                char[] again = console.readPassword("%s", kr.sanggwon.common.Messages.get("consult.cli.repeatPassphrase") + " ");
                vault.setUp(first, again);
            } else {
                throw new ConsultException("consult.vault.noPassphraseEnv", ENV);
            }
            return consult;
        }
        if (env != null) {
            vault.unlock(env.toCharArray());
        } else if (console != null) {
            vault.unlock(console.readPassword("%s", kr.sanggwon.common.Messages.get("consult.cli.passphrase") + " "));
        } else {
            throw new ConsultException("consult.vault.noPassphraseEnv", ENV);
        }
        return consult;
    }
}
