package kr.sanggwon.ingest;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.CodingErrorAction;

/**
 * CSV rows through univocity. Decoding is strict: a byte sequence that is not valid in the sniffed encoding
 * refuses the file (naming the line) instead of turning into replacement characters.
 */
final class CsvRowSource implements RowSource {
    /** Longest value read: the official files' longest is a few hundred characters; this bounds a damaged line's memory. */
    static final int MAX_CHARS_PER_VALUE = 1 << 16;
    static final int MAX_COLUMNS = 1024;
    private final CsvParser parser;
    private final Path file;
    private final FileFormat format;
    private final String name;

    CsvRowSource(InputStream in, FileFormat format, Path file) {
        this.file = file;
        this.format = format;
        this.name = file.getFileName().toString();
        this.parser = new CsvParser(settings(format));
        try {
            parser.beginParsing(new InputStreamReader(in, format.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
        } catch (TextParsingException e) {
            throw refusal(e);
        }
    }

    private String[] header;

    @Override
    public String[] header() {
        header = next();
        return header;
    }

    @Override
    public String[] next() {
        try {
            return parser.parseNext();
        } catch (TextParsingException e) {
            throw refusal(e);
        }
    }

    private ImportException refusal(TextParsingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                // the parser reads ahead, so its position is not where the bad bytes are: find that line
                return new ImportException("ingest.error.encodingAt", name, firstUndecodableLine(), "");
            }
        }
        String message = String.valueOf(e.getMessage());
        long line = e.getLineIndex() + 1;
        if (message.contains("characters per column") || message.contains("maximum number of characters")) {
            // a runaway value (a missing closing quote, a binary blob): refused at the bound, never held whole
            return new ImportException("ingest.error.lineTooLong", name, line, columnName(e.getColumnIndex()), MAX_CHARS_PER_VALUE);
        }
        if (message.contains("Number of columns processed may have exceeded") || e.getCause() instanceof ArrayIndexOutOfBoundsException) {
            return new ImportException("ingest.error.tooManyColumns", name, line, "", MAX_COLUMNS);
        }
        return new ImportException("ingest.error.unreadable", name, line, "",
                String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
    }

    private String columnName(int index) {
        if (header != null && index >= 0 && index < header.length && header[index] != null) {
            return HeaderIndex.normalize(header[index]);
        }
        return index >= 0 ? String.valueOf(index + 1) : "";
    }

    /**
     * 1-based number of the first line that does not decode strictly (error path only). LF never occurs inside a
     * UTF-8 or CP949 multi-byte character, so lines can be split on bytes.
     */
    private long firstUndecodableLine() {
        CharsetDecoder decoder = format.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            in.skipNBytes(format.bomBytes());
            ByteArrayOutputStream line = new ByteArrayOutputStream(256);
            long number = 1;
            int b;
            while (true) {
                b = in.read();
                if (b == '\n' || b < 0) {
                    try {
                        decoder.reset().decode(ByteBuffer.wrap(line.toByteArray()));
                    } catch (CharacterCodingException bad) {
                        return number;
                    }
                    if (b < 0) {
                        return 0;
                    }
                    line.reset();
                    number++;
                } else {
                    line.write(b);
                }
            }
        } catch (IOException io) {
            return 0;
        }
    }

    @Override
    public long line() {
        return parser.getContext().currentLine();
    }

    @Override
    public void close() {
        try {
            parser.stopParsing();
        } catch (TextParsingException e) {
            // the reading thread met bad bytes at the very end (a file cut inside a character)
            throw refusal(e);
        }
    }

    private static CsvParserSettings settings(FileFormat format) {
        CsvParserSettings s = new CsvParserSettings();
        s.getFormat().setDelimiter(format.delimiter());
        s.getFormat().setQuote('"');
        s.getFormat().setQuoteEscape('"');
        s.setLineSeparatorDetectionEnabled(true);
        s.setMaxCharsPerColumn(MAX_CHARS_PER_VALUE);
        s.setMaxColumns(MAX_COLUMNS);
        s.setSkipEmptyLines(true);
        s.setIgnoreLeadingWhitespaces(true);
        s.setIgnoreTrailingWhitespaces(true);
        s.setHeaderExtractionEnabled(false);
        s.setErrorContentLength(60);
        return s;
    }
}
