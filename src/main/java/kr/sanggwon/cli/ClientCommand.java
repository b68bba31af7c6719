package kr.sanggwon.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.consult.Client;
import kr.sanggwon.consult.ClientInput;
import kr.sanggwon.consult.ConsultService;
import kr.sanggwon.consult.Consultation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** client add | list | show: the 상담 clients (encrypted; passphrase from SANGGWON_PASSPHRASE or the terminal). */
@Command(name = "client", mixinStandardHelpOptions = true, description = "상담 clients: add, list (with --search), show. Passphrase from $SANGGWON_PASSPHRASE or asked.",
        subcommands = {ClientCommand.Add.class, ClientCommand.ListClients.class, ClientCommand.Show.class,
                ClientPurgeCommand.class, ClientTransferCommands.Export.class, ClientTransferCommands.Import.class,
                ClientPassphraseCommand.class, ClientAutoLockCommand.class})
final class ClientCommand implements Runnable {
    @ParentCommand
    MainCommand main;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a client; prints its number.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        ClientCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--name", required = true, description = "owner's name")
        String name;
        @Option(names = "--phone")
        String phone;
        @Option(names = "--email")
        String email;
        @Option(names = "--idea", description = "business idea or current shop")
        String idea;
        @Option(names = "--industry", description = "서비스 업종 code, e.g. CS100010")
        String industry;
        @Option(names = "--budget", description = "budget in 만원 (10,000 KRW)")
        Long budgetMan;
        @Option(names = "--target", description = "target customers")
        String target;
        @Option(names = "--notes")
        String notes;
        @Option(names = "--json", description = "print as JSON")
        boolean json;

        @Override
        public Integer call() {
            ConsultService s = CasePassphrase.unlock(parent.main);
            Client c = s.addClient(new ClientInput(name, phone, email, idea, industry, budgetMan == null ? null : budgetMan * 10_000L,
                    target, notes));
            PrintWriter out = spec.commandLine().getOut();
            out.println(json ? Json.write(c) : Messages.get("consult.cli.clientAdded", c.id(), c.name()));
            return MainCommand.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List clients (by name), optionally only those matching --search.")
    static final class ListClients implements Callable<Integer> {
        @ParentCommand
        ClientCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--search", description = "part of a name, phone, note or district")
        String search;
        @Option(names = "--json", description = "print as JSON")
        boolean json;

        @Override
        public Integer call() {
            ConsultService s = CasePassphrase.unlock(parent.main);
            List<Client> clients = search == null ? s.clients() : s.search(search);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(clients));
                return MainCommand.OK;
            }
            if (clients.isEmpty()) {
                out.println(Messages.get("consult.cli.noClients"));
            }
            for (Client c : clients) {
                out.println(Messages.get("consult.cli.clientLine", c.id(), c.name(), c.phone() == null ? "-" : c.phone(),
                        c.idea() == null ? "-" : c.idea()));
            }
            return MainCommand.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One client with its consultations.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        ClientCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "ID")
        long id;
        @Option(names = "--json", description = "print as JSON")
        boolean json;

        @Override
        public Integer call() {
            ConsultService s = CasePassphrase.unlock(parent.main);
            Client c = s.client(id);
            List<Consultation> ks = s.consultations(id);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.writeWith(c, "consultations", ks));
                return MainCommand.OK;
            }
            out.println(Messages.get("consult.cli.clientLine", c.id(), c.name(), c.phone() == null ? "-" : c.phone(),
                    c.idea() == null ? "-" : c.idea()));
            if (c.budget() != null) {
                out.println("  " + Messages.get("consult.field.budget") + ": " + Formats.money(c.budget()));
            }
            for (Consultation k : ks) {
                out.println(Messages.get("consult.cli.consultationLine", k.id(), k.heldOn().toString(), k.place() == null ? "-" : k.place(),
                        k.followUpOn() == null ? "-" : k.followUpOn().toString()));
            }
            return MainCommand.OK;
        }
    }
}
