package kr.sanggwon.lesson;

/**
 * One step of a lesson: open {@code screen} with {@code preset}, ring {@code control} (a control id on that screen),
 * explain in one or two sentences, then ask {@code check}.
 */
public record LessonStep(String screen, Preset preset, String control, LocalText explain, Check check) {
}
