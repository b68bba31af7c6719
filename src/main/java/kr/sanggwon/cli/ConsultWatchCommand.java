package kr.sanggwon.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import kr.sanggwon.common.Messages;
import kr.sanggwon.consult.ConsultService;
import kr.sanggwon.consult.WatchFinding;
import kr.sanggwon.consult.WatchList;
import kr.sanggwon.consult.Watched;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** consult watch add | list | remove | changes: a client's 관심 목록 and the watched districts that moved notably. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "관심 목록: districts and industries a client watches, and which moved notably in the newest quarter.",
        subcommands = {ConsultWatchCommand.Add.class, ConsultWatchCommand.ListWatched.class, ConsultWatchCommand.Remove.class,
                ConsultWatchCommand.Changes.class})
final class ConsultWatchCommand implements Runnable {
    @ParentCommand
    ConsultCommand parent;
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private WatchList watchList() {
        return CasePassphrase.unlock(parent.main).watchList();
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Watch a district (상권 or 행정동, code or name) for a client, for one industry or all (default).")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        ConsultWatchCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--client", required = true, paramLabel = "ID")
        long client;
        @Option(names = "--district", required = true, description = "district code or name, e.g. 3110008 or 역삼1동")
        String district;
        @Option(names = "--industry", description = "industry code or name, or 'all' (default)")
        String industry;
        @Option(names = "--note", description = "why this place matters to the client (stored encrypted)")
        String note;
        @Option(names = "--json", description = "print as JSON")
        boolean json;

        @Override
        public Integer call() {
            ConsultService s = CasePassphrase.unlock(parent.parent.main);
            String code = Inputs.district(parent.parent.main.context(), district);
            String ind = industry == null || industry.strip().toLowerCase(Locale.ROOT).equals("all") ? null
                    : Inputs.industry(parent.parent.main.context(), industry);
            Watched w = s.watchList().add(client, code, ind, note);
            PrintWriter out = spec.commandLine().getOut();
            out.println(json ? Json.write(w) : Messages.get("consult.watch.cli.added", w.watch().id(), w.clientName(), w.place()));
            return MainCommand.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The watched districts of all clients, or of one (--client).")
    static final class ListWatched implements Callable<Integer> {
        @ParentCommand
        ConsultWatchCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--client", paramLabel = "ID")
        Long client;
        @Option(names = "--json", description = "print as JSON")
        boolean json;

        @Override
        public Integer call() {
            List<Watched> list = parent.watchList().list(client);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(list));
                return MainCommand.OK;
            }
            if (list.isEmpty()) {
                out.println(Messages.get("consult.watch.cli.none"));
            }
            for (Watched w : list) {
                out.println(Messages.get("consult.watch.cli.line", w.watch().id(), w.clientName(), w.text()));
            }
            return MainCommand.OK;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Stop watching: removes one entry by its number.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        ConsultWatchCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "ENTRY")
        long id;

        @Override
        public Integer call() {
            parent.watchList().remove(id);
            spec.commandLine().getOut().println(Messages.get("consult.watch.cli.removed", id));
            return MainCommand.OK;
        }
    }

    @Command(name = "changes", mixinStandardHelpOptions = true,
            description = "연락할 곳: watched districts whose sales, stores, closure rate or change index moved notably.")
    static final class Changes implements Callable<Integer> {
        @ParentCommand
        ConsultWatchCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--client", paramLabel = "ID")
        Long client;
        @Option(names = "--json", description = "print as JSON (each change with its sentence)")
        boolean json;

        @Override
        public Integer call() {
            List<WatchFinding> list = parent.watchList().findings(client);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.write(list.stream().map(Changes::json).toList()));
                return MainCommand.OK;
            }
            if (list.isEmpty()) {
                out.println(Messages.get("consult.watch.cli.noChanges"));
            }
            list.forEach(f -> out.println(f.text()));
            return MainCommand.OK;
        }

        private static java.util.Map<String, Object> json(WatchFinding f) {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("entry", f.watched().watch().id());
            m.put("clientId", f.watched().watch().clientId());
            m.put("client", f.watched().clientName());
            m.put("district", f.watched().watch().district());
            m.put("districtName", f.watched().districtName());
            m.put("industry", f.watched().watch().industry());
            m.put("industryName", f.watched().industryName());
            m.put("quarter", f.quarter());
            m.put("sentence", f.sentence());
            m.put("changes", f.changes().stream().map(c -> {
                java.util.Map<String, Object> x = new java.util.LinkedHashMap<>();
                x.put("metric", c.metric().name());
                x.put("basis", c.basis().name());
                x.put("quarter", c.quarter());
                x.put("before", c.before());
                x.put("after", c.after());
                x.put("delta", c.delta());
                x.put("usual", c.usual());
                x.put("fromCode", c.fromCode());
                x.put("toCode", c.toCode());
                x.put("sentence", c.sentence());
                return x;
            }).toList());
            return m;
        }
    }
}
