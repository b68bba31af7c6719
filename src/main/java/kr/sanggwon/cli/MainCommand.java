package kr.sanggwon.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import kr.sanggwon.AppContext;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.ingest.ImportException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command-line front end: the same core services as the app, headless. */
@Command(name = "sanggwon", mixinStandardHelpOptions = true, version = "Sanggwon Desk 0.1.0",
        description = "상권 데스크 (Sanggwon Desk): offline commercial-district analysis. Without a command it opens the app.",
        subcommands = {ImportCommand.class, StatusCommand.class, SampleCommand.class, EstimateCommand.class, EvalCommand.class,
                TrainCommand.class, DistrictCommand.class, CustomersCommand.class, CompareCommand.class,
                HealthCommand.class, LookalikeCommand.class, ClientCommand.class, ConsultCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class MainCommand {
    public static final int OK = 0;
    public static final int USER_ERROR = 1;
    public static final int BAD_INPUT = 2;

    @Option(names = "--data-dir", description = "data folder (default: $SANGGWON_HOME or the per-user app-data folder)")
    Path dataDir;

    @Option(names = "--lang", description = "ko (default) or en")
    String lang;

    private AppContext context;

    /** Opens the data folder on first use. */
    AppContext context() {
        if (context == null) {
            context = AppContext.open(dataDir);
        }
        return context;
    }

    void closeContext() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8), new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        MainCommand main = new MainCommand();
        CommandLine cl = new CommandLine(main);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            if (ex instanceof UserException ue) {
                err.println(ue.localized());
                return ue instanceof ImportException ? BAD_INPUT : USER_ERROR;
            }
            throw ex;
        });
        cl.setExecutionStrategy(parse -> {
            if (main.lang != null) {
                Messages.setLocale(Locale.forLanguageTag(main.lang));
            }
            try {
                return new CommandLine.RunLast().execute(parse);
            } finally {
                main.closeContext();
            }
        });
        return cl.execute(args);
    }
}
