package kr.sanggwon.store;

/** Why a backup was taken, and how many of that kind the rotation keeps (newest first). */
public enum BackupReason {
    MANUAL("manual", 10),
    DAILY("daily", 7),
    IMPORT("import", 5),
    MIGRATION("migration", 3),
    RESTORE("restore", 3),
    PURGE("purge", 1);

    private final String tag;
    private final int kept;

    BackupReason(String tag, int kept) {
        this.tag = tag;
        this.kept = kept;
    }

    /** The word in the file name (ASCII, stable across languages). */
    public String tag() {
        return tag;
    }

    public int kept() {
        return kept;
    }

    public static BackupReason ofTag(String tag) {
        for (BackupReason r : values()) {
            if (r.tag.equals(tag)) {
                return r;
            }
        }
        return null;
    }
}
