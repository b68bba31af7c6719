package kr.sanggwon.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides database passwords in text that may reach a log, a message or an exception: a JDBC URL's
 * {@code password=…} parameter and {@code user:password@} part, and any occurrence of a known password.
 */
public final class Redact {
    static final String MASK = "***";
    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)(password|passwd|pwd)=[^&;\\s]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@\\s]*):[^@/\\s]*@");

    private Redact() {
    }

    /** {@code text} with every password parameter and URL user-info password replaced by {@value #MASK}. */
    public static String url(String text) {
        if (text == null) {
            return null;
        }
        String out = PASSWORD_PARAM.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "=" + MASK));
        return USER_INFO.matcher(out).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + ":" + MASK + "@"));
    }

    /** Like {@link #url} and also every occurrence of {@code password} itself (a driver may echo it back). */
    public static String text(String text, String password) {
        String out = url(text);
        if (out != null && password != null && password.length() >= 1) {
            out = out.replace(password, MASK);
        }
        return out;
    }
}
