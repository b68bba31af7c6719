package kr.sanggwon.consult;

import java.util.List;
import java.util.stream.Collectors;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;

/** A watched entry whose numbers moved notably at {@code quarter}: one row of "연락할 곳", ready for a follow-up call. */
public record WatchFinding(Watched watched, int quarter, List<WatchChange> changes) {

    public WatchFinding {
        changes = List.copyOf(changes);
    }

    /** What moved, in plain sentences: "2024년 4분기: 매출이 직전 분기보다 25.0% 늘었습니다 (…)." */
    public String sentence() {
        return Messages.get("consult.watch.finding", Formats.quarter(quarter),
                changes.stream().map(WatchChange::sentence).collect(Collectors.joining(" ")));
    }

    /** The whole row: client, place, and what moved. */
    public String text() {
        String client = watched.clientName() == null ? Messages.get("consult.watch.lockedClient") : watched.clientName();
        return Messages.get("consult.watch.contactLine", client, watched.place(), sentence());
    }
}
