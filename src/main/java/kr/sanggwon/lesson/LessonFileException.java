package kr.sanggwon.lesson;

import kr.sanggwon.common.UserException;

/** A lesson file that cannot be read: names the file and, for broken JSON, the line and column. */
public final class LessonFileException extends UserException {
    LessonFileException(String key, Object... args) {
        super(key, args);
    }
}
