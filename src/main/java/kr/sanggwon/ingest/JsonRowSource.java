package kr.sanggwon.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The records of a portal JSON download as rows, streamed one object at a time. The portal writes
 * {@code {"DESCRIPTION": {...}, "DATA": [{"adstrd_cd": "11110515", ...}, ...]}} (Open API dumps nest the array
 * under {@code row}); the records are the objects of the first array whose objects have scalar fields. The header
 * is the field names of the first record (English API names such as adstrd_cd, which {@link HeaderIndex}
 * matches case-insensitively); later records are mapped by name, so field order does not matter.
 */
final class JsonRowSource implements RowSource {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonParser parser;
    private final String name;
    private List<String> fields;
    private HeaderIndex index;
    private long line;

    JsonRowSource(InputStream in, String name) {
        this.name = name;
        try {
            this.parser = MAPPER.getFactory().createParser(in);
        } catch (IOException e) {
            throw ImportException.ofFile("ingest.error.json", name, e.getMessage());
        }
    }

    @Override
    public String[] header() throws IOException {
        JsonNode first = nextRecord();
        if (first == null) {
            return null;
        }
        fields = new ArrayList<>();
        first.fieldNames().forEachRemaining(fields::add);
        String[] header = fields.toArray(String[]::new);
        index = new HeaderIndex(header);
        pending = first;
        return header;
    }

    private JsonNode pending;

    @Override
    public String[] next() throws IOException {
        JsonNode node = pending != null ? pending : nextRecord();
        pending = null;
        if (node == null) {
            return null;
        }
        String[] row = new String[fields.size()];
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            int p = index.find(e.getKey());
            if (p >= 0 && !e.getValue().isNull()) {
                row[p] = e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString();
            }
        }
        return row;
    }

    /** The next object that sits directly in an array and has at least one scalar field. */
    private JsonNode nextRecord() throws IOException {
        try {
            JsonToken t;
            while ((t = parser.nextToken()) != null) {
                if (t == JsonToken.START_OBJECT && parser.getParsingContext().getParent() != null
                        && parser.getParsingContext().getParent().inArray()) {
                    line = parser.currentTokenLocation().getLineNr();
                    JsonNode node = MAPPER.readTree(parser);
                    if (hasScalar(node)) {
                        return node;
                    }
                }
            }
            return null;
        } catch (JsonProcessingException e) {
            throw new ImportException("ingest.error.json", name, Math.max(1, e.getLocation() == null ? 0 : e.getLocation().getLineNr()),
                    "", e.getOriginalMessage());
        }
    }

    private static boolean hasScalar(JsonNode node) {
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            if (it.next().isValueNode()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // reading is over
        }
    }
}
