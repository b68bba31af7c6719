package kr.sanggwon.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one facade for user-facing text. Korean is the default; English is switchable at runtime.
 * A missing key shows {@code <key>} and is logged, never thrown.
 */
public final class Messages {
    public static final String BUNDLE = "i18n.messages";
    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);
    private static final AtomicReference<Locale> LOCALE = new AtomicReference<>(Locale.KOREAN);

    private Messages() {
    }

    public static Locale locale() {
        return LOCALE.get();
    }

    public static void setLocale(Locale locale) {
        LOCALE.set(locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.KOREAN);
    }

    public static ResourceBundle bundle() {
        return bundle(LOCALE.get());
    }

    public static ResourceBundle bundle(Locale locale) {
        // ROOT fallback control: never pick up the JVM's default locale by accident
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static String get(String key, Object... args) {
        return get(LOCALE.get(), key, args);
    }

    public static String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            LOG.warn("missing message key {}", key);
            return "<" + key + ">";
        }
        // always formatted, so quotes are written '' in every bundle entry whether or not it has arguments
        return new MessageFormat(pattern, locale).format(args == null ? new Object[0] : args);
    }
}
