package kr.sanggwon.consult;

import java.util.Locale;

/**
 * An update of a case-file record lost the race: someone else (another consultant on the shared database, or another
 * window) saved or deleted the record after it was read. Nothing was written. Carries what is in the database now
 * ({@link #theirs()}, empty when the record was deleted) so the caller can show both versions and let the consultant
 * keep theirs, keep the own version over it knowingly (update again naming the current version) or keep both (save the
 * own version as a copy).
 */
public final class EditConflictException extends ConsultException {
    /** What kind of record the conflict is about. */
    public enum Kind { CLIENT, CONSULTATION, SCENARIO,
        /** A scenario's 현장 조사 ({@link FieldSurveys}); theirs is a {@code Versioned<FieldSurvey>}. */
        SURVEY,
        /** A scenario's 디지털 전환 진단 ({@link DigitalCheckups}); theirs is a {@code Versioned<DigitalCheckup>}. */
        DIGITAL }

    private final Kind kind;
    private final long id;
    private final transient Object theirs;

    public EditConflictException(Kind kind, long id, Object theirs) {
        super("consult.conflict." + (theirs == null ? "deleted" : "changed") + "." + kind.name().toLowerCase(Locale.ROOT), id);
        this.kind = kind;
        this.id = id;
        this.theirs = theirs;
    }

    public Kind kind() {
        return kind;
    }

    public long id() {
        return id;
    }

    /** True when the record is gone (deleted by someone else): keeping the own version saves it as a new record. */
    public boolean deleted() {
        return theirs == null;
    }

    /** The record as now saved by the other side, or null when it was deleted; a {@link Client}, {@link Consultation}, {@link Scenario} or
     * {@link Versioned} survey or checkup. */
    public Object theirs() {
        return theirs;
    }
}
