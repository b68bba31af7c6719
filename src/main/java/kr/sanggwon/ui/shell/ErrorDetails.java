package kr.sanggwon.ui.shell;

/** Technical text of an unexpected error for the expandable part of an error dialog. */
final class ErrorDetails {
    private static final int MAX_FRAMES = 40;

    private ErrorDetails() {
    }

    static String of(Throwable error) {
        StringBuilder sb = new StringBuilder();
        Throwable t = error;
        int depth = 0;
        while (t != null && depth < 5) {
            sb.append(depth == 0 ? "" : "Caused by: ").append(t).append('\n');
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(MAX_FRAMES, frames.length); i++) {
                sb.append("    at ").append(frames[i]).append('\n');
            }
            t = t.getCause() == t ? null : t.getCause();
            depth++;
        }
        return sb.toString();
    }
}
