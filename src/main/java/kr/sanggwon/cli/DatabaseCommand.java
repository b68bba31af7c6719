package kr.sanggwon.cli;

import java.io.Console;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.store.DatabaseLocation;
import kr.sanggwon.store.DatabaseSettings;
import kr.sanggwon.store.ServerProbe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * database: where the data is kept — the built-in database in the data folder (default) or a shared PostgreSQL — as
 * the settings screen's 데이터 저장 위치 section does: show the choice, test a connection, save the choice. The
 * password comes from $SANGGWON_DB_PASSWORD or is asked without echo, never from an argument.
 */
@Command(name = "database", mixinStandardHelpOptions = true,
        description = "Where the data is kept: the built-in database (default) or a shared PostgreSQL. Show, test or save the choice.",
        subcommands = {DatabaseCommand.Show.class, DatabaseCommand.Test.class, DatabaseCommand.Save.class})
final class DatabaseCommand implements Callable<Integer> {
    /** Where the environment is read (tests put a map here). */
    static UnaryOperator<String> environment = System::getenv;

    @ParentCommand
    MainCommand main;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return new Show().print(main, spec, false);
    }

    static DatabaseLocation chosen(MainCommand main) {
        Map<String, String> env = new LinkedHashMap<>();
        for (String k : new String[] {DatabaseLocation.ENV_URL, DatabaseLocation.ENV_USER, DatabaseLocation.ENV_PASSWORD}) {
            String v = environment.apply(k);
            if (v != null) {
                env.put(k, v);
            }
        }
        return DatabaseLocation.resolve(main.dbUrl, env, DatabaseSettings.forUser().read());
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "The database in use (password hidden) and the settings file.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        DatabaseCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--json", description = "print as JSON")
        boolean json;

        @Override
        public Integer call() {
            return print(parent.main, spec, json);
        }

        int print(MainCommand main, CommandSpec spec, boolean asJson) {
            DatabaseLocation l = chosen(main);
            var out = spec.commandLine().getOut();
            String file = DatabaseSettings.forUser().file().toString();
            if (asJson) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("database", l.embedded() ? "embedded" : "postgresql");
                m.put("url", l.embedded() ? null : l.safeUrl());
                m.put("user", l.user());
                m.put("password", l.password() == null ? null : "***");
                m.put("settingsFile", file);
                out.println(Json.write(m));
            } else {
                out.println(l.embedded() ? Messages.get("store.db.cli.embedded")
                        : Messages.get("store.db.cli.server", l.safeUrl(), l.user() == null ? "-" : l.user()));
                out.println(Messages.get("store.db.cli.file", file));
            }
            return MainCommand.OK;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Connect once to the shared database in use (or --db-url) and say what is there; changes nothing.")
    static final class Test implements Callable<Integer> {
        @ParentCommand
        DatabaseCommand parent;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            DatabaseLocation l = chosen(parent.main);
            if (l.embedded()) {
                throw new UserException("store.db.cli.testEmbedded");
            }
            ServerProbe.Result r = ServerProbe.probe(l);
            spec.commandLine().getOut().println(Messages.get("store.db.connected", r.serverVersion(),
                    Messages.get("store.db.schema." + r.schema().name())));
            return MainCommand.OK;
        }
    }

    @Command(name = "save", mixinStandardHelpOptions = true,
            description = {"Remember the database for the app and the CLI: a jdbc:postgresql:// URL, or embedded for the built-in one.",
                    "The settings file is readable by you only; the password comes from $SANGGWON_DB_PASSWORD or is asked."})
    static final class Save implements Callable<Integer> {
        @ParentCommand
        DatabaseCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "URL|embedded")
        String url;
        @Option(names = "--user", paramLabel = "NAME", description = "database user")
        String user;
        @Option(names = "--no-password", description = "the server needs no password (e.g. trust or peer login)")
        boolean noPassword;

        @Override
        public Integer call() {
            DatabaseSettings settings = DatabaseSettings.forUser();
            if (url.strip().equalsIgnoreCase(DatabaseLocation.EMBEDDED_WORD)) {
                settings.write(DatabaseSettings.Saved.NONE);
                spec.commandLine().getOut().println(Messages.get("store.db.savedEmbedded", settings.file()));
                return MainCommand.OK;
            }
            String password = noPassword ? null : password();
            // checks the address before it is saved (a mistyped scheme is refused here, not at the next start)
            DatabaseLocation l = new DatabaseLocation(url.strip(), user, password).passwordOutOfUrl();
            settings.write(new DatabaseSettings.Saved(l.url(), l.user(), l.password()));
            spec.commandLine().getOut().println(Messages.get("store.db.savedServer", l.safeUrl(), settings.file()));
            return MainCommand.OK;
        }

        private String password() {
            String env = environment.apply(DatabaseLocation.ENV_PASSWORD);
            if (env != null) {
                return env;
            }
            Console console = System.console();
            if (console == null) {
                throw new UserException("store.db.cli.noPassword", DatabaseLocation.ENV_PASSWORD);
            }
            return new String(console.readPassword("%s", Messages.get("store.db.cli.askPassword") + " "));
        }
    }
}
