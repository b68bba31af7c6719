package kr.sanggwon.consult;

/**
 * A value of a scenario's one-per-scenario record (현장 조사, 디지털 진단) with the row version it was read or saved at;
 * the next save names that version (optimistic locking), so a save over someone else's newer one is refused.
 */
public record Versioned<T>(T value, long version) {
}
