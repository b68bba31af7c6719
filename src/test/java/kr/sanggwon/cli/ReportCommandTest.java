package kr.sanggwon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import kr.sanggwon.AppContext;
import kr.sanggwon.common.Messages;
import kr.sanggwon.consult.ClientInput;
import kr.sanggwon.consult.ConsultService;
import kr.sanggwon.consult.Consultation;
import kr.sanggwon.consult.ConsultationInput;
import kr.sanggwon.report.KoreanFontFinder;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report on the command line: the vault passphrase as for consult, the PDF and its page pictures, errors as exit 1. */
class ReportCommandTest {
    private static final String PASS = "리포트 명령 암호 2026";
    @TempDir
    Path dir;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Map<String, String> env = new java.util.HashMap<>();

    @BeforeEach
    void setUp() {
        Messages.setLocale(Locale.KOREAN);
        CasePassphrase.environment = env::get;
        Assumptions.assumeTrue(KoreanFontFinder.system().find().isPresent() || System.getenv("CI") != null, "no Korean font");
    }

    @AfterEach
    void restore() {
        CasePassphrase.environment = System::getenv;
        Messages.setLocale(Locale.KOREAN);
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return MainCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
    }

    @Test
    void writesTheReportAndItsPagePicturesAndRefusesAnUnknownConsultation() throws Exception {
        long id;
        try (AppContext app = AppContext.open(dir.resolve("data"))) {
            ConsultService s = app.consult();
            s.vault().setUp(PASS.toCharArray(), PASS.toCharArray());
            long client = s.addClient(new ClientInput("윤말순", null, null, "국숫집", null, null, null, null)).id();
            Consultation k = s.addConsultation(client, new ConsultationInput(java.time.LocalDate.of(2026, 4, 1), null, null, null, null));
            id = k.id();
        }
        Path pdf = dir.resolve("r.pdf");
        assertThat(run("report", "--consultation", String.valueOf(id), "--out", pdf.toString())).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("SANGGWON_PASSPHRASE");
        assertThat(pdf).doesNotExist();

        env.put("SANGGWON_PASSPHRASE", PASS);
        assertThat(run("report", "--consultation", "777", "--out", pdf.toString())).isEqualTo(MainCommand.USER_ERROR);
        assertThat(err.toString()).contains("777");
        assertThat(pdf).doesNotExist();

        assertThat(run("report", "--consultation", String.valueOf(id), "--out", pdf.toString(), "--lang", "en",
                "--preview-png", dir.resolve("png").toString())).isZero();
        assertThat(out.toString()).contains(pdf.toString());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("District analysis consultation report", "윤말순",
                    "No scenario is saved");
        }
        assertThat(dir.resolve("png").resolve("r-p1.png")).exists();

        assertThat(run("report", "--consultation", String.valueOf(id), "--out", pdf.toString(), "--lang", "fr")).isEqualTo(MainCommand.USER_ERROR);
        assertThat(Files.size(pdf)).isPositive();
    }
}
