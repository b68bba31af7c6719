package kr.sanggwon.district;

import static kr.sanggwon.district.Fixture.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LookalikeServiceTest {
    @TempDir
    Path dir;
    Fixture fx;

    @BeforeEach
    void data() throws Exception {
        fx = new Fixture(dir);
        long b = fx.batch("FLOATING_T", "T", "유동.csv");
        // reference 1; 2 is its twin (same type, near-identical people); 3 and 4 differ a lot
        Object[][] d = {{"3110001", "A", 100_000L, 5_000L}, {"3110002", "A", 101_000L, 5_100L},
            {"3110003", "D", 900_000L, 60_000L}, {"3110004", "R", 10_000L, 200L}};
        for (Object[] x : d) {
            String code = (String) x[0];
            long total = (Long) x[2];
            fx.district(code, "T", "상권" + code, (String) x[1], null);
            fx.insert("population_q", row("district_code", code, "quarter", 20241, "lvl", "T", "total", total,
                    "male", total / 2, "female", total / 2, "age20", total / 4, "age30", total / 4, "age50", total / 10,
                    "age60", total / 10, "t11_14", total / 5, "t17_21", total / 5, "t21_24", total / 10, "batch_id", b));
            fx.insert("worker_q", row("district_code", code, "quarter", 20241, "lvl", "T", "total", x[3], "batch_id", b));
        }
        fx.summarize();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void twinDistrictRanksFirstWithTheFeaturesThatMakeItAlike() throws Exception {
        Lookalike l = fx.app.lookalike().similar("3110001", null, 3);
        assertThat(l.matches()).extracting(Lookalike.Match::code).first().isEqualTo("3110002");
        Lookalike.Match twin = l.matches().get(0);
        assertThat(twin.similarity()).isGreaterThan(l.matches().get(1).similarity());
        assertThat(twin.alike()).isNotEmpty();
        assertThat(twin.alike().get(0).gap()).isLessThan(0.1);
        assertThat(l.matches()).extracting(Lookalike.Match::code).doesNotContain("3110001");
    }

    @Test
    void farDistrictsListWhatDiffers() throws Exception {
        Lookalike l = fx.app.lookalike().similar("3110001", null, 3);
        Lookalike.Match last = l.matches().get(l.matches().size() - 1);
        assertThat(last.different()).isNotEmpty();
    }
}
