package kr.sanggwon.common;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A sentence not yet rendered: a message key and its arguments (ADR 0019). Arguments are plain values (text, numbers)
 * or {@link Localizable}s (another {@code Text}, a {@link Quarter quarter}), which are rendered in the same locale.
 */
public record Text(String key, List<Object> args) implements Localizable {
    public Text {
        args = Collections.unmodifiableList(Arrays.asList(args.toArray()));
    }

    public static Text of(String key, Object... args) {
        return new Text(key, Arrays.asList(args == null ? new Object[0] : args));
    }

    /** A quarter as words in the rendering locale ("2024년 1분기" / "2024 Q1"). */
    public static Localizable quarter(Integer yyyyq) {
        return new QuarterWords(yyyyq);
    }

    @Override
    public String render(Locale locale) {
        return Messages.get(locale, key, args.toArray());
    }

    /** The key only: arguments may be what the user typed, and a Text can end up in a log line. */
    @Override
    public String toString() {
        return key;
    }

    private record QuarterWords(Integer yyyyq) implements Localizable {
        @Override
        public String render(Locale locale) {
            return Formats.quarter(yyyyq, locale);
        }
    }
}
