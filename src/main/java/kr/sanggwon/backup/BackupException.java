package kr.sanggwon.backup;

import kr.sanggwon.common.UserException;

/** A backup cannot be taken, checked or restored; carries a message key for the user. */
public final class BackupException extends UserException {
    public BackupException(String key, Object... args) {
        super(key, args);
    }
}
