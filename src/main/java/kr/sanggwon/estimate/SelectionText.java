package kr.sanggwon.estimate;

import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Localizable;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Text;

/** A {@link Selection} as one sentence: {@link #text} to render at the edge, {@link #line} in the CLI's current locale. */
public final class SelectionText {
    private SelectionText() {
    }

    public static String line(Selection s) {
        return text(s).render(Messages.locale());
    }

    /** The sentence as key + arguments (ADR 0019); empty in every language when there is no selection. */
    public static Localizable text(Selection s) {
        if (s == null) {
            return locale -> "";
        }
        return Text.of(s.reason().messageKey(), EstimateService.methodText(s.challenger()), EstimateService.methodText(s.reference()),
                Double.isFinite(s.ratio()) ? Formats.number(s.ratio(), 2) : "-", s.originsWon(), s.originsCompared());
    }
}
