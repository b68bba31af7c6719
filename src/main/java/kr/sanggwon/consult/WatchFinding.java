package kr.sanggwon.consult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;

/**
 * A watched entry whose numbers moved notably ({@code quarter} is the newest of its changes): one row of "연락할 곳",
 * ready for a follow-up call.
 */
public record WatchFinding(Watched watched, int quarter, List<WatchChange> changes) {

    public WatchFinding {
        changes = List.copyOf(changes);
    }

    /**
     * What moved, in plain sentences under the quarter they are about: "2024년 1분기: 매출이 직전 분기보다 25.0%
     * 늘었습니다 (…)." Datasets reach different quarters (상권변화지표 is often newer than sales), so each quarter leads
     * its own sentences, newest first.
     */
    public String sentence() {
        Map<Integer, List<WatchChange>> byQuarter = new TreeMap<>(Comparator.reverseOrder());
        changes.forEach(c -> byQuarter.computeIfAbsent(c.quarter(), q -> new ArrayList<>()).add(c));
        return byQuarter.entrySet().stream().map(e -> Messages.get("consult.watch.finding", Formats.quarter(e.getKey()),
                e.getValue().stream().map(WatchChange::sentence).collect(Collectors.joining(" ")))).collect(Collectors.joining(" "));
    }

    /** The whole row: client, place, and what moved. */
    public String text() {
        String client = watched.clientName() == null ? Messages.get("consult.watch.lockedClient") : watched.clientName();
        return Messages.get("consult.watch.contactLine", client, watched.place(), sentence());
    }
}
