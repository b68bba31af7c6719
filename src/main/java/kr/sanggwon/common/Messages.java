package kr.sanggwon.common;

import java.text.MessageFormat;
import java.util.List;
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
    /**
     * One bundle per feature area (i18n/messages, i18n/ui, …), looked up in this order, so features add text
     * without touching each other's files. Each has a Korean (_ko) and an English (base) file.
     */
    public static final List<String> BUNDLES = List.of("i18n.messages", "i18n.ui", "i18n.district", "i18n.estimate", "i18n.sample",
            "i18n.workspace", "i18n.finance", "i18n.recommend", "i18n.consult", "i18n.report", "i18n.store",
            "i18n.trust", "i18n.badfiles", "i18n.wizard", "i18n.lesson", "i18n.watch", "i18n.digital");
    /** The app's languages, Korean first (ADR 0019: what a snapshot keeps its sentences in). */
    public static final List<Locale> LANGUAGES = List.of(Locale.KOREAN, Locale.ENGLISH);
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

    /** The bundle {@code base} in {@code locale}, or null when that feature has no text yet. */
    public static ResourceBundle bundle(String base, Locale locale) {
        try {
            // no fallback to the JVM's default locale: Korean is _ko, English is the base file
            return ResourceBundle.getBundle(base, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return null;
        }
    }

    public static boolean has(String key) {
        return pattern(LOCALE.get(), key) != null;
    }

    private static String pattern(Locale locale, String key) {
        for (String base : BUNDLES) {
            ResourceBundle b = bundle(base, locale);
            if (b != null && b.containsKey(key)) {
                return b.getString(key);
            }
        }
        return null;
    }

    public static String get(String key, Object... args) {
        return get(LOCALE.get(), key, args);
    }

    public static String get(Locale locale, String key, Object... args) {
        String pattern = pattern(locale, key);
        if (pattern == null) {
            LOG.warn("missing message key {}", key);
            return "<" + key + ">";
        }
        // always formatted, so quotes are written '' in every bundle entry whether or not it has arguments
        String text = new MessageFormat(pattern, locale).format(rendered(locale, args));
        // Korean patterns write a particle after an argument in both forms ("{0}을(를)"); pick the one the word needs
        return locale.getLanguage().equals("ko") ? KoreanParticles.resolve(text) : text;
    }

    /** The arguments with every {@link Localizable} rendered in {@code locale} (ADR 0019). */
    private static Object[] rendered(Locale locale, Object[] args) {
        if (args == null) {
            return new Object[0];
        }
        Object[] out = args;
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Localizable l) {
                if (out == args) {
                    out = args.clone();
                }
                out[i] = l.render(locale);
            }
        }
        return out;
    }
}
