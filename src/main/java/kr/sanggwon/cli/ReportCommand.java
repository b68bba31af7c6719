package kr.sanggwon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import kr.sanggwon.common.DisplayOptions;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Progress;
import kr.sanggwon.report.ReportOptions;
import kr.sanggwon.report.ReportPreview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** report: a consultation's saved scenarios as a Korean (or English) PDF; optionally PNG pictures of its pages. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the PDF report of a consultation (its saved scenarios, as saved). Passphrase from $SANGGWON_PASSPHRASE or asked.")
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    MainCommand main;
    @Spec
    CommandSpec spec;
    @Option(names = "--consultation", required = true, paramLabel = "ID")
    long consultation;
    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "the PDF to write (replaced when it exists)")
    Path out;
    @Option(names = "--one-page", description = "the one-page summary for the owner instead of the full report")
    boolean onePage;
    @Option(names = "--lang", paramLabel = "ko|en", description = "language of the report (default: the language of the messages)")
    String lang;
    @Option(names = "--consultant", paramLabel = "NAME", description = "consultant's name to print (default: the one saved in 상담)")
    String consultant;
    @Option(names = "--preview-png", paramLabel = "DIR", description = "also write a PNG of every page (FILE-p1.png …) into DIR")
    Path previewDir;

    @Override
    public Integer call() throws IOException {
        Locale locale = lang == null ? Messages.locale() : Locale.forLanguageTag(DisplayOptions.language(lang));
        CasePassphrase.unlock(main);
        Path written = main.context().report().write(consultation, out, new ReportOptions(locale, onePage, consultant), Progress.NONE);
        PrintWriter pw = spec.commandLine().getOut();
        pw.println(Messages.get("report.cli.saved", written.toString()));
        if (previewDir != null) {
            String name = written.getFileName().toString().replaceFirst("(?i)\\.pdf$", "");
            List<Path> pngs = ReportPreview.pages(written, previewDir, name, 110);
            pw.println(Messages.get("report.cli.previews", pngs.size(), previewDir.toString()));
        }
        return MainCommand.OK;
    }
}
