package kr.sanggwon.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import kr.sanggwon.AppContext;
import kr.sanggwon.common.DisplayOptions;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.errorlog.ErrorLog;
import kr.sanggwon.errorlog.SafeTrace;
import kr.sanggwon.ingest.ImportException;
import kr.sanggwon.store.DataDirectory;
import kr.sanggwon.store.DatabaseLocation;
import kr.sanggwon.workspace.Workspace;
import kr.sanggwon.workspace.WorkspaceHome;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command-line front end: the same core services as the app, headless. Exit codes: {@link #OK} 0,
 * {@link #USER_ERROR} 1 for anything the user can fix (a bad option, a missing argument, an unknown code, no data yet),
 * {@link #BAD_INPUT} 2 for an input file that cannot be used (the database is left unchanged).
 */
@Command(name = "sanggwon", mixinStandardHelpOptions = true, version = "Sanggwon Desk 0.1.0",
        description = {"상권 데스크 (Sanggwon Desk): offline commercial-district analysis.",
                "Without a command it opens the app (options --data-dir, --db-url, --lang, --font-scale, --snapshot, --exit-after-shown)."},
        footer = {"", "Exit codes: 0 ok, 1 user error (bad option or argument, unknown code, no data yet), "
                + "2 bad input file (the database is unchanged)."},
        subcommands = {ImportCommand.class, StatusCommand.class, SampleCommand.class, EstimateCommand.class, EvalCommand.class,
                TrainCommand.class, DistrictCommand.class, CustomersCommand.class, CompareCommand.class,
                HealthCommand.class, LookalikeCommand.class, FinanceCommand.class, RecommendCommand.class, ClientCommand.class,
                ConsultCommand.class, BenchCommand.class, ReportCommand.class, HuffCommand.class, CommandLine.HelpCommand.class,
                BackupCommand.class, RestoreCommand.class, VerifyCommand.class, WizardCommand.class, LessonCommand.class,
                DatabaseCommand.class})
public final class MainCommand implements Callable<Integer> {
    public static final int OK = 0;
    public static final int USER_ERROR = 1;
    public static final int BAD_INPUT = 2;
    /** A save refused because someone else saved (or deleted) the same case-file record first (optimistic locking). */
    public static final int CONFLICT = 3;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "data folder (default: $SANGGWON_HOME or the per-user app-data folder)")
    Path dataDir;

    @Option(names = "--db-url", paramLabel = "URL", description = "database: a shared PostgreSQL as jdbc:postgresql://HOST:PORT/NAME, "
            + "or embedded (default: $SANGGWON_DB_URL, else the saved setting, else the built-in database in the data folder); "
            + "user and password from $SANGGWON_DB_USER and $SANGGWON_DB_PASSWORD or the saved setting")
    String dbUrl;

    @Option(names = "--lang", paramLabel = "ko|en", description = "language of the messages and the app: ko (default) or en")
    String lang;

    @Option(names = "--font-scale", paramLabel = "PERCENT", description = "app only: text size from 100 to 200 (e.g. 150) for this run")
    String fontScale;

    @Option(names = "--snapshot", paramLabel = "FILE.png", description = "app only: save a PNG of the window once the first screen has loaded its data")
    Path snapshot;

    @Option(names = "--exit-after-shown", description = "app only: close the app once the window is shown (and the snapshot taken)")
    boolean exitAfterShown;

    private AppContext context;
    private Path workspaceFolder;

    /** Opens the data folder on first use (the workspace in use when --data-dir names the app's home of workspaces). */
    AppContext context() {
        if (context == null) {
            DatabaseLocation location = DatabaseLocation.resolve(dbUrl);
            context = workspaceFolder != null && location.embedded() ? AppContext.openFolder(workspaceFolder)
                    : AppContext.open(dataDir, location);
        }
        return context;
    }

    /**
     * Makes the command work on the sample workspace: of the home when --data-dir (or the default folder) is the
     * app's home of workspaces, else on the named folder itself. Call before {@link #context()}.
     */
    void useSampleWorkspace() {
        Path dir = DataDirectory.resolve(dataDir);
        if (WorkspaceHome.isHome(dir)) {
            WorkspaceHome home = WorkspaceHome.open(dir);
            Workspace sample = home.sample();
            home.record(sample);
            workspaceFolder = sample.folder();
        }
    }

    void closeContext() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    /** Reached only without a command and with no app option to open the app with: say how to use it. */
    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(new CommandLine(this), Messages.get("cli.usage.noCommand"));
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8), new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        MainCommand main = new MainCommand();
        CommandLine cl = new CommandLine(main);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, rawArgs) -> usageError(ex, err));
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            if (ex instanceof UserException ue) {
                err.println(ue.localized());
                return exitCode(ue);
            }
            return unexpected(ex, main.dataDir, err);
        });
        cl.setExecutionStrategy(parse -> {
            try {
                main.checkDisplayOptions();
            } catch (UserException e) {
                err.println(e.localized());
                return USER_ERROR;
            }
            try {
                return new CommandLine.RunLast().execute(parse);
            } finally {
                main.closeContext();
            }
        });
        return cl.execute(args);
    }

    /** The exit code of a user error: 2 for a file that cannot be used, 3 for a save someone else beat, else 1. */
    static int exitCode(UserException ue) {
        if (ue instanceof kr.sanggwon.consult.EditConflictException) {
            return CONFLICT;
        }
        return ue instanceof ImportException || ue instanceof EstimateBatch.BadInputFile ? BAD_INPUT : USER_ERROR;
    }

    /**
     * Anything but a {@link UserException} is a fault of the app: written to the data folder's {@link ErrorLog} (when
     * that folder exists; an error does not create one), told in one line with the log's place, then the
     * {@link SafeTrace}. Exit 1, as picocli's stack trace before.
     */
    static int unexpected(Exception error, Path dataDir, PrintWriter err) {
        Path folder = DataDirectory.resolve(dataDir);
        Optional<Path> file = Files.isDirectory(folder) ? ErrorLog.in(folder).record("cli", error) : Optional.empty();
        String kind = error.getClass().getSimpleName();
        String where = SafeTrace.where(error).isEmpty() ? "-" : SafeTrace.where(error);
        err.println(file.map(f -> Messages.get("cli.unexpected", kind, where, f.toAbsolutePath().toString()))
                .orElseGet(() -> Messages.get("cli.unexpected.noLog", kind, where)));
        err.print(SafeTrace.of(error));
        err.flush();
        return USER_ERROR;
    }

    /**
     * Checks the app's options before the app starts ({@code --lang fr} or {@code --font-scale 300} are refused on the
     * terminal with exit 1 instead of being ignored). Returns {@link #OK} when the app may start.
     */
    public static int checkAppOptions(PrintWriter err, String... args) {
        MainCommand main = new MainCommand();
        CommandLine cl = new CommandLine(main);
        try {
            cl.parseArgs(args);
            main.checkDisplayOptions();
            return OK;
        } catch (CommandLine.ParameterException e) {
            return usageError(e, err);
        } catch (UserException e) {
            err.println(e.localized());
            return USER_ERROR;
        }
    }

    public static int checkAppOptions(String... args) {
        return checkAppOptions(new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    /** Applies --lang and checks --font-scale; a value outside the choices is a {@link UserException}. */
    private void checkDisplayOptions() {
        if (lang != null) {
            Messages.setLocale(Locale.forLanguageTag(DisplayOptions.language(lang)));
        }
        if (fontScale != null) {
            DisplayOptions.fontScale(fontScale);
        }
    }

    /** A command line picocli cannot use (missing argument, unknown option, bad number): exit 1 with the reason and where help is. */
    private static int usageError(CommandLine.ParameterException ex, PrintWriter err) {
        String command = ex.getCommandLine().getCommandSpec().qualifiedName().replaceFirst("^sanggwon", "").strip();
        err.println(Messages.get("cli.usage.error", ex.getMessage()));
        err.println(Messages.get("cli.usage.help", command.isEmpty() ? "" : command + " "));
        return USER_ERROR;
    }
}
