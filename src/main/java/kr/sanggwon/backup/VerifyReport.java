package kr.sanggwon.backup;

import java.util.List;
import kr.sanggwon.store.BackupArchive;

/** The outcome of checking a backup (or the workspace itself): every check with its result and a detail. */
public record VerifyReport(BackupArchive.Manifest manifest, List<Check> checks) {
    /** One check: {@code key} names it in the bundle ({@code backup.check.<key>}), {@code detail} says what was found. */
    public record Check(String key, boolean ok, String detail) {
    }

    public boolean ok() {
        return checks.stream().allMatch(Check::ok);
    }
}
