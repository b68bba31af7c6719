package kr.sanggwon.digital;

import kr.sanggwon.common.UserException;

/** A data file of 디지털 전환 진단 cannot be used: its name, the line and column, and what was expected there. */
public final class DigitalFileException extends UserException {
    public DigitalFileException(String key, Object... args) {
        super(key, args);
    }

    static DigitalFileException at(String file, long line, int column, String expected) {
        return new DigitalFileException("consult.digital.error.file", file, line, column, expected);
    }
}
