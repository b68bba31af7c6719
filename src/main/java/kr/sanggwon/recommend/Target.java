package kr.sanggwon.recommend;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import kr.sanggwon.common.UserException;

/**
 * The owner's target customers: age bands (age10 … age60), a gender (male/female) and time bands (t00_06 … t21_24),
 * each optional. With nothing chosen, customer fit compares the district with the industry's own customers.
 */
public record Target(Set<String> ages, String gender, Set<String> times) {
    public static final Set<String> AGES = Set.of("age10", "age20", "age30", "age40", "age50", "age60");
    public static final Set<String> GENDERS = Set.of("male", "female");
    public static final Set<String> TIMES = Set.of("t00_06", "t06_11", "t11_14", "t14_17", "t17_21", "t21_24");
    public static final Target NONE = new Target(Set.of(), null, Set.of());

    public Target {
        // sorted, not Set.copyOf: its iteration order changes from one JVM run to the next (--json order, #10)
        ages = ages == null ? Set.of() : Collections.unmodifiableSortedSet(new TreeSet<>(ages));
        times = times == null ? Set.of() : Collections.unmodifiableSortedSet(new TreeSet<>(times));
        for (String a : ages) {
            if (!AGES.contains(a)) {
                throw new UserException("recommend.error.target", a);
            }
        }
        for (String t : times) {
            if (!TIMES.contains(t)) {
                throw new UserException("recommend.error.target", t);
            }
        }
        if (gender != null && !GENDERS.contains(gender)) {
            throw new UserException("recommend.error.target", gender);
        }
    }

    public boolean isEmpty() {
        return ages.isEmpty() && gender == null && times.isEmpty();
    }
}
