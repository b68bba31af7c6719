package kr.sanggwon.testing;

import java.util.Map;
import java.util.TreeMap;
import java.util.prefs.AbstractPreferences;

/**
 * Preferences held in memory only, for the test JVM ({@link InMemoryPreferencesFactory}): screens and settings tests
 * save window sizes, languages and database choices, and none of that may land in the developer's (or the CI user's)
 * profile, where the JDK would otherwise keep it ({@code ~/.java/.userPrefs}, the Windows registry).
 */
final class InMemoryPreferences extends AbstractPreferences {
    private final Map<String, String> values = new TreeMap<>();
    private final Map<String, InMemoryPreferences> children = new TreeMap<>();

    InMemoryPreferences(InMemoryPreferences parent, String name) {
        super(parent, name);
    }

    @Override
    protected void putSpi(String key, String value) {
        values.put(key, value);
    }

    @Override
    protected String getSpi(String key) {
        return values.get(key);
    }

    @Override
    protected void removeSpi(String key) {
        values.remove(key);
    }

    @Override
    protected void removeNodeSpi() {
        values.clear();
        children.clear();
        if (parent() instanceof InMemoryPreferences p) {
            p.children.remove(name());
        }
    }

    @Override
    protected String[] keysSpi() {
        return values.keySet().toArray(String[]::new);
    }

    @Override
    protected String[] childrenNamesSpi() {
        return children.keySet().toArray(String[]::new);
    }

    @Override
    protected AbstractPreferences childSpi(String name) {
        return children.computeIfAbsent(name, n -> new InMemoryPreferences(this, n));
    }

    @Override
    protected void syncSpi() {
        // nothing is stored outside this object
    }

    @Override
    protected void flushSpi() {
        // nothing is stored outside this object
    }
}
