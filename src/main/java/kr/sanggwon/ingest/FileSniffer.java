package kr.sanggwon.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Looks at the first bytes of a file before anything is parsed: refuses files that are not text (Excel, HWP,
 * ZIP, PDF, HTML saved as .csv), then finds the encoding (UTF-8 with or without BOM, UTF-16, else CP949) and
 * the delimiter of the header line.
 */
public final class FileSniffer {
    static final Charset CP949 = Charset.forName("MS949");
    private static final int SAMPLE = 256 * 1024;

    private FileSniffer() {
    }

    public static FileFormat sniff(Path file) throws IOException {
        String name = file.getFileName().toString();
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SAMPLE);
        }
        if (head.length == 0) {
            throw ImportException.ofFile("ingest.error.empty", name);
        }
        refuseBinary(name, head);
        int bom = 0;
        Charset charset;
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            bom = 3;
            charset = StandardCharsets.UTF_8;
        } else if (startsWith(head, 0xFF, 0xFE)) {
            bom = 2;
            charset = StandardCharsets.UTF_16LE;
        } else if (startsWith(head, 0xFE, 0xFF)) {
            bom = 2;
            charset = StandardCharsets.UTF_16BE;
        } else if (decodes(head, StandardCharsets.UTF_8, head.length == SAMPLE)) {
            charset = StandardCharsets.UTF_8;
        } else if (decodes(head, CP949, head.length == SAMPLE)) {
            charset = CP949;
        } else {
            throw ImportException.ofFile("ingest.error.encoding", name);
        }
        if (bom == 0 && charset != StandardCharsets.UTF_16LE && hasNul(head)) {
            throw ImportException.ofFile("ingest.error.binary", name);
        }
        String text = new String(head, bom, head.length - bom, charset);
        refuseMarkup(name, text);
        return new FileFormat(charset, bom, delimiterOf(firstLine(text)));
    }

    private static void refuseBinary(String name, byte[] h) {
        if (startsWith(h, 'P', 'K', 3, 4)) {
            throw ImportException.ofFile("ingest.error.zip", name);
        }
        if (startsWith(h, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            throw ImportException.ofFile("ingest.error.office", name);
        }
        if (startsWith(h, '%', 'P', 'D', 'F')) {
            throw ImportException.ofFile("ingest.error.pdf", name);
        }
        if (startsWith(h, 'H', 'W', 'P', ' ')) {
            throw ImportException.ofFile("ingest.error.office", name);
        }
    }

    private static void refuseMarkup(String name, String text) {
        String start = text.stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<")) {
            String probe = start.substring(0, Math.min(2048, start.length()));
            if (probe.contains("<html") || probe.contains("<!doctype") || probe.contains("<table") || probe.contains("<?xml")) {
                throw ImportException.ofFile("ingest.error.html", name);
            }
        }
    }

    /**
     * True when the file is in the official all-quoted layout (it starts with a quote) but its last line is cut:
     * it does not end with a closing quote, or it holds an odd number of quotes (a field left open). Such a cut
     * can keep the right number of columns, so the column check alone misses it.
     */
    static boolean quotedButCut(Path file, int bomBytes) throws IOException {
        try (java.nio.channels.SeekableByteChannel ch = Files.newByteChannel(file)) {
            long size = ch.size();
            if (!lastFieldQuoted(ch, bomBytes)) {
                return false;
            }
            int tail = (int) Math.min(size - bomBytes, 1 << 16);
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(tail);
            ch.position(size - tail);
            while (buffer.hasRemaining() && ch.read(buffer) > 0) {
                // fill
            }
            byte[] t = buffer.array();
            int end = t.length;
            while (end > 0 && (t[end - 1] == '\n' || t[end - 1] == '\r' || t[end - 1] == ' ' || t[end - 1] == '\t')) {
                end--;
            }
            if (end == 0) {
                return false;
            }
            if (t[end - 1] != '"') {
                return true;
            }
            int start = end - 1;
            while (start > 0 && t[start - 1] != '\n') {
                start--;
            }
            if (start == 0 && tail < size - bomBytes) {
                return false;
            }
            int quotes = 0;
            for (int i = start; i < end; i++) {
                if (t[i] == '"') {
                    quotes++;
                }
            }
            return quotes % 2 != 0;
        }
    }

    /** Whether the first data line (line 2) ends with a quoted field, as in the official all-quoted layout. */
    private static boolean lastFieldQuoted(java.nio.channels.SeekableByteChannel ch, int bomBytes) throws IOException {
        java.nio.ByteBuffer head = java.nio.ByteBuffer.allocate((int) Math.min(ch.size() - bomBytes, 1 << 16));
        ch.position(bomBytes);
        while (head.hasRemaining() && ch.read(head) > 0) {
            // fill
        }
        byte[] h = head.array();
        int lineStart = -1;
        for (int i = 0; i < head.position(); i++) {
            if (h[i] == '\n') {
                if (lineStart >= 0) {
                    int end = i;
                    while (end > lineStart && (h[end - 1] == '\r' || h[end - 1] == ' ')) {
                        end--;
                    }
                    return end > lineStart && h[end - 1] == '"';
                }
                lineStart = i + 1;
            }
        }
        return false;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    static char delimiterOf(String header) {
        long commas = header.chars().filter(c -> c == ',').count();
        long pipes = header.chars().filter(c -> c == '|').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        if (pipes > commas && pipes >= tabs) {
            return '|';
        }
        if (tabs > commas) {
            return '\t';
        }
        return ',';
    }

    /** Strict decode; when the sample was cut, a multi-byte character split at the end is allowed. */
    private static boolean decodes(byte[] bytes, Charset charset, boolean truncatedSample) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int length = bytes.length;
        for (int cut = 0; cut <= (truncatedSample ? 3 : 0); cut++) {
            try {
                decoder.reset().decode(ByteBuffer.wrap(Arrays.copyOf(bytes, length - cut)));
                return true;
            } catch (CharacterCodingException e) {
                // try a shorter sample
            }
        }
        return false;
    }

    private static boolean hasNul(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
