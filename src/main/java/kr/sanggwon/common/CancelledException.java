package kr.sanggwon.common;

/** The user cancelled long work; everything it did was rolled back. */
public final class CancelledException extends UserException {
    public CancelledException() {
        super("common.cancelled");
    }
}
