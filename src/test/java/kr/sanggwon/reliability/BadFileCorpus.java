package kr.sanggwon.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds the bad-file corpus at test time from real files (never stored in the repository): every family of damage
 * applied to every seed, plus renamed binary documents and two huge files written as a stream.
 */
final class BadFileCorpus {
    /** What the importer must do with a case; {@code line} and {@code rejected} are checked when not negative. */
    enum Expect { REFUSE, IMPORT, EITHER }

    record Case(String id, Path file, Expect expect, long line, long rejected) {
        static Case of(String id, Path file, Expect expect) {
            return new Case(id, file, expect, -1, -1);
        }
    }

    private final Path out;
    private final List<Case> cases = new ArrayList<>();

    BadFileCorpus(Path out) {
        this.out = out;
    }

    List<Case> cases() {
        return cases;
    }

    /** Every family of damage applied to one seed (a real file cut to its first data lines). */
    void addSeed(String tag, SeedFile seed) throws IOException {
        List<String> lines = seed.textLines();
        char d = seed.delimiter();
        Charset cs = seed.charset();
        boolean quoted = lines.get(1).startsWith("\"");
        int rows = lines.size() - 1;
        int mid = Math.min(30, rows - 1);
        List<String> header = Cells.split(lines.get(0), d);
        int amount = amountColumn(lines, d);
        int quarter = quarterColumn(header);

        add(tag, "intact", seed, seed.bytes(), Expect.IMPORT, -1, 0);
        // cut inside a quoted value (the rest of the file lost), and right after a delimiter
        String cutLine = lines.get(mid + 1);
        int inQuote = quoted ? cutLine.indexOf('"', cutLine.indexOf(d) + 1) + 2 : cutLine.indexOf(d) + 2;
        add(tag, "truncated-mid-quote", seed, seed.encode(keep(lines, mid + 1, cutLine.substring(0, inQuote)), "\n", false),
                Expect.REFUSE, mid + 2, -1);
        add(tag, "truncated-mid-row", seed, seed.encode(keep(lines, mid + 1, cutLine.substring(0, cutLine.indexOf(d) + 1)), "\n", false),
                Expect.REFUSE, mid + 2, -1);
        add(tag, "truncated-mid-character", seed, cutInsideCharacter(seed.bytes(), cs), Expect.REFUSE, -1, -1);
        add(tag, "utf16le-bom", seed, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SeedFile.encode(lines, "\r\n", StandardCharsets.UTF_16LE, false)),
                Expect.IMPORT, -1, 0);
        add(tag, "utf16be-no-bom", seed, SeedFile.encode(lines, "\n", StandardCharsets.UTF_16BE, false), Expect.REFUSE, -1, -1);
        boolean utf8 = cs.equals(StandardCharsets.UTF_8);
        Charset other = utf8 ? SeedFile.CP949 : StandardCharsets.UTF_8;
        add(tag, utf8 ? "re-encoded-euc-kr" : "re-encoded-utf8", seed, SeedFile.encode(lines, "\n", other, false), Expect.IMPORT, -1, 0);
        List<String> firstHalf = lines.subList(0, mid + 1);
        List<String> secondHalf = lines.subList(mid + 1, lines.size());
        add(tag, "mixed-encodings", seed, concat(SeedFile.encode(firstHalf, "\n", cs, false), SeedFile.encode(secondHalf, "\n", other, false)),
                Expect.REFUSE, -1, -1);
        add(tag, "bom-twice-at-start", seed, concat(bom(), bom(), SeedFile.encode(lines, "\n", StandardCharsets.UTF_8, false)), Expect.IMPORT, -1, 0);
        add(tag, "bom-inside-header-cell", seed, withBomInsideHeader(lines, d, cs), Expect.IMPORT, -1, 0);
        List<String> bomRow = new ArrayList<>(lines);
        bomRow.set(mid + 1, "\uFEFF" + bomRow.get(mid + 1));
        add(tag, "bom-at-start-of-a-row", seed, SeedFile.encode(bomRow, "\n", cs, false), Expect.EITHER, -1, -1);
        add(tag, "duplicated-column", seed, seed.encode(mapRows(lines, d, c -> c.add(c.get(amount))), "\n"), Expect.IMPORT, -1, 0);
        // some datasets are recognised by a measure column: without it a clear refusal is right too
        add(tag, "missing-measure-column", seed, seed.encode(mapRows(lines, d, c -> c.remove(amount)), "\n"), Expect.EITHER, -1, -1);
        int key = keyColumn(header);
        // store listings and areas hold text, not amounts: only files with a quarter column have measures to damage
        boolean facts = quarter >= 0;
        Expect factImport = facts ? Expect.IMPORT : Expect.EITHER;
        long factRejects = facts ? 2 : -1;
        add(tag, "missing-code-column", seed, seed.encode(mapRows(lines, d, c -> c.remove(key)), "\n"), facts ? Expect.REFUSE : Expect.EITHER, -1, -1);
        add(tag, "overlong-code", seed, seed.encode(setCell(lines, d, key, Set2.of(4), v -> v + "0000000000000"), "\n"), factImport, -1, facts ? 1 : -1);
        add(tag, "reordered-columns", seed, seed.encode(mapRows(lines, d, java.util.Collections::reverse), "\n"), Expect.IMPORT, -1, 0);
        add(tag, "extra-delimiter-on-two-rows", seed, seed.encode(mapLines(lines, Set2.of(3, mid + 1), l -> l + d), "\n"),
                Expect.IMPORT, -1, 2);
        add(tag, "extra-delimiter-on-every-row", seed, seed.encode(mapLines(lines, Set2.rows(lines.size()), l -> l + d), "\n"),
                Expect.REFUSE, -1, -1);
        add(tag, "extra-delimiter-in-header", seed, seed.encode(mapLines(lines, Set2.of(0), l -> l + d), "\n"), Expect.REFUSE, -1, -1);
        add(tag, "full-width-digits", seed, seed.encode(setCell(lines, d, amount, Set2.of(2, 4), v -> fullWidth(v)), "\n"),
                Expect.IMPORT, -1, -1);
        add(tag, "negative-amounts", seed, seed.encode(setCell(lines, d, amount, Set2.of(2, 4), v -> "-" + v), "\n"), Expect.IMPORT, -1, 0);
        add(tag, "overflowing-amounts", seed, seed.encode(setCell(lines, d, amount, Set2.of(2, 4), v -> "99999999999999999999999"), "\n"),
                factImport, -1, factRejects);
        add(tag, "junk-in-most-rows", seed, seed.encode(setCell(lines, d, amount, Set2.rows(lines.size()), v -> "12억"), "\n"),
                facts ? Expect.REFUSE : Expect.EITHER, facts ? 2 : -1, -1);
        if (quarter >= 0) {
            add(tag, "quarters-out-of-range", seed, seed.encode(setCell(lines, d, quarter, Set2.of(2, 7), v -> "20245|19001".split("\\|")[v.length() % 2]), "\n"),
                    Expect.IMPORT, -1, 2);
            add(tag, "quarter-full-width", seed, seed.encode(setCell(lines, d, quarter, Set2.of(3), v -> fullWidth(v)), "\n"), Expect.IMPORT, -1, -1);
        }
        add(tag, "cr-line-ends", seed, seed.encode(lines, "\r"), Expect.IMPORT, -1, 0);
        add(tag, "nul-byte-in-a-cell", seed, seed.encode(setCell(lines, d, 1, Set2.of(10), v -> v + "\u0000"), "\n"), Expect.EITHER, -1, -1);
        add(tag, "a-100k-character-cell", seed, seed.encode(setCell(lines, d, amount, Set2.of(5), v -> "9".repeat(100_000)), "\n"),
                Expect.REFUSE, 6, -1);
        add(tag, "2000-columns-in-a-row", seed, seed.encode(mapLines(lines, Set2.of(5), l -> l + String.valueOf(d).repeat(2000)), "\n"),
                Expect.REFUSE, 6, -1);
        add(tag, "header-repeated-mid-file", seed, seed.encode(insert(lines, mid, lines.get(0)), "\n"), Expect.IMPORT, -1, 1);
        add(tag, "empty-lines-between-rows", seed, seed.encode(insertEmpty(lines, mid, 1000), "\n"), Expect.IMPORT, -1, 0);
    }

    /** Binary documents and web pages saved under a .csv name, built from their magic bytes. */
    void addRenamedDocuments() throws IOException {
        byte[] ole2 = new byte[4096];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole2, 0, magic.length);
        raw("excel-xls.csv", ole2);
        raw("hwp-5.csv", ole2);
        raw("hwp-3.csv", concat("HWP Document File V3.00".getBytes(StandardCharsets.US_ASCII), new byte[64]));
        raw("excel-xlsx.csv", zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>"));
        raw("hwpx.csv", zip("mimetype", "application/hwp+zip", "Contents/section0.xml", "<hs:sec/>"));
        raw("zip.csv", zip("서울시 상권분석서비스(추정매출-상권).csv", "기준_년분기_코드", "readme.txt", "x"));
        raw("pdf.csv", "%PDF-1.7\n1 0 obj <<>> endobj\n".getBytes(StandardCharsets.ISO_8859_1));
        raw("html.csv", "<!DOCTYPE html><html lang=\"ko\"><body>오류</body></html>".getBytes(StandardCharsets.UTF_8));
        raw("html-with-bom.csv", concat(bom(), "  <html><body>점검 중</body></html>".getBytes(StandardCharsets.UTF_8)));
        raw("xml.csv", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><RESULT><CODE>INFO-200</CODE></RESULT>".getBytes(StandardCharsets.UTF_8));
        raw("png.csv", concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}, new byte[256]));
        raw("gzip.csv", concat(new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0}, new byte[128]));
        raw("empty.csv", new byte[0]);
        raw("only-bom.csv", bom());
        raw("only-line-ends.csv", "\r\n".repeat(1000).getBytes(StandardCharsets.US_ASCII));
        raw("only-spaces.csv", " ".repeat(500).getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * A header, five real rows and then one line of {@code lineBytes} bytes, written through a small buffer: the file
     * is never held in memory, and the importer must refuse it without holding the line either.
     */
    Case addLongLine(SeedFile seed, long lineBytes) throws IOException {
        List<String> lines = seed.textLines().subList(0, 6);
        Path f = folder("huge-line").resolve(seed.name());
        try (OutputStream o = Files.newOutputStream(f)) {
            o.write(seed.encode(lines, "\n"));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) '7');
            for (long left = lineBytes; left > 0; left -= chunk.length) {
                o.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
            o.write('\n');
        }
        return new Case("huge-line/" + seed.name(), f, Expect.REFUSE, 7, -1);
    }

    /** Real rows with millions of empty lines between them and one bad quarter after them: rejected at its true line. */
    Case addMillionsOfEmptyLines(SeedFile seed, int empties, char delimiter) throws IOException {
        List<String> lines = seed.textLines();
        Path f = folder("empty-lines").resolve(seed.name());
        List<String> bad = setCell(lines.subList(0, 3), delimiter, quarterColumn(Cells.split(lines.get(0), delimiter)), Set2.of(2), v -> "20249");
        try (OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(f), 1 << 16)) {
            o.write(seed.encode(bad.subList(0, 2), "\n"));
            byte[] empty = new byte[1 << 16];
            Arrays.fill(empty, (byte) '\n');
            for (long left = empties; left > 0; left -= empty.length) {
                o.write(empty, 0, (int) Math.min(empty.length, left));
            }
            o.write(SeedFile.encode(List.of(bad.get(2)), "\n", seed.charset(), false));
            o.write(SeedFile.encode(lines.subList(3, lines.size()), "\n", seed.charset(), false));
        }
        // header line 1, a row on line 2, the empty lines, then the bad row
        return new Case("empty-lines/" + seed.name(), f, Expect.IMPORT, 3L + empties, 1);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private void add(String tag, String family, SeedFile seed, byte[] bytes, Expect expect, long line, long rejected) throws IOException {
        Path f = folder(tag + "/" + family).resolve(seed.name());
        Files.write(f, bytes);
        cases.add(new Case(tag + "/" + family, f, expect, line, rejected));
    }

    private void raw(String name, byte[] bytes) throws IOException {
        Path f = folder("renamed").resolve(name);
        Files.write(f, bytes);
        cases.add(Case.of("renamed/" + name, f, Expect.REFUSE));
    }

    private Path folder(String id) throws IOException {
        return Files.createDirectories(out.resolve(id.replaceAll("[^A-Za-z0-9/_-]", "_")));
    }

    /** The last column whose first value is a plain number of 3 digits or more (an amount or a count). */
    static int amountColumn(List<String> lines, char d) {
        List<String> row = Cells.split(lines.get(1), d);
        List<String> header = Cells.split(lines.get(0), d);
        for (int i = row.size() - 1; i >= 0; i--) {
            String name = Cells.value(header.get(i)).toUpperCase(java.util.Locale.ROOT);
            boolean code = name.contains("코드") || name.endsWith("_CD") || name.contains("번호") || name.contains("좌표")
                    || name.contains("경도") || name.contains("위도");
            if (!code && Cells.value(row.get(i)).matches("[1-9][0-9]{2,}")) {
                return i;
            }
        }
        return row.size() - 1;
    }

    /** The district / 행정동 / store code column (the key of every row). */
    static int keyColumn(List<String> header) {
        List<String> keys = List.of("상권_코드", "행정동_코드", "TRDAR_CD", "ADSTRD_CD", "상가업소번호");
        for (int i = 0; i < header.size(); i++) {
            if (keys.contains(Cells.value(header.get(i)).replace("\uFEFF", "").toUpperCase(java.util.Locale.ROOT))) {
                return i;
            }
        }
        return 0;
    }

    static int quarterColumn(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            String h = Cells.value(header.get(i)).replace("\uFEFF", "").toUpperCase(java.util.Locale.ROOT);
            if (h.equals("기준_년분기_코드") || h.equals("STDR_YYQU_CD")) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> keep(List<String> lines, int lastIndex, String lastLine) {
        List<String> out = new ArrayList<>(lines.subList(0, lastIndex));
        out.add(lastLine);
        return out;
    }

    private static List<String> mapRows(List<String> lines, char d, java.util.function.Consumer<List<String>> change) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            List<String> c = Cells.split(l, d);
            change.accept(c);
            out.add(Cells.join(c, d));
        }
        return out;
    }

    private static List<String> mapLines(List<String> lines, java.util.Set<Integer> which, java.util.function.UnaryOperator<String> change) {
        List<String> out = new ArrayList<>(lines);
        for (int i : which) {
            if (i < out.size()) {
                out.set(i, change.apply(out.get(i)));
            }
        }
        return out;
    }

    static List<String> setCell(List<String> lines, char d, int col, java.util.Set<Integer> rows, java.util.function.UnaryOperator<String> value) {
        List<String> out = new ArrayList<>(lines);
        for (int i : rows) {
            if (i >= 1 && i < out.size()) {
                List<String> c = Cells.split(out.get(i), d);
                c.set(col, Cells.like(c.get(col), value.apply(Cells.value(c.get(col)))));
                out.set(i, Cells.join(c, d));
            }
        }
        return out;
    }

    private static List<String> insert(List<String> lines, int at, String line) {
        List<String> out = new ArrayList<>(lines);
        out.add(at, line);
        return out;
    }

    private static List<String> insertEmpty(List<String> lines, int at, int n) {
        List<String> out = new ArrayList<>(lines);
        for (int i = 0; i < n; i++) {
            out.add(at, "");
        }
        return out;
    }

    private static byte[] withBomInsideHeader(List<String> lines, char d, Charset cs) {
        List<String> out = new ArrayList<>(lines);
        List<String> h = Cells.split(out.get(0), d);
        h.set(1, Cells.like(h.get(1), "\uFEFF" + Cells.value(h.get(1))));
        out.set(0, Cells.join(h, d));
        return SeedFile.encode(out, "\n", cs.equals(SeedFile.CP949) ? StandardCharsets.UTF_8 : cs, false);
    }

    /** The file cut inside the last multi-byte character of its last line. */
    private static byte[] cutInsideCharacter(byte[] bytes, Charset cs) {
        for (int i = bytes.length - 1; i > 0; i--) {
            if ((bytes[i] & 0x80) != 0 && (bytes[i - 1] & 0x80) == 0) {
                return Arrays.copyOf(bytes, i + 1);
            }
        }
        return Arrays.copyOf(bytes, bytes.length / 2);
    }

    static String fullWidth(String v) {
        StringBuilder sb = new StringBuilder();
        for (char c : v.toCharArray()) {
            sb.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
        }
        return sb.toString();
    }

    private static byte[] bom() {
        return new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    }

    static byte[] concat(byte[]... parts) {
        return SeedFile.concat(List.of(parts));
    }

    private static byte[] zip(String... nameContent) throws IOException {
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

    /** Small sets of line numbers. */
    static final class Set2 {
        private Set2() {
        }

        static java.util.Set<Integer> of(Integer... lines) {
            return new java.util.TreeSet<>(List.of(lines));
        }

        /** Every data line (1 .. size-1). */
        static java.util.Set<Integer> rows(int size) {
            java.util.Set<Integer> s = new java.util.TreeSet<>();
            for (int i = 1; i < size; i++) {
                s.add(i);
            }
            return s;
        }
    }
}
