package kr.sanggwon.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * In-memory search over the district catalog by name, code, 자치구, 행정동 and type, with {@link KoreanMatcher}
 * (syllables and 초성). Names rank above codes, 자치구, 행정동 and type; a match at the start ranks higher. A
 * query with spaces also matches when each word matches some field ("강남 골목").
 */
public final class DistrictSearch {
    private static final Comparator<SearchHit> ORDER = Comparator.comparingInt(SearchHit::score).reversed()
            .thenComparing(h -> h.entry().name()).thenComparing(h -> h.entry().code());

    private final List<Indexed> index;

    private record Indexed(DistrictEntry entry, String name, String code, String gu, String dong, String type) {
    }

    public DistrictSearch(List<DistrictEntry> entries) {
        List<Indexed> list = new ArrayList<>(entries.size());
        for (DistrictEntry e : entries) {
            list.add(new Indexed(e, KoreanMatcher.normalize(e.name()), KoreanMatcher.normalize(e.code()),
                    KoreanMatcher.normalize(e.guName()), KoreanMatcher.normalize(e.dongName()),
                    KoreanMatcher.normalize(e.typeName())));
        }
        this.index = List.copyOf(list);
    }

    public List<DistrictEntry> entries() {
        return index.stream().map(Indexed::entry).toList();
    }

    public int size() {
        return index.size();
    }

    /** All districts matching {@code query}, best first, at most {@code limit}; an empty query lists all by name. */
    public List<SearchHit> search(String query, int limit) {
        String whole = KoreanMatcher.normalize(query);
        String[] words = query == null ? new String[0] : query.trim().split("\\s+");
        List<SearchHit> hits = new ArrayList<>();
        for (Indexed ix : index) {
            SearchHit hit = whole.isEmpty() ? new SearchHit(ix.entry(), 0, SearchHit.Field.ALL) : score(ix, whole);
            if (hit == null && words.length > 1) {
                hit = scoreWords(ix, words);
            }
            if (hit != null) {
                hits.add(hit);
            }
        }
        hits.sort(ORDER);
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
    }

    private static SearchHit score(Indexed ix, String q) {
        SearchHit best = null;
        best = better(best, ix, ix.name(), q, 100, SearchHit.Field.NAME);
        best = better(best, ix, ix.code(), q, 90, SearchHit.Field.CODE);
        best = better(best, ix, ix.gu(), q, 70, SearchHit.Field.GU);
        best = better(best, ix, ix.dong(), q, 60, SearchHit.Field.DONG);
        best = better(best, ix, ix.type(), q, 50, SearchHit.Field.TYPE);
        return best;
    }

    private static SearchHit better(SearchHit best, Indexed ix, String text, String q, int weight, SearchHit.Field field) {
        int at = KoreanMatcher.indexOf(text, q);
        if (at < 0) {
            return best;
        }
        int s = weight + (at == 0 ? 20 : 0) + (text.length() == q.length() ? 30 : 0);
        return best == null || s > best.score() ? new SearchHit(ix.entry(), s, field) : best;
    }

    private static SearchHit scoreWords(Indexed ix, String[] words) {
        int min = Integer.MAX_VALUE;
        for (String w : words) {
            SearchHit h = score(ix, KoreanMatcher.normalize(w));
            if (h == null) {
                return null;
            }
            min = Math.min(min, h.score());
        }
        return new SearchHit(ix.entry(), min - 10, SearchHit.Field.SEVERAL);
    }
}
