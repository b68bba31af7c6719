package kr.sanggwon.lesson;

import java.util.List;

/** A lesson read from its file: what it teaches, how long it takes in class, and its steps in order. */
public record Lesson(String id, LocalText title, LocalText goal, int minutes, List<LessonStep> steps) {
    public Lesson {
        steps = List.copyOf(steps);
    }
}
