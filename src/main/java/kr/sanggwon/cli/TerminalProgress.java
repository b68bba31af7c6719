package kr.sanggwon.cli;

import java.io.PrintWriter;
import kr.sanggwon.common.Progress;

/** Shows progress on one terminal line (to stderr, so --json output stays clean). */
final class TerminalProgress implements Progress {
    private final PrintWriter err;
    private final String label;
    private long lastPrint;

    TerminalProgress(PrintWriter err, String label) {
        this.err = err;
        this.label = label;
    }

    @Override
    public void update(long done, long total, String message) {
        long now = System.nanoTime();
        if (now - lastPrint < 500_000_000L && done < total) {
            return;
        }
        lastPrint = now;
        String pct = total > 0 ? String.format("%3d%% ", Math.min(100, done * 100 / total)) : "";
        err.print("\r" + label + " " + pct + message + "   ");
        err.flush();
    }

    void end() {
        if (lastPrint != 0) {
            err.println();
        }
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
