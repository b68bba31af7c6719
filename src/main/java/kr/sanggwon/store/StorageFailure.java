package kr.sanggwon.store;

import java.nio.file.AccessDeniedException;
import java.util.Locale;

/**
 * Tells a full disk and a read-only (or not permitted) data folder apart from other failures, whatever layer reported
 * them (java.nio, H2's file store, an SQL exception wrapping either), so the user gets a message that says what to do.
 */
public final class StorageFailure {
    private StorageFailure() {
    }

    public static boolean diskFull(Throwable t) {
        return mentions(t, "no space left on device", "disk full", "not enough space on the disk", "there is not enough space")
                || h2WriteFailed(t);
    }

    /**
     * H2's file store reports a failed write of its database file as "Writing to FILE failed" without always keeping
     * the operating system's reason; on a writable, open store that is a full disk in practice.
     */
    private static boolean h2WriteFailed(Throwable t) {
        for (Throwable c = t; c != null && c.getCause() != c; c = c.getCause()) {
            String m = String.valueOf(c.getMessage());
            if (c.getClass().getName().startsWith("org.h2.") && m.startsWith("Writing to ") && m.contains(" failed")) {
                return true;
            }
        }
        return false;
    }

    public static boolean readOnly(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof AccessDeniedException || c instanceof java.nio.file.ReadOnlyFileSystemException) {
                return true;
            }
        }
        return mentions(t, "read-only file system", "permission denied", "access is denied", "read only");
    }

    private static boolean mentions(Throwable t, String... phrases) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String m = String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT);
            for (String p : phrases) {
                if (m.contains(p)) {
                    return true;
                }
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return false;
    }
}
