package kr.sanggwon.errorlog;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import kr.sanggwon.common.UserException;

/**
 * The text of an error that may be written to a file or shown as details: exception classes, messages with anything
 * that could be a person's data taken out, and only the app's own stack frames. A {@link UserException} shows its
 * message key, never its arguments (they can be what the user typed). Library frames are counted, not listed.
 */
public final class SafeTrace {
    /** Frames of these classes are the app's own. */
    static final String APP_PACKAGE = "kr.sanggwon.";
    static final String REDACTED = "…";
    private static final int MAX_CAUSES = 8;
    private static final int MAX_FRAMES = 40;
    private static final int MAX_MESSAGE = 300;

    /*
     * What a library's message may carry from user input, and is cut out: quoted text (NumberFormatException: For
     * input string: "…", H2's SQL with literals), e-mail addresses, file paths (a file may be named after a client),
     * anything not ASCII (Korean names, notes), and numbers of five or more digits (phone numbers, sales).
     */
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'|“[^”]*”|‘[^’]*’");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+");
    /** From a path's start to the next colon or semicolon: folder and file names may hold spaces. */
    private static final Pattern PATH = Pattern.compile("(?:[A-Za-z]:)?[^\\s:;,()\\[\\]]*[/\\\\][^\\s:;][^:;]*");
    private static final Pattern NON_ASCII = Pattern.compile("[^\\x00-\\x7F]+");
    /** A number with its separators (010-1234-5678, 12,000,000); cut out when it has five digits or more. */
    private static final Pattern NUMBER = Pattern.compile("\\+?\\d+(?:[\\-., ]\\d+)*");
    private static final int LONG_NUMBER_DIGITS = 5;

    private SafeTrace() {
    }

    /** Classes, safe messages and the app's frames of {@code error} and its causes. */
    public static String of(Throwable error) {
        StringBuilder sb = new StringBuilder();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Throwable t = error;
        int depth = 0;
        while (t != null && depth < MAX_CAUSES && seen.put(t, Boolean.TRUE) == null) {
            sb.append(depth == 0 ? "" : "Caused by: ").append(headline(t)).append('\n');
            appendFrames(sb, t.getStackTrace());
            t = t.getCause();
            depth++;
        }
        return sb.toString();
    }

    /** "class: safe message" of one throwable. */
    public static String headline(Throwable t) {
        String message = message(t);
        return message.isEmpty() ? t.getClass().getName() : t.getClass().getName() + ": " + message;
    }

    /** The message without anything that could be personal data; the key for a {@link UserException}. */
    public static String message(Throwable t) {
        if (t instanceof UserException ue) {
            return ue.key();
        }
        String m = t.getMessage();
        return m == null ? "" : scrub(m);
    }

    static String scrub(String message) {
        String m = message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) + REDACTED : message;
        m = QUOTED.matcher(m).replaceAll(REDACTED);
        m = EMAIL.matcher(m).replaceAll(REDACTED);
        m = PATH.matcher(m).replaceAll(REDACTED);
        m = NON_ASCII.matcher(m).replaceAll(REDACTED);
        m = NUMBER.matcher(m).replaceAll(r -> digits(r.group()) >= LONG_NUMBER_DIGITS ? REDACTED : r.group());
        return m.replace("\n", " ").replace("\r", " ").strip();
    }

    private static long digits(String s) {
        return s.chars().filter(Character::isDigit).count();
    }

    /**
     * Where it failed, for the dialog: "DistrictView.refresh (DistrictView.java:120)", the first app frame of the
     * error or of its causes; empty when none of them passed through the app's code.
     */
    public static String where(Throwable error) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = error; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            for (StackTraceElement f : t.getStackTrace()) {
                if (isApp(f)) {
                    String cls = f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1);
                    return cls + "." + f.getMethodName() + (f.getFileName() == null ? "" : " (" + f.getFileName() + ":" + f.getLineNumber() + ")");
                }
            }
        }
        return "";
    }

    private static void appendFrames(StringBuilder sb, StackTraceElement[] frames) {
        int outside = 0;
        int shown = 0;
        for (StackTraceElement f : frames) {
            if (!isApp(f) || shown >= MAX_FRAMES) {
                outside++;
                continue;
            }
            if (outside > 0) {
                sb.append("    … ").append(outside).append(" library frames\n");
                outside = 0;
            }
            sb.append("    at ").append(f).append('\n');
            shown++;
        }
        if (outside > 0) {
            sb.append("    … ").append(outside).append(" library frames\n");
        }
    }

    private static boolean isApp(StackTraceElement f) {
        return f.getClassName().startsWith(APP_PACKAGE);
    }
}
