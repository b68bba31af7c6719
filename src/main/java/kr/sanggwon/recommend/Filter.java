package kr.sanggwon.recommend;

import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import kr.sanggwon.common.UserException;

/** Which districts to show: 자치구 (codes or names; empty = all) and district types (A/D/R/U; empty = all). */
public record Filter(Set<String> gus, Set<String> types) {
    public static final Filter ALL = new Filter(Set.of(), Set.of());
    public static final Set<String> TYPES = Set.of("A", "D", "R", "U");

    public Filter {
        // sorted, not Set.copyOf: its iteration order changes from one JVM run to the next (--json order, #10)
        gus = gus == null ? Set.of() : Collections.unmodifiableSortedSet(new TreeSet<>(gus));
        types = types == null ? Set.of()
                : Collections.unmodifiableSortedSet(new TreeSet<>(types.stream().map(t -> t.trim().toUpperCase(Locale.ROOT)).toList()));
        for (String t : types) {
            if (!TYPES.contains(t)) {
                throw new UserException("recommend.error.type", t);
            }
        }
    }

    boolean accepts(DistrictRef d) {
        // a district without a 자치구 code (or name) simply does not match; Set.of(...).contains(null) would throw
        if (!gus.isEmpty() && !(d.guCode() != null && gus.contains(d.guCode())) && !(d.guName() != null && gus.contains(d.guName()))) {
            return false;
        }
        return types.isEmpty() || (d.typeCode() != null && types.contains(d.typeCode()));
    }
}
