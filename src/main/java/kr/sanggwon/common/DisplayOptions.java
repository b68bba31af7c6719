package kr.sanggwon.common;

import java.util.Locale;

/**
 * The language and text size a user may ask for on the command line ({@code --lang}, {@code --font-scale}), checked
 * the same way for the app and the CLI: a value outside the choices is a {@link UserException}, never ignored.
 */
public final class DisplayOptions {
    public static final int MIN_FONT_SCALE = 100;
    public static final int MAX_FONT_SCALE = 200;

    private DisplayOptions() {
    }

    /** "ko" or "en" (any case); anything else is refused. */
    public static String language(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (!v.equals("ko") && !v.equals("en")) {
            throw new UserException("ui.options.badLang", value);
        }
        return v;
    }

    /** Percent from 100 to 200, written 150, 150% or as a factor 1.5; anything else is refused. */
    public static int fontScale(String value) {
        double v;
        try {
            v = Double.parseDouble(value.strip().replace("%", ""));
        } catch (NumberFormatException | NullPointerException e) {
            throw new UserException("ui.options.badScale", value, MIN_FONT_SCALE, MAX_FONT_SCALE);
        }
        int percent = (int) Math.round(v <= 3 ? v * 100 : v);
        if (!Double.isFinite(v) || percent < MIN_FONT_SCALE || percent > MAX_FONT_SCALE) {
            throw new UserException("ui.options.badScale", value, MIN_FONT_SCALE, MAX_FONT_SCALE);
        }
        return percent;
    }
}
