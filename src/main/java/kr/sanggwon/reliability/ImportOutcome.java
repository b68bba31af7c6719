package kr.sanggwon.reliability;

/**
 * What happened to one file pushed through the importer. Only {@link Kind#REFUSED} and {@link Kind#IMPORTED} are
 * acceptable; the others are bugs.
 *
 * @param kind   the class of outcome
 * @param key    the refusal's message key (REFUSED), the exception class (UNHANDLED), or null
 * @param detail the localized refusal, the exception message, or what was found half-written
 * @param line   the line a refusal names (0 when none)
 * @param rows   rows imported (IMPORTED)
 * @param rejected rows rejected (IMPORTED)
 * @param args   the refusal's message arguments, to show it in another language (REFUSED), else empty
 */
public record ImportOutcome(Kind kind, String key, String detail, long line, long rows, long rejected, java.util.List<Object> args) {
    public ImportOutcome(Kind kind, String key, String detail, long line, long rows, long rejected) {
        this(kind, key, detail, line, rows, rejected, java.util.List.of());
    }

    public enum Kind {
        /** A clear message (a {@code UserException}) and the database exactly as before. */
        REFUSED,
        /** Committed, with its batch record, possibly with rejected rows. */
        IMPORTED,
        /** Any other exception: what a user would see as a stack trace. */
        UNHANDLED,
        /** Still running after the time limit. */
        HUNG,
        /** A refusal that changed the database, or an import whose batch record does not match what was reported. */
        HALF_WRITTEN
    }

    public boolean acceptable() {
        return kind == Kind.REFUSED || kind == Kind.IMPORTED;
    }
}
