package kr.sanggwon.common;

/**
 * The spatial level Seoul publishes its data at, the one type for it (issue #9: formerly {@code ingest.Level},
 * {@code estimate.Grain} and bare "T"/"D" strings). Stored in the database and printed by the CLI as its one-letter
 * {@link #code()} ({@code district.lvl}, {@code model.grain}, {@code --grain=T|D}); JSON prints the constant's name,
 * so the names stay as the estimate's JSON always printed them ({@code "grain" : "TRDAR"} / {@code "DONG"}).
 */
public enum Level {
    /** 상권 (trading area), 7-digit codes, {@code T}. Sales cells come with store counts: the target is sales per store. */
    TRDAR('T', true),
    /** 행정동 (administrative dong; ADSTRD in Seoul's files), 8-digit codes, {@code D}. No store counts: total sales. */
    DONG('D', false);

    private final char code;
    private final boolean perStore;

    Level(char code, boolean perStore) {
        this.code = code;
        this.perStore = perStore;
    }

    /** 'T' or 'D': the spelling in the database, file names of datasets ({@code SALES_T}) and the CLI. */
    public char code() {
        return code;
    }

    /** The estimate's target at this level is sales per store (else the total sales of the cell). */
    public boolean perStore() {
        return perStore;
    }

    /** The level of a code letter; anything but 'T' or 'D' is an error. */
    public static Level ofCode(char c) {
        for (Level l : values()) {
            if (l.code == c) {
                return l;
            }
        }
        throw new IllegalArgumentException("level " + c);
    }

    /** The level of a stored letter, read as the sales models always read it: 'D' is 행정동, anything else 상권. */
    public static Level fromStored(char c) {
        return c == 'D' ? DONG : TRDAR;
    }
}
