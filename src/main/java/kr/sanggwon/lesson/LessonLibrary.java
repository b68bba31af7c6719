package kr.sanggwon.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lessons shipped with the app: one JSON file per lesson in {@code /lessons/}, listed in order in
 * {@code /lessons/index.txt} (a jar cannot list its folders, so the index names them).
 */
public final class LessonLibrary {
    static final String FOLDER = "/lessons/";

    private LessonLibrary() {
    }

    /** Every bundled lesson in class order. */
    public static List<Lesson> bundled() {
        List<Lesson> out = new ArrayList<>();
        for (String id : index()) {
            String name = id + ".json";
            try (InputStream in = LessonLibrary.class.getResourceAsStream(FOLDER + name)) {
                if (in == null) {
                    throw new LessonFileException("lesson.error.missing", name);
                }
                out.add(LessonReader.read(name, in));
            } catch (IOException e) {
                throw new LessonFileException("lesson.error.io", name, e.getMessage());
            }
        }
        return List.copyOf(out);
    }

    public static Optional<Lesson> find(String id) {
        return bundled().stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** Reads a lesson file from disk (an instructor's own lesson, checked with {@code lesson --check FILE}). */
    public static Lesson read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return LessonReader.read(file.toString(), in);
        } catch (IOException e) {
            throw new LessonFileException("lesson.error.io", file.toString(), e.getMessage());
        }
    }

    static List<String> index() {
        try (InputStream in = LessonLibrary.class.getResourceAsStream(FOLDER + "index.txt")) {
            if (in == null) {
                throw new LessonFileException("lesson.error.missing", "index.txt");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new LessonFileException("lesson.error.io", "index.txt", e.getMessage());
        }
    }
}
