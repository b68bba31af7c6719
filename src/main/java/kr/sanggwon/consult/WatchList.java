package kr.sanggwon.consult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kr.sanggwon.common.UserException;
import kr.sanggwon.district.DistrictHistory;
import kr.sanggwon.district.DistrictService;
import kr.sanggwon.store.DataAccessException;

/**
 * 관심 목록: the districts and industries each client watches, and after a new quarter is imported the watched ones
 * whose sales, stores, closure rate or 상권변화지표 moved notably ({@link WatchRule}) — "연락할 곳" for follow-up calls.
 * The numbers come from the same series 상권 현황 shows ({@link DistrictService#history}).
 */
public final class WatchList {
    public static final int MAX_NOTE = 500;

    private final ConsultService consult;
    private final WatchRepository repository;
    private final DistrictService districts;
    private final MoveDetector detector;

    WatchList(ConsultService consult, WatchRepository repository, DistrictService districts, WatchRule rule) {
        this.consult = consult;
        this.repository = repository;
        this.districts = districts;
        this.detector = new MoveDetector(rule);
    }

    /** What the app tells after an import: the new quarter (null when none was added) and how many watched entries moved. */
    public record Notice(Integer quarter, int watched, int moved, int clients) {
        public boolean worthShowing() {
            return quarter != null && moved > 0;
        }
    }

    /** Adds a district (and industry, null = all industries) to a client's list; the same pair twice is refused. */
    public Watched add(long clientId, String district, String industry, String note) {
        Client c = consult.client(clientId);
        String d = ClientInput.trim(district);
        if (d == null) {
            throw new ConsultException("consult.watch.error.district");
        }
        String n = ClientInput.trim(note);
        if (n != null && n.length() > MAX_NOTE) {
            throw new ConsultException("consult.watch.error.noteTooLong", MAX_NOTE);
        }
        String ind = ClientInput.trim(industry);
        DistrictHistory h = history(d, ind);   // refuses an unknown district or industry
        boolean twice = repository.all().stream().anyMatch(w -> w.clientId() == clientId && w.district().equals(d)
                && Objects.equals(w.industry(), ind));
        if (twice) {
            throw new ConsultException("consult.watch.error.duplicate", c.name(),
                    watched(new Watch(0, clientId, d, ind, null, null), c.name(), h).place());
        }
        Watch w = repository.insert(clientId, d, ind, n);
        return watched(w, c.name(), h);
    }

    /** The raw entries of one client, note opened (for moving a case to another laptop). */
    List<Watch> entries(long clientId) {
        return repository.all().stream().filter(w -> w.clientId() == clientId).toList();
    }

    /**
     * Puts back an entry moved from another laptop as it was: not checked against this laptop's data (a district
     * it does not have yet shows as missing until its files are imported).
     */
    void restore(long clientId, String district, String industry, String note) {
        repository.insert(clientId, district, industry, note);
    }

    public void remove(long id) {
        if (!repository.delete(id)) {
            throw new ConsultException("consult.watch.error.noEntry", id);
        }
    }

    /** The entries of one client (or of all, {@code clientId} null) with names; needs 상담 unlocked. */
    public List<Watched> list(Long clientId) {
        Map<Long, String> names = clientNames();
        Map<String, DistrictHistory> cache = new HashMap<>();
        List<Watched> out = new ArrayList<>();
        for (Watch w : repository.all()) {
            if (clientId == null || w.clientId() == clientId) {
                out.add(watched(w, names.get(w.clientId()), cached(cache, w)));
            }
        }
        return out;
    }

    /** "연락할 곳": the entries whose numbers moved notably at their newest quarter, newest quarter first; needs 상담 unlocked. */
    public List<WatchFinding> findings(Long clientId) {
        Map<Long, String> names = clientNames();
        List<Watch> entries = repository.all().stream().filter(w -> clientId == null || w.clientId() == clientId).toList();
        List<WatchFinding> out = findings(entries, names);
        out.sort(java.util.Comparator.comparingInt(WatchFinding::quarter).reversed()
                .thenComparing(f -> f.watched().clientName() == null ? "" : f.watched().clientName()));
        return out;
    }

    /**
     * After importing the batches {@code batchIds}: the quarter they added beyond all held before, and how many
     * watched district × industry pairs moved notably in it. Reads no personal value: works while 상담 is locked.
     */
    public Notice afterImport(Set<Long> batchIds) {
        Integer quarter;
        try {
            quarter = districts.newQuarterFrom(batchIds);
        } catch (DataAccessException e) {
            throw new ConsultException("consult.error.database", e.sqlState());
        }
        List<Watch> pairs = repository.pairs();
        if (quarter == null || pairs.isEmpty()) {
            return new Notice(quarter, pairs.size(), 0, 0);
        }
        Set<String> moved = new HashSet<>();
        Set<Long> clients = new HashSet<>();
        for (WatchFinding f : findings(pairs, Map.of())) {
            if (f.changes().stream().anyMatch(c -> c.quarter() == quarter)) {
                moved.add(key(f.watched().watch()));
                clients.add(f.watched().watch().clientId());
            }
        }
        return new Notice(quarter, (int) pairs.stream().map(WatchList::key).distinct().count(), moved.size(), clients.size());
    }

    /**
     * How many watched district × industry pairs moved notably at their newest quarter, and of how many clients.
     * Reads no personal value: 상담's locked page says it without names.
     */
    public Notice pending() {
        List<Watch> pairs = repository.pairs();
        List<WatchFinding> found = findings(pairs, Map.of());
        int moved = (int) found.stream().map(f -> key(f.watched().watch())).distinct().count();
        int clients = (int) found.stream().map(f -> f.watched().watch().clientId()).distinct().count();
        Integer quarter = found.stream().map(WatchFinding::quarter).max(Integer::compare).orElse(null);
        return new Notice(quarter, (int) pairs.stream().map(WatchList::key).distinct().count(), moved, clients);
    }

    private List<WatchFinding> findings(List<Watch> entries, Map<Long, String> names) {
        Map<String, DistrictHistory> cache = new HashMap<>();
        Map<String, List<WatchChange>> changes = new LinkedHashMap<>();
        List<WatchFinding> out = new ArrayList<>();
        for (Watch w : entries) {
            DistrictHistory h = cached(cache, w);
            if (h == null) {
                continue;
            }
            List<WatchChange> moved = changes.computeIfAbsent(key(w), k -> detector.changes(h));
            if (!moved.isEmpty()) {
                int quarter = moved.stream().mapToInt(WatchChange::quarter).max().orElseThrow();
                out.add(new WatchFinding(watched(w, names.get(w.clientId()), h), quarter, moved));
            }
        }
        return out;
    }

    private Map<Long, String> clientNames() {
        Map<Long, String> names = new HashMap<>();
        consult.clients().forEach(c -> names.put(c.id(), c.name()));
        return names;
    }

    /** The history of a watched pair, read once per pair; null when its district left the data. */
    private DistrictHistory cached(Map<String, DistrictHistory> cache, Watch w) {
        String k = key(w);
        if (!cache.containsKey(k)) {
            DistrictHistory h;
            try {
                h = districts.history(w.district(), w.industry());
            } catch (UserException e) {   // the district or industry is not in the loaded data any more
                h = null;
            } catch (DataAccessException e) {
                throw new ConsultException("consult.error.database", e.sqlState());
            }
            cache.put(k, h);
        }
        return cache.get(k);
    }

    private DistrictHistory history(String district, String industry) {
        try {
            return districts.history(district, industry);
        } catch (DataAccessException e) {
            throw new ConsultException("consult.error.database", e.sqlState());
        }
    }

    private static Watched watched(Watch w, String clientName, DistrictHistory h) {
        if (h == null) {
            return new Watched(w, clientName, w.district(), null, w.industry(), true);
        }
        return new Watched(w, clientName, h.info().name(), h.info().guName(), h.industryName(), false);
    }

    private static String key(Watch w) {
        return w.district() + "|" + (w.industry() == null ? "" : w.industry());
    }
}
