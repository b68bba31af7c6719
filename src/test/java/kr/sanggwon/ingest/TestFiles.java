package kr.sanggwon.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kr.sanggwon.TestData;

/** Builds small test inputs from rows of the real files (never stored in the repository). */
final class TestFiles {
    static final Charset CP949 = Charset.forName("MS949");
    static final Path SALES = TestData.SEOUL.resolve("sample_sales_2024.csv");
    static final Path STORES = TestData.seoul("점포-상권");

    private TestFiles() {
    }

    /** Lines of a real file (header first), decoded from its encoding, without BOM. */
    static List<String> lines(Path file, Charset charset) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(TestData.require(file), charset));
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
            lines.set(0, lines.get(0).substring(1));
        }
        return lines;
    }

    static List<String> salesLines() throws IOException {
        return lines(SALES, StandardCharsets.UTF_8);
    }

    static List<String> storesLines(int dataRows) throws IOException {
        return lines(STORES, CP949).subList(0, dataRows + 1);
    }

    /** Writes lines joined by LF, in {@code charset}, with a UTF-8 BOM if asked. */
    static Path write(Path file, List<String> lines, Charset charset, boolean bom) throws IOException {
        byte[] text = (String.join("\n", lines) + "\n").getBytes(charset);
        byte[] out = text;
        if (bom) {
            out = new byte[text.length + 3];
            out[0] = (byte) 0xEF;
            out[1] = (byte) 0xBB;
            out[2] = (byte) 0xBF;
            System.arraycopy(text, 0, out, 3, text.length);
        }
        return Files.write(file, out);
    }
}
