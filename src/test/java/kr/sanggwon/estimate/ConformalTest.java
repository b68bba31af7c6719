package kr.sanggwon.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConformalTest {
    private static List<Residual> residuals(int n, long seed, double sd, String group) {
        Random r = new Random(seed);
        List<Residual> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double actual = 1_000_000;
            out.add(new Residual(new Cell("31" + i, group + "0001"), 20241, group, actual, Math.log(actual) - r.nextGaussian() * sd));
        }
        return out;
    }

    @Test
    void rangeFromResidualsCoversAboutEightyPercentOfFreshRows() {
        Conformal c = Conformal.fit(residuals(2000, 1, 0.3, "CS1"));
        int hits = 0;
        List<Residual> fresh = residuals(5000, 2, 0.3, "CS1");
        for (Residual r : fresh) {
            double[] b = c.band("CS1");
            hits += r.value() >= b[0] && r.value() <= b[1] ? 1 : 0;
        }
        assertThat(hits / (double) fresh.size()).isBetween(0.77, 0.83);
        assertThat(Conformal.crossCoverage(fresh)).isBetween(0.77, 0.83);
    }

    @Test
    void groupWithEnoughResidualsGetsItsOwnWidthOthersFallBackToAll() {
        List<Residual> all = new ArrayList<>(residuals(500, 3, 0.1, "CS1"));
        all.addAll(residuals(500, 4, 0.6, "CS3"));
        all.addAll(residuals(10, 5, 0.6, "CS2"));
        Conformal c = Conformal.fit(all);
        double narrow = c.band("CS1")[1] - c.band("CS1")[0];
        double wide = c.band("CS3")[1] - c.band("CS3")[0];
        assertThat(wide).isGreaterThan(3 * narrow);
        assertThat(c.band("CS2")).containsExactly(c.band(IndustryGroup.ALL));
        assertThat(c.band("unknown")).containsExactly(c.band(IndustryGroup.ALL));
    }
}
