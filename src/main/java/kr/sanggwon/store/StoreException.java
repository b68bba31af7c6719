package kr.sanggwon.store;

import kr.sanggwon.common.UserException;

/** The database cannot be opened or used; carries a message key for the user. */
public final class StoreException extends UserException {
    public StoreException(String key, Object... args) {
        super(key, args);
    }
}
