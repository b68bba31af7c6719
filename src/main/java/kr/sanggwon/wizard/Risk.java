package kr.sanggwon.wizard;

/**
 * One risk of a plan in plain words: what it is about, how serious (0 = none, 1 and above = serious; only used to
 * order them), and the sentence as a message key with its arguments (already formatted numbers).
 */
public record Risk(Kind kind, double severity, String messageKey, Object[] args) {
    /** What a risk is about; each has its own "ask a consultant" question ({@code wizard.ask.<KIND>}). */
    public enum Kind { CLOSING, COMPETITION, TREND, CHANGE, CONFIDENCE, BREAK_EVEN, PAYBACK }

    public String askKey() {
        return "wizard.ask." + kind.name();
    }
}
