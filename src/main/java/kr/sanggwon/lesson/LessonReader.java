package kr.sanggwon.lesson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads one lesson file (JSON, both languages in one file). A broken file is refused whole with its name, line and
 * column, or with the step and field that is missing; nothing of it is used.
 */
public final class LessonReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LessonReader() {
    }

    public static Lesson read(String fileName, InputStream in) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new LessonFileException("lesson.error.syntax", fileName, at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), e.getOriginalMessage());
        } catch (IOException e) {
            throw new LessonFileException("lesson.error.io", fileName, e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new LessonFileException("lesson.error.field", fileName, "-", "id");
        }
        Fields f = new Fields(fileName, "-");
        List<LessonStep> steps = new ArrayList<>();
        JsonNode list = root.path("steps");
        if (!list.isArray() || list.isEmpty()) {
            throw new LessonFileException("lesson.error.field", fileName, "-", "steps");
        }
        for (int i = 0; i < list.size(); i++) {
            steps.add(step(new Fields(fileName, String.valueOf(i + 1)), list.get(i)));
        }
        return new Lesson(f.text(root, "id"), f.local(root, "title"), f.local(root, "goal"), f.number(root, "minutes"), steps);
    }

    private static LessonStep step(Fields f, JsonNode s) {
        JsonNode p = s.path("preset");
        List<String> compare = null;
        if (p.get("compare") != null) {
            compare = new ArrayList<>();
            for (JsonNode n : p.get("compare")) {
                compare.add(n.asText());
            }
        }
        java.util.Map<String, String> plan = null;
        if (p.get("plan") != null) {
            plan = new java.util.LinkedHashMap<>();
            for (var it = p.get("plan").fields(); it.hasNext(); ) {
                var e = it.next();
                plan.put(e.getKey(), e.getValue().asText().strip());
            }
        }
        Preset preset = new Preset(presetValue(p, "district"), presetValue(p, "industry"), compare, plan);
        JsonNode c = s.path("check");
        CheckKind kind;
        String kindText = f.text(c, "kind");
        try {
            kind = CheckKind.valueOf(kindText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new LessonFileException("lesson.error.kind", f.file, f.step, kindText);
        }
        List<LocalText> choices = new ArrayList<>();
        for (JsonNode n : c.path("choices")) {
            choices.add(new LocalText(optional(n, "ko"), optional(n, "en")));
        }
        LocalText statement = c.get("statement") == null ? null : f.local(c, "statement");
        Check check = new Check(kind, f.local(c, "question"), f.local(c, "hint"), optional(c, "answerControl"), choices,
                statement, c.path("count").asInt(0), optional(c, "district"));
        return new LessonStep(f.text(s, "screen"), preset, f.text(s, "control"), f.local(s, "explain"), check);
    }

    /** Absent: null (leave as it is); present but empty: "" (clear). */
    private static String presetValue(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText().strip();
    }

    private static String optional(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    /** Required fields of one part of the file; a missing one names the file and the step (1-based, "-" for the lesson). */
    private record Fields(String file, String step) {
        String text(JsonNode n, String field) {
            String v = optional(n, field);
            if (v == null) {
                throw new LessonFileException("lesson.error.field", file, step, field);
            }
            return v;
        }

        int number(JsonNode n, String field) {
            JsonNode v = n.get(field);
            if (v == null || !v.canConvertToInt() || v.asInt() <= 0) {
                throw new LessonFileException("lesson.error.field", file, step, field);
            }
            return v.asInt();
        }

        LocalText local(JsonNode n, String field) {
            JsonNode v = n.get(field);
            if (v == null || !v.isObject()) {
                throw new LessonFileException("lesson.error.field", file, step, field);
            }
            return new LocalText(optional(v, "ko"), optional(v, "en"));
        }
    }
}
