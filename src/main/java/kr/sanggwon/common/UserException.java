package kr.sanggwon.common;

/**
 * A failure the user can act on. Carries a message key (resolved in messages bundles by {@link Messages})
 * and its arguments, never a pre-formatted sentence, so CLI and UI show it in the user's language.
 */
public class UserException extends RuntimeException {
    private final String key;
    private final transient Object[] args;

    /**
     * The exception's message is the key alone: the arguments may be what the user typed (a client's name, a phone
     * number, actual sales), and messages end up in logs and in the error log file.
     */
    public UserException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    /** Localized text in the default locale. */
    public String localized() {
        return Messages.get(key, args);
    }
}
