package kr.sanggwon.consult;

import java.time.Duration;
import kr.sanggwon.workspace.WorkspaceSettings;

/**
 * How many minutes 상담 stays unlocked without use before the vault forgets its key: a setting of the workspace
 * ({@value #SETTING}), 1 to 120 minutes, 10 until changed. "Never" is refused on purpose: a laptop left open in a
 * shop or a training room would show every owner's name and sales to whoever sits down, and 120 minutes already
 * covers the longest consultation without a lock screen in between.
 */
public final class IdleLock {
    public static final String SETTING = "consult_idle_lock_minutes";
    public static final int MIN_MINUTES = 1;
    public static final int MAX_MINUTES = 120;
    public static final int DEFAULT_MINUTES = 10;

    private final WorkspaceSettings settings;
    private final CaseVault vault;

    public IdleLock(WorkspaceSettings settings, CaseVault vault) {
        this.settings = settings;
        this.vault = vault;
    }

    /** The stored minutes; the default when never set or when the stored text is not a minute count in range. */
    public int minutes() {
        return settings.get(SETTING).map(IdleLock::storedMinutes).orElse(DEFAULT_MINUTES);
    }

    /** Gives the vault the stored idle time (at start-up of a workspace). */
    public void apply() {
        vault.setIdleTimeout(Duration.ofMinutes(minutes()));
    }

    /**
     * Checks, stores and applies at once; out of range throws {@code consult.idle.outOfRange}. Only the consultant
     * changes it: the vault must be unlocked ({@code consult.vault.locked} otherwise).
     */
    public void set(int minutes) {
        check(minutes);
        vault.requireUnlocked();
        settings.put(SETTING, Integer.toString(minutes));
        vault.setIdleTimeout(Duration.ofMinutes(minutes));
    }

    /** Minutes as typed ("30", " 30분 "); anything else, or out of range, is refused with the allowed range. */
    public static int parse(String text) {
        String t = text == null ? "" : text.strip().replace("분", "").replace("min", "").strip();
        try {
            int m = Integer.parseInt(t);
            check(m);
            return m;
        } catch (NumberFormatException e) {
            throw new ConsultException("consult.idle.outOfRange", MIN_MINUTES, MAX_MINUTES);
        }
    }

    private static void check(int minutes) {
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw new ConsultException("consult.idle.outOfRange", MIN_MINUTES, MAX_MINUTES);
        }
    }

    private static int storedMinutes(String text) {
        try {
            int m = Integer.parseInt(text.strip());
            return m >= MIN_MINUTES && m <= MAX_MINUTES ? m : DEFAULT_MINUTES;
        } catch (NumberFormatException e) {
            return DEFAULT_MINUTES;
        }
    }
}
