package kr.sanggwon.report;

import kr.sanggwon.common.UserException;

/** A report that cannot be written (no Korean font, no folder to write to); message key + arguments. */
public final class ReportException extends UserException {
    public ReportException(String key, Object... args) {
        super(key, args);
    }
}
