package kr.sanggwon.common;

/**
 * Progress of long work, shared by CLI and UI. Core code calls {@link #update} now and then and stops
 * (throwing {@link CancelledException}) when {@link #isCancelled()} turns true.
 */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} units (total &lt;= 0 when unknown), with a short localized status line. */
    void update(long done, long total, String message);

    boolean isCancelled();

    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
