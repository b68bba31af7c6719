package kr.sanggwon.ingest;

import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;

/**
 * CSV rows through univocity. Decoding is strict: a byte sequence that is not valid in the sniffed encoding
 * refuses the file (naming the line) instead of turning into replacement characters.
 */
final class CsvRowSource implements RowSource {
    private final CsvParser parser;
    private final String name;

    CsvRowSource(InputStream in, FileFormat format, String name) {
        this.name = name;
        this.parser = new CsvParser(settings(format));
        parser.beginParsing(new InputStreamReader(in, format.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    @Override
    public String[] header() {
        return next();
    }

    @Override
    public String[] next() {
        try {
            return parser.parseNext();
        } catch (TextParsingException e) {
            long line = e.getLineIndex() + 1;
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof CharacterCodingException) {
                    throw new ImportException("ingest.error.encodingAt", name, line, "");
                }
            }
            throw new ImportException("ingest.error.unreadable", name, line, "",
                    String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    @Override
    public long line() {
        return parser.getContext().currentLine();
    }

    @Override
    public void close() {
        parser.stopParsing();
    }

    private static CsvParserSettings settings(FileFormat format) {
        CsvParserSettings s = new CsvParserSettings();
        s.getFormat().setDelimiter(format.delimiter());
        s.getFormat().setQuote('"');
        s.getFormat().setQuoteEscape('"');
        s.setLineSeparatorDetectionEnabled(true);
        s.setMaxCharsPerColumn(1 << 16);
        s.setMaxColumns(1024);
        s.setSkipEmptyLines(true);
        s.setIgnoreLeadingWhitespaces(true);
        s.setIgnoreTrailingWhitespaces(true);
        s.setHeaderExtractionEnabled(false);
        s.setErrorContentLength(60);
        return s;
    }
}
