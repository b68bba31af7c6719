package kr.sanggwon.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of a real-format file: first changes to the text (cells, columns, lines, encoding), then to the raw
 * bytes (flips, cuts, inserted magic bytes and BOMs). The same seed gives the same bytes, so a failing case replays.
 */
public final class Mutator {
    /** Values that have broken importers: empty, signs, overflow, full-width digits, formulas, quotes, huge cells. */
    static final List<String> NASTY = List.of("", " ", "-1", "-99999999999999", "99999999999999999999999", "１２３４",
            "1e309", "NaN", "Infinity", "=1+1", "\"", "\"\"", "12억", "0x1F", "20245", "19891", "２０２４１", "\t", "\u0000",
            "\uFEFF", "𝟙𝟚𝟛", "1,234,567", "3.5e2", "x".repeat(70_000), "\r", "\n");
    private static final byte[][] MAGIC = {
        {'P', 'K', 3, 4}, {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
        {'%', 'P', 'D', 'F', '-'}, {'H', 'W', 'P', ' '}, "<!DOCTYPE html>".getBytes(StandardCharsets.US_ASCII),
        {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xFE, (byte) 0xFF}, {0}};

    private final Random random;

    public Mutator(long seed) {
        this.random = new Random(seed);
    }

    /** A mutated copy of the seed and the list of what was done to it (for the failure report). */
    public record Mutant(byte[] bytes, List<String> steps) {
    }

    public Mutant mutate(SeedFile seed) {
        List<String> steps = new ArrayList<>();
        List<String> lines = seed.textLines();
        char delimiter = seed.delimiter();
        int textOps = random.nextInt(3);
        for (int i = 0; i < textOps; i++) {
            steps.add(textOp(lines, delimiter));
        }
        byte[] bytes = encodeMaybeDifferently(seed, lines, steps);
        int byteOps = textOps == 0 ? 1 + random.nextInt(2) : random.nextInt(2);
        for (int i = 0; i < byteOps; i++) {
            bytes = byteOp(bytes, steps);
        }
        return new Mutant(bytes, steps);
    }

    private String textOp(List<String> lines, char d) {
        int line = lines.size() > 1 ? 1 + random.nextInt(lines.size() - 1) : 0;
        switch (random.nextInt(9)) {
            case 0, 1, 2 -> {
                List<String> cells = Cells.split(lines.get(line), d);
                int col = random.nextInt(cells.size());
                String value = NASTY.get(random.nextInt(NASTY.size()));
                cells.set(col, Cells.like(cells.get(col), value));
                lines.set(line, Cells.join(cells, d));
                return "cell " + line + ":" + col + "=" + abbreviate(value);
            }
            case 3 -> {
                lines.set(line, lines.get(line) + d);
                return "extra delimiter on line " + line;
            }
            case 4 -> {
                int other = 1 + random.nextInt(Math.max(1, lines.size() - 1));
                if (other < lines.size()) {
                    String t = lines.get(line);
                    lines.set(line, lines.get(other));
                    lines.set(other, t);
                }
                return "swap lines " + line + "," + other;
            }
            case 5 -> {
                int col = random.nextInt(Cells.split(lines.get(0), d).size());
                boolean headerOnly = random.nextBoolean();
                for (int i = 0; i < (headerOnly ? 1 : lines.size()); i++) {
                    List<String> cells = Cells.split(lines.get(i), d);
                    if (col < cells.size()) {
                        cells.remove(col);
                    }
                    lines.set(i, Cells.join(cells, d));
                }
                return "drop column " + col + (headerOnly ? " from the header" : "");
            }
            case 6 -> {
                int col = random.nextInt(Cells.split(lines.get(0), d).size());
                for (int i = 0; i < lines.size(); i++) {
                    List<String> cells = Cells.split(lines.get(i), d);
                    if (col < cells.size()) {
                        cells.add(cells.get(col));
                    }
                    lines.set(i, Cells.join(cells, d));
                }
                return "duplicate column " + col;
            }
            case 7 -> {
                int n = 1 + random.nextInt(5000);
                for (int i = 0; i < n; i++) {
                    lines.add(line, "");
                }
                return n + " empty lines at " + line;
            }
            default -> {
                lines.add(line, lines.get(random.nextInt(lines.size())));
                return "repeat a line at " + line;
            }
        }
    }

    private byte[] encodeMaybeDifferently(SeedFile seed, List<String> lines, List<String> steps) {
        switch (random.nextInt(12)) {
            case 0 -> {
                steps.add("UTF-16LE with BOM");
                byte[] text = SeedFile.encode(lines, "\n", StandardCharsets.UTF_16LE, false);
                return SeedFile.concat(List.of(new byte[] {(byte) 0xFF, (byte) 0xFE}, text));
            }
            case 1 -> {
                steps.add("UTF-16BE without BOM");
                return SeedFile.encode(lines, "\n", StandardCharsets.UTF_16BE, false);
            }
            case 2 -> {
                steps.add("re-encoded " + (seed.charset() == StandardCharsets.UTF_8 ? "CP949" : "UTF-8"));
                return seed.charset() == StandardCharsets.UTF_8
                        ? SeedFile.encode(lines, "\n", SeedFile.CP949, false)
                        : SeedFile.encode(lines, "\n", StandardCharsets.UTF_8, true);
            }
            case 3 -> {
                steps.add("CR line ends");
                return seed.encode(lines, "\r");
            }
            case 4 -> {
                steps.add("CRLF line ends");
                return seed.encode(lines, "\r\n");
            }
            default -> {
                return seed.encode(lines, "\n");
            }
        }
    }

    private byte[] byteOp(byte[] b, List<String> steps) {
        if (b.length == 0) {
            steps.add("empty");
            return b;
        }
        int at = random.nextInt(b.length);
        switch (random.nextInt(7)) {
            case 0 -> {
                byte[] out = b.clone();
                out[at] = (byte) random.nextInt(256);
                steps.add("byte " + at + "=" + (out[at] & 0xFF));
                return out;
            }
            case 1 -> {
                steps.add("cut at byte " + at);
                return java.util.Arrays.copyOf(b, at);
            }
            case 2 -> {
                int len = Math.min(b.length - at, 1 + random.nextInt(64));
                steps.add("delete " + len + " bytes at " + at);
                return splice(b, at, len, new byte[0]);
            }
            case 3 -> {
                byte[] ins = new byte[1 + random.nextInt(8)];
                random.nextBytes(ins);
                steps.add("insert " + ins.length + " random bytes at " + at);
                return splice(b, at, 0, ins);
            }
            case 4 -> {
                byte[] magic = MAGIC[random.nextInt(MAGIC.length)];
                boolean front = random.nextBoolean();
                steps.add("magic/BOM bytes " + java.util.HexFormat.of().formatHex(magic) + (front ? " in front" : " at " + at));
                return splice(b, front ? 0 : at, 0, magic);
            }
            case 5 -> {
                int len = Math.min(b.length - at, 1 + random.nextInt(200));
                steps.add("duplicate " + len + " bytes at " + at);
                return splice(b, at, 0, java.util.Arrays.copyOfRange(b, at, at + len));
            }
            default -> {
                byte[] out = b.clone();
                out[at] = (byte) (random.nextBoolean() ? '"' : ',');
                steps.add("quote/comma at " + at);
                return out;
            }
        }
    }

    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        byte[] out = new byte[b.length - remove + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at + remove, out, at + insert.length, b.length - at - remove);
        return out;
    }

    private static String abbreviate(String v) {
        String s = v.length() > 12 ? v.substring(0, 12) + "…(" + v.length() + ")" : v;
        return s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t").replace("\u0000", "\\0");
    }
}
