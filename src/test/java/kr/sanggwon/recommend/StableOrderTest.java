package kr.sanggwon.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What --json prints from weights, targets and filters comes out in a fixed order (#10): Map.copyOf and Set.copyOf
 * iterate in an order that changes from one JVM run to the next, so the same command printed its keys differently.
 */
class StableOrderTest {
    @Test
    void weightsIterateInThePartsOrder() {
        Map<Part, Double> m = new HashMap<>();
        List<Part> reversed = Arrays.asList(Part.values());
        java.util.Collections.reverse(reversed);
        double w = 1;
        for (Part p : reversed) {
            m.put(p, w);
            w += 0.5;
        }
        assertThat(new Weights(m).values().keySet()).containsExactly(Part.values());
        assertThat(Weights.decode("TREND=1,SALES=2").values().keySet()).containsExactly(Part.values());
    }

    @Test
    void targetAndFilterSetsAreSorted() {
        Target t = new Target(Set.of("age60", "age20", "age40", "age10"), "female", Set.of("t21_24", "t06_11", "t14_17"));
        assertThat(t.ages()).containsExactly("age10", "age20", "age40", "age60");
        assertThat(t.times()).containsExactly("t06_11", "t14_17", "t21_24");
        Filter f = new Filter(Set.of("새봄구", "가람구", "11860"), Set.of("u", "A", "d"));
        assertThat(f.gus()).containsExactly("11860", "가람구", "새봄구");
        assertThat(f.types()).containsExactly("A", "D", "U");
    }
}
