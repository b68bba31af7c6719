package kr.sanggwon.estimate;

/**
 * The two grains Seoul publishes sales at. 상권 × 업종 cells come with store counts, so the target is sales per
 * store; 행정동 × 업종 cells have no store counts, so the target is the total sales of the cell.
 */
public enum Grain {
    TRDAR('T', true),
    DONG('D', false);

    private final char code;
    private final boolean perStore;

    Grain(char code, boolean perStore) {
        this.code = code;
        this.perStore = perStore;
    }

    public char code() {
        return code;
    }

    /** Target is sales per store (else total sales of the cell). */
    public boolean perStore() {
        return perStore;
    }

    public static Grain ofCode(char c) {
        return c == 'D' ? DONG : TRDAR;
    }
}
