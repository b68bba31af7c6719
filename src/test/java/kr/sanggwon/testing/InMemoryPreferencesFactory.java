package kr.sanggwon.testing;

import java.util.prefs.Preferences;
import java.util.prefs.PreferencesFactory;

/**
 * Named by {@code -Djava.util.prefs.PreferencesFactory} in the surefire configuration (pom.xml), so that every test
 * JVM keeps user and system preferences in memory and leaves nothing in the user's profile.
 */
public final class InMemoryPreferencesFactory implements PreferencesFactory {
    private static final Preferences USER = new InMemoryPreferences(null, "");
    private static final Preferences SYSTEM = new InMemoryPreferences(null, "");

    @Override
    public Preferences userRoot() {
        return USER;
    }

    @Override
    public Preferences systemRoot() {
        return SYSTEM;
    }
}
