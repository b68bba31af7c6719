package kr.sanggwon.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kr.sanggwon.TestData;
import kr.sanggwon.cli.MainCommand;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Progress;
import kr.sanggwon.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Files that are not what they claim are refused with a message naming the file (and line/column where it
 * applies), the CLI exits 2, and every table is exactly as before (row counts + checksum of a sorted dump).
 */
class BadInputTest {
    @TempDir
    Path dir;
    @TempDir
    Path files;
    Database db;
    ImportService service;
    DbProbe probe;

    /** One kind of bad file, how to build it, and the message key it must be refused with. */
    enum Bad {
        XLSX_RENAMED("통계.csv", "ingest.error.zip"),
        ZIP_RENAMED("download.csv", "ingest.error.zip"),
        XLS_OLE2("old_excel.csv", "ingest.error.office"),
        HWP_OLE2("report.hwp", "ingest.error.office"),
        HTML_ERROR_PAGE("서울시 상권분석서비스(추정매출-상권).csv", "ingest.error.html"),
        PDF("manual.csv", "ingest.error.pdf"),
        TRUNCATED_QUOTED("서울시 상권분석서비스(상주인구-상권).csv", "ingest.error.truncated"),
        TRUNCATED_UNQUOTED("stores_cut.csv", "ingest.error.truncated"),
        TRUNCATED_IN_LAST_FIELD("서울시 상권분석서비스(집객시설-행정동).csv", "ingest.error.truncated"),
        NEITHER_UTF8_NOR_CP949("latin.csv", "ingest.error.encoding"),
        BAD_BYTES_LATE_IN_FILE("mixed.csv", "ingest.error.encodingAt"),
        UNKNOWN_COLUMNS("my_list.csv", "ingest.error.unknownHeader"),
        TOO_MANY_JUNK_NUMBERS("junk.csv", "ingest.error.tooManyBad"),
        ZERO_VALID_ROWS("allbad.csv", "ingest.error.noValidRows"),
        HEADER_ONLY("header_only.csv", "ingest.error.noRows"),
        EMPTY("empty.csv", "ingest.error.empty");

        final String fileName;
        final String key;

        Bad(String fileName, String key) {
            this.fileName = fileName;
            this.key = key;
        }
    }

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir);
        service = new ImportService(db);
        probe = new DbProbe(db);
        Messages.setLocale(Locale.KOREAN);
        // some committed data, so "unchanged" is not trivially an empty database
        service.importFile(TestData.require(TestFiles.SALES), Progress.NONE);
        service.importFile(TestData.require(TestData.seoul("상주인구-상권")), Progress.NONE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest
    @EnumSource(Bad.class)
    void badFileIsRefusedAndTheDatabaseIsExactlyUnchanged(Bad bad) throws Exception {
        Path file = build(bad);
        Map<String, String> before = probe.fingerprint();
        assertThatThrownBy(() -> service.importFile(file, Progress.NONE))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.key()).isEqualTo(bad.key);
                    assertThat(e.localized()).startsWith(bad.fileName + ":").doesNotContain("<ingest.");
                    assertThat(Messages.get(Locale.ENGLISH, e.key(), e.args())).startsWith(bad.fileName + ":");
                });
        assertThat(probe.fingerprint()).isEqualTo(before);
    }

    @Test
    void refusalsNameTheLineAndColumnWhereTheyApply() throws Exception {
        ImportException truncated = refusal(Bad.TRUNCATED_QUOTED);
        assertThat(truncated.line()).isEqualTo(31);
        assertThat(truncated.localized()).contains("31행");
        ImportException junk = refusal(Bad.TOO_MANY_JUNK_NUMBERS);
        assertThat(junk.line()).isEqualTo(3);
        assertThat(junk.column()).isEqualTo("당월_매출_금액");
        assertThat(junk.localized()).contains("3행", "당월_매출_금액", "12억", "6/100");
        // the row's reason is a key too (ADR 0019): an English dialog reads it in English, whatever the global language
        assertThat(Messages.get(Locale.ENGLISH, junk.key(), junk.args())).contains("not a number").doesNotContain("숫자가 아닙니다");
        assertThat(junk.localized()).contains("숫자가 아닙니다");
        assertThat(refusal(Bad.TRUNCATED_IN_LAST_FIELD).line()).isEqualTo(101);
        ImportException late = refusal(Bad.BAD_BYTES_LATE_IN_FILE);
        assertThat(late.line()).isEqualTo(5001);
    }

    private ImportException refusal(Bad bad) throws Exception {
        Path file = build(bad);
        try {
            service.importFile(file, Progress.NONE);
        } catch (ImportException e) {
            return e;
        }
        throw new AssertionError("not refused: " + bad);
    }

    @Test
    void aFewJunkRowsAreRejectedIntoTheRejectsFileAndTheRestImported() throws Exception {
        List<String> lines = junkSales(3);
        ImportResult r = service.importFile(TestFiles.write(files.resolve("few_bad.csv"), lines, StandardCharsets.UTF_8, true),
                Progress.NONE);
        assertThat(r.rowsImported()).isEqualTo(97);
        assertThat(r.rowsRejected()).isEqualTo(3);
        assertThat(r.rejectsFile()).isNotNull().exists();
        List<String> rejects = Files.readAllLines(r.rejectsFile(), StandardCharsets.UTF_8);
        assertThat(rejects.get(0)).isEqualTo("\uFEFF파일,행,열,값,사유");
        assertThat(rejects).hasSize(4);
        assertThat(rejects.get(1)).isEqualTo("few_bad.csv,3,당월_매출_금액,12억,숫자가 아닙니다");
        assertThat(probe.text("SELECT rejects_file FROM import_batch WHERE id = " + r.batchId())).isEqualTo(r.rejectsFile().toString());
        assertThat(probe.count("SELECT rows_rejected FROM import_batch WHERE id = " + r.batchId())).isEqualTo(3);
    }

    @Test
    void cliExitsWithTwoAndLeavesTheDataUnchangedForEveryBadFile() throws Exception {
        List<Path> bad = new ArrayList<>();
        for (Bad b : Bad.values()) {
            Path sub = Files.createDirectories(files.resolve("cli-" + b.ordinal()));
            bad.add(build(b, sub));
        }
        Map<String, String> before = probe.fingerprint();
        db.close();
        for (Path f : bad) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = MainCommand.run(new PrintWriter(out), new PrintWriter(err), "--data-dir", dir.toString(), "import", f.toString());
            assertThat(exit).as(f.toString()).isEqualTo(MainCommand.BAD_INPUT);
            assertThat(err.toString()).contains(f.getFileName().toString());
        }
        db = Database.open(dir);
        probe = new DbProbe(db);
        assertThat(probe.fingerprint()).isEqualTo(before);
    }

    private Path build(Bad bad) throws Exception {
        return build(bad, files);
    }

    private static Path build(Bad bad, Path folder) throws Exception {
        Path f = folder.resolve(bad.fileName);
        switch (bad) {
            case XLSX_RENAMED -> Files.write(f, zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>"));
            case ZIP_RENAMED -> Files.write(f, zip("서울시 상권분석서비스(추정매출-상권).csv", "기준_년분기_코드", "readme.txt", "x"));
            case XLS_OLE2, HWP_OLE2 -> {
                byte[] b = new byte[4096];
                byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
                System.arraycopy(magic, 0, b, 0, magic.length);
                Files.write(f, b);
            }
            case HTML_ERROR_PAGE -> Files.writeString(f, "\n<!DOCTYPE html>\n<html lang=\"ko\"><head><title>서울 열린데이터광장</title></head>"
                    + "<body><p>일시적인 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.</p></body></html>\n", StandardCharsets.UTF_8);
            case PDF -> Files.write(f, "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj <<>> endobj\n".getBytes(StandardCharsets.ISO_8859_1));
            case TRUNCATED_QUOTED -> {
                // the official quoted CP949 file, cut in the middle of line 31 (data row 30)
                byte[] all = Files.readAllBytes(TestData.require(TestData.seoul("상주인구-상권")));
                int lf = 0;
                int pos = 0;
                while (lf < 30) {
                    if (all[pos++] == '\n') {
                        lf++;
                    }
                }
                Files.write(f, Arrays.copyOf(all, pos + 40));
            }
            case TRUNCATED_IN_LAST_FIELD -> {
                // the official quoted file, cut inside the last field of line 101: the column count is still right
                byte[] all = Files.readAllBytes(TestData.require(TestData.seoul("집객시설-행정동")));
                int lf = 0;
                int pos = 0;
                while (lf < 101) {
                    if (all[pos++] == '\n') {
                        lf++;
                    }
                }
                Files.write(f, Arrays.copyOf(all, pos - 3));
            }
            case TRUNCATED_UNQUOTED -> {
                List<String> lines = new ArrayList<>(TestFiles.storesLines(20));
                String last = lines.get(20);
                lines.set(20, last.substring(0, last.indexOf(",CS1") + 5));
                Files.writeString(f, String.join("\r\n", lines), TestFiles.CP949);
            }
            case NEITHER_UTF8_NOR_CP949 -> {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                b.write(String.join("\n", TestFiles.salesLines().subList(0, 5)).getBytes(StandardCharsets.UTF_8));
                b.write(new byte[] {'\n', (byte) 0xFF, (byte) 0xFE, (byte) 0xFF, 'x', ',', (byte) 0xC0, (byte) 0x80});
                Files.write(f, b.toByteArray());
            }
            case BAD_BYTES_LATE_IN_FILE -> {
                // the real 437 KB CP949 file with two 0xFF bytes in a name on line 5001, past the 256 KB sniffing window
                List<String> lines = TestFiles.lines(TestFiles.STORES, TestFiles.CP949);
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                for (int i = 0; i < lines.size(); i++) {
                    byte[] line = lines.get(i).getBytes(TestFiles.CP949);
                    if (i == 5000) {
                        int comma = lines.get(i).indexOf(",CS1");
                        byte[] bad2 = lines.get(i).substring(0, comma).getBytes(TestFiles.CP949);
                        b.write(bad2);
                        b.write(new byte[] {(byte) 0xFF, (byte) 0xFF});
                        b.write(lines.get(i).substring(comma).getBytes(TestFiles.CP949));
                    } else {
                        b.write(line);
                    }
                    b.write('\n');
                }
                Files.write(f, b.toByteArray());
            }
            case UNKNOWN_COLUMNS -> Files.writeString(f, "고객명,전화번호,메모\n김철수,010-0000-0000,단골\n", StandardCharsets.UTF_8);
            case TOO_MANY_JUNK_NUMBERS -> TestFiles.write(f, junkSales(6), StandardCharsets.UTF_8, true);
            case ZERO_VALID_ROWS -> {
                List<String> lines = junkSales(0).subList(0, 4);
                List<String> out = new ArrayList<>(List.of(lines.get(0)));
                for (String l : lines.subList(1, 4)) {
                    out.add("2024Q1" + l.substring(5));
                }
                TestFiles.write(f, out, StandardCharsets.UTF_8, false);
            }
            case HEADER_ONLY -> TestFiles.write(f, TestFiles.salesLines().subList(0, 1), StandardCharsets.UTF_8, true);
            case EMPTY -> Files.write(f, new byte[0]);
            default -> throw new IllegalArgumentException(bad.name());
        }
        return f;
    }

    /** The 100 real sales rows with 당월_매출_금액 replaced by "12억" in the first {@code n} rows. */
    static List<String> junkSales(int n) throws Exception {
        List<String> lines = new ArrayList<>(TestFiles.salesLines());
        for (int i = 2; i < 2 + n; i++) {
            String[] cells = lines.get(i).split(",", -1);
            cells[7] = "12억";
            lines.set(i, String.join(",", cells));
        }
        return lines;
    }

    private static byte[] zip(String... nameContent) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            for (int i = 0; i < nameContent.length; i += 2) {
                z.putNextEntry(new ZipEntry(nameContent[i]));
                z.write(nameContent[i + 1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return b.toByteArray();
    }
}
