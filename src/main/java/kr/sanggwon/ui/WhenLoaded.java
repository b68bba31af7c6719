package kr.sanggwon.ui;

import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * Runs an action once the app has finished loading what its first screen shows: no background task left except
 * long ones that are not part of the screen (model training), for a few checks in a row so that a load started
 * by an arriving result is not missed. Gives up waiting after a timeout (the action still runs). Driven by
 * {@link #check()} at a fixed period on the FX thread (the {@code --snapshot} option).
 */
final class WhenLoaded {
    /** Quiet checks in a row before the screen counts as loaded. */
    static final int QUIET_CHECKS = 3;

    private final IntSupplier busy;
    private final LongSupplier clock;
    private final long deadline;
    private final Runnable action;
    private int quiet;
    private boolean done;

    /**
     * @param busy    tasks the screen is still waiting for (running tasks minus background training)
     * @param clock   milliseconds
     * @param timeout milliseconds to wait at most
     */
    WhenLoaded(IntSupplier busy, LongSupplier clock, long timeout, Runnable action) {
        this.busy = busy;
        this.clock = clock;
        this.deadline = clock.getAsLong() + timeout;
        this.action = action;
    }

    /** One check; runs the action (once) when loaded or timed out. Returns true when the action has run. */
    boolean check() {
        if (done) {
            return true;
        }
        quiet = busy.getAsInt() <= 0 ? quiet + 1 : 0;
        if (quiet >= QUIET_CHECKS || clock.getAsLong() >= deadline) {
            done = true;
            action.run();
        }
        return done;
    }

    /** True when the action ran because the wait timed out rather than because the screen was loaded. */
    boolean timedOut() {
        return done && quiet < QUIET_CHECKS;
    }
}
