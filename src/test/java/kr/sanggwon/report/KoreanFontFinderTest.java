package kr.sanggwon.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import kr.sanggwon.common.Progress;
import kr.sanggwon.consult.Client;
import kr.sanggwon.consult.Consultation;
import kr.sanggwon.consult.Scenario;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which font file the report embeds: the preferred family first, its bold face beside it, fonts in sub-folders, and a
 * TrueType collection (.ttc, as macOS ships Apple SD Gothic Neo) read through fontbox — made here from the machine's
 * Korean .ttf, so the test runs where no .ttc is installed.
 */
class KoreanFontFinderTest {
    @TempDir
    Path dir;
    Path korean;

    @BeforeEach
    void systemFont() {
        korean = KoreanFontFinder.system().find().map(f -> f.regular().file()).filter(p -> p.toString().endsWith(".ttf")).orElse(null);
        Assumptions.assumeTrue(korean != null || System.getenv("CI") != null, "no Korean .ttf on this machine");
        assertThat(korean).as("a Korean .ttf font (fonts-nanum)").isNotNull();
    }

    @Test
    void prefersTheFirstFamilyAndFindsItsBoldFaceInSubFolders() throws IOException {
        Path nested = Files.createDirectories(dir.resolve("truetype").resolve("nanum"));
        Files.copy(korean, nested.resolve("NanumBarunGothic.ttf"));
        Files.copy(korean, nested.resolve("NanumGothic.ttf"));
        Files.copy(korean, nested.resolve("NanumGothicBold.ttf"));
        KoreanFontFinder.Faces faces = new KoreanFontFinder(List.of(dir)).find().orElseThrow();
        assertThat(faces.regular().file().getFileName().toString()).isEqualTo("NanumGothic.ttf");
        assertThat(faces.bold().file().getFileName().toString()).isEqualTo("NanumGothicBold.ttf");
        assertThat(faces.regular().collection()).isFalse();
        assertThat(new KoreanFontFinder(List.of(dir.resolve("missing"))).find()).isEmpty();
    }

    @Test
    void aTrueTypeCollectionIsEmbeddedAndItsKoreanExtractsAsKorean() throws IOException {
        Files.write(dir.resolve("AppleSDGothicNeo.ttc"), collectionOf(Files.readAllBytes(korean)));
        KoreanFontFinder.Faces faces = new KoreanFontFinder(List.of(dir)).find().orElseThrow();
        assertThat(faces.regular().collection()).isTrue();

        Instant now = Instant.parse("2026-03-02T00:00:00Z");
        ReportContent content = new ReportContent(Locale.KOREAN, true,
                new Client(1, "한가람", null, null, null, null, null, null, null, now, now, 0),
                new Consultation(1, 1, LocalDate.of(2026, 3, 2), null, null, null, null, now, now, 0), "이도윤",
                List.of(new Scenario(1, 1, now, now, 16, 7L, ReportFixture.snapshot("망원동 커피", "11440690"), 0)),
                LocalDate.of(2026, 3, 3));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ReportService.render(content, faces, pdf, Progress.NONE);
        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("한가람 님 상담 요약", "상담사 이도윤", "망원동 커피");
        }
    }

    /** A one-font .ttc: the collection header, then the font with its table offsets moved past that header. */
    private static byte[] collectionOf(byte[] ttf) {
        int header = 16;
        ByteBuffer font = ByteBuffer.wrap(ttf.clone());
        int tables = Short.toUnsignedInt(font.getShort(4));
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i + 8;
            font.putInt(at, font.getInt(at) + header);
        }
        ByteBuffer out = ByteBuffer.allocate(header + ttf.length);
        out.put("ttcf".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(0x00010000).putInt(1).putInt(header);
        out.put(font.array());
        return out.array();
    }
}
