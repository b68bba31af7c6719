package kr.sanggwon.consult;

import kr.sanggwon.common.UserException;

/** A 상담 failure the consultant can act on (validation, locked vault, wrong passphrase); message key + arguments. */
public class ConsultException extends UserException {
    public ConsultException(String key, Object... args) {
        super(key, args);
    }
}
