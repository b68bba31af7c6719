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

    /**
     * Part {@code index} (from 0) of {@code count} equal parts of this work: its own 0–100 % is reported as the
     * matching slice of the whole, so a bar over several steps moves forward once instead of restarting per step.
     */
    default Progress part(int index, int count) {
        return slice((double) index / count, (double) (index + 1) / count);
    }

    /** This work's 0–100 % reported as {@code from}–{@code to} (fractions) of the whole. */
    default Progress slice(double from, double to) {
        Progress whole = this;
        long scale = 10_000;
        return new Progress() {
            @Override
            public void update(long done, long total, String message) {
                double f = total > 0 ? Math.min(1, Math.max(0, (double) done / total)) : 0;
                whole.update(Math.round((from + (to - from) * f) * scale), scale, message);
            }

            @Override
            public boolean isCancelled() {
                return whole.isCancelled();
            }
        };
    }
}
