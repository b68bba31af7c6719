package kr.sanggwon.estimate;

import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;

/** Renders a {@link Selection} as one sentence in the current locale (for the screen and the CLI). */
public final class SelectionText {
    private SelectionText() {
    }

    public static String line(Selection s) {
        if (s == null) {
            return "";
        }
        return Messages.get(s.reason().messageKey(), EstimateService.methodName(s.challenger()), EstimateService.methodName(s.reference()),
                Double.isFinite(s.ratio()) ? Formats.number(s.ratio(), 2) : "-", s.originsWon(), s.originsCompared());
    }
}
