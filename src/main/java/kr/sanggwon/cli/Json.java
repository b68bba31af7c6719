package kr.sanggwon.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.time.LocalDateTime;
import kr.sanggwon.common.Localizable;
import kr.sanggwon.common.Messages;

/** JSON output of every --json command: pretty, stable field order, ISO dates. */
final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .findAndAddModules()
            // ISO-8601 text for java.time values without the jsr310 module (not on the classpath)
            .addModule(new SimpleModule().addSerializer(LocalDateTime.class, ToStringSerializer.instance)
                    .addSerializer(java.time.Instant.class, ToStringSerializer.instance)
                    .addSerializer(java.time.LocalDate.class, ToStringSerializer.instance)
                    // sentences the core returns as key + arguments, in the CLI's language (ADR 0019)
                    .addSerializer(Localizable.class, new StdSerializer<>(Localizable.class) {
                        @Override
                        public void serialize(Localizable value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                            gen.writeString(value.render(Messages.locale()));
                        }
                    }))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private Json() {
    }

    /** {@code value} as a JSON object with one more field {@code key} at the end (keeps the value's own fields as they are). */
    @SuppressWarnings("unchecked")
    static String writeWith(Object value, String key, Object extra) {
        java.util.Map<String, Object> m = MAPPER.convertValue(value, java.util.LinkedHashMap.class);
        m.put(key, extra);
        return write(m);
    }

    /** {@code value} as a JSON object with more fields at the end, in the order of {@code extras}. */
    @SuppressWarnings("unchecked")
    static String writeWith(Object value, java.util.Map<String, Object> extras) {
        java.util.Map<String, Object> m = MAPPER.convertValue(value, java.util.LinkedHashMap.class);
        m.putAll(extras);
        return write(m);
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
