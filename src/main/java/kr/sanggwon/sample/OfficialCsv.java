package kr.sanggwon.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a CSV the way the portals publish it. Seoul 상권분석서비스: CP949, every field in double quotes (numbers
 * too, empty as ""), LF, no newline after the last line, and '·' in names written as '?'. SEMAS: UTF-8, text
 * quoted, numbers bare and an absent number as nothing.
 */
final class OfficialCsv implements AutoCloseable {
    /** An absent numeric field in a file that leaves numbers unquoted (written as nothing). */
    static final Object NO_NUMBER = new Object();
    static final Charset CP949 = Charset.forName("MS949");

    private final BufferedWriter out;
    private final boolean quoteNumbers;
    private final boolean questionMarkForDot;
    private boolean first = true;

    private OfficialCsv(Path file, Charset charset, boolean quoteNumbers) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), charset), 1 << 16);
        this.quoteNumbers = quoteNumbers;
        this.questionMarkForDot = charset.equals(CP949);
    }

    static OfficialCsv seoul(Path file) throws IOException {
        return new OfficialCsv(file, CP949, true);
    }

    static OfficialCsv semas(Path file) throws IOException {
        return new OfficialCsv(file, java.nio.charset.StandardCharsets.UTF_8, false);
    }

    void header(String commaSeparated) throws IOException {
        row((Object[]) commaSeparated.split(","));
    }

    void row(Object... fields) throws IOException {
        if (!first) {
            out.write('\n');
        }
        first = false;
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            Object f = fields[i];
            if (f == NO_NUMBER) {
                continue;
            }
            if (f instanceof Number && !quoteNumbers) {
                out.write(f.toString());
                continue;
            }
            String s = f == null ? "" : f.toString();
            if (questionMarkForDot) {
                s = s.replace('·', '?');
            }
            out.write('"');
            out.write(s.replace("\"", "\"\""));
            out.write('"');
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** A count written the way 집객시설/아파트 files write it: zero as an empty field. */
    static Object emptyIfZero(long v) {
        return v == 0 ? null : v;
    }
}
