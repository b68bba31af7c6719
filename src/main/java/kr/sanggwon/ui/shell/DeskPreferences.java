package kr.sanggwon.ui.shell;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's settings as typed values, stored with java.util.prefs under the versioned node
 * {@code /kr/sanggwon/desk/v1}. Only small values live here; anything structured lives in the database.
 */
public final class DeskPreferences {
    public static final String NODE = "/kr/sanggwon/desk/v1";
    public static final int MIN_FONT_SCALE = 100;
    public static final int MAX_FONT_SCALE = 200;
    private static final Logger LOG = LoggerFactory.getLogger(DeskPreferences.class);

    private final Preferences node;

    public DeskPreferences(Preferences node) {
        this.node = node;
    }

    /** The user's real settings. */
    public static DeskPreferences user() {
        return new DeskPreferences(Preferences.userRoot().node(NODE));
    }

    /** Window position and size in screen coordinates. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    public String language() {
        return node.get("language", "ko");
    }

    public void setLanguage(String language) {
        node.put("language", language);
    }

    /** Font size in percent of the normal size, 100–200. */
    public int fontScale() {
        return clampScale(node.getInt("fontScale", MIN_FONT_SCALE));
    }

    public void setFontScale(int percent) {
        node.putInt("fontScale", clampScale(percent));
    }

    public static int clampScale(int percent) {
        return Math.max(MIN_FONT_SCALE, Math.min(MAX_FONT_SCALE, percent));
    }

    public Optional<WindowBounds> windowBounds() {
        double w = node.getDouble("window.width", -1);
        double h = node.getDouble("window.height", -1);
        if (w < 200 || h < 150) {
            return Optional.empty();
        }
        return Optional.of(new WindowBounds(node.getDouble("window.x", 0), node.getDouble("window.y", 0), w, h,
                node.getBoolean("window.maximized", false)));
    }

    public void setWindowBounds(WindowBounds b) {
        node.putDouble("window.x", b.x());
        node.putDouble("window.y", b.y());
        node.putDouble("window.width", b.width());
        node.putDouble("window.height", b.height());
        node.putBoolean("window.maximized", b.maximized());
    }

    public Optional<String> lastScreen() {
        return optional("lastScreen");
    }

    public void setLastScreen(String id) {
        putOrRemove("lastScreen", id);
    }

    public Optional<String> district() {
        return optional("selection.district");
    }

    public void setDistrict(String code) {
        putOrRemove("selection.district", code);
    }

    public Optional<String> industry() {
        return optional("selection.industry");
    }

    public void setIndustry(String code) {
        putOrRemove("selection.industry", code);
    }

    public List<String> compareDistricts() {
        String v = node.get("selection.compare", "");
        return v.isBlank() ? List.of() : Arrays.asList(v.split(","));
    }

    public void setCompareDistricts(List<String> codes) {
        putOrRemove("selection.compare", codes.isEmpty() ? null : String.join(",", codes));
    }

    /** A free setting of one screen, e.g. {@code screenSetting("search", "metric")}. */
    public Optional<String> screenSetting(String screenId, String name) {
        return optional("screen." + screenId + "." + name);
    }

    public void setScreenSetting(String screenId, String name, String value) {
        putOrRemove("screen." + screenId + "." + name, value);
    }

    /** Writes pending changes to the backing store (done on exit). */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.warn("cannot save preferences: {}", e.getMessage());
        }
    }

    /** Deletes every setting under this node (tests). */
    public void clear() {
        try {
            node.removeNode();
        } catch (BackingStoreException | IllegalStateException e) {
            LOG.warn("cannot clear preferences: {}", e.getMessage());
        }
    }

    private Optional<String> optional(String key) {
        String v = node.get(key, null);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    private void putOrRemove(String key, String value) {
        if (value == null || value.isBlank()) {
            node.remove(key);
        } else {
            node.put(key, value);
        }
    }
}
