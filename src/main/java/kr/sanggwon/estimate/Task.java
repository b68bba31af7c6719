package kr.sanggwon.estimate;

/**
 * The two estimation tasks, evaluated separately. FORECAST: next quarter of a cell that has history (learners model
 * the log growth over the last known quarter). COLD_START: a district × industry cell with no own history (learners
 * model the log level from district context only).
 */
public enum Task {
    FORECAST,
    COLD_START;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
