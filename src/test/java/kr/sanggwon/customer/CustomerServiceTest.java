package kr.sanggwon.customer;

import static kr.sanggwon.district.Fixture.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.sanggwon.district.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomerServiceTest {
    @TempDir
    Path dir;
    Fixture fx;

    @BeforeEach
    void data() throws Exception {
        fx = new Fixture(dir);
        long b = fx.batch("SALES_T", "T", "매출.csv");
        fx.district("3110001", "T", "점심상권", "A", null).district("3110002", "T", "오후상권", "A", null)
                .industry("CS100010", "커피-음료");
        Map<String, Double> lunch = mix(0.6, 0.4, new double[] {0.02, 0.10, 0.42, 0.20, 0.20, 0.06}, 0.3, 0.6,
                new double[] {0.05, 0.20, 0.35, 0.15, 0.10, 0.05});
        Map<String, Double> afternoon = mix(0.6, 0.4, new double[] {0.02, 0.20, 0.18, 0.30, 0.24, 0.06}, 0.5, 0.4,
                new double[] {0.05, 0.30, 0.20, 0.15, 0.10, 0.10});
        fx.insert("sales_q", Fixture.sales("3110001", "CS100010", 20241, "T", 100_000_000L, b, lunch));
        fx.insert("sales_q", Fixture.sales("3110002", "CS100010", 20241, "T", 100_000_000L, b, afternoon));
        fx.insert("population_q", row("district_code", "3110001", "quarter", 20241, "lvl", "T", "total", 1000L, "male", 400L,
                "female", 600L, "age10", 100L, "age20", 300L, "age30", 200L, "age40", 200L, "age50", 100L, "age60", 100L,
                "batch_id", b));
        fx.summarize();
    }

    private static Map<String, Double> mix(double weekday, double weekend, double[] time, double male, double female, double[] age) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("weekday_amt", weekday);
        m.put("weekend_amt", weekend);
        String[] t = {"t00_06_amt", "t06_11_amt", "t11_14_amt", "t14_17_amt", "t17_21_amt", "t21_24_amt"};
        for (int i = 0; i < 6; i++) {
            m.put(t[i], time[i]);
            m.put("age" + (i + 1) + "0_amt", age[i]);
        }
        m.put("male_amt", male);
        m.put("female_amt", female);
        return m;
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void knownAgeMixGivesExpectedSharesAgainstSeoulAndFloatingPopulation() throws Exception {
        CustomerProfile p = fx.app.customers().profile("3110001", "CS100010");
        Share age30 = p.dimension(Dimension.AGE).shares().get(2);
        assertThat(age30.band()).isEqualTo("age30");
        // gender/age bands do not add up to the total (data README quirk 7): shares are of the band sum, 0.9
        assertThat(age30.district()).isCloseTo(0.35 / 0.9, within(1e-6));
        assertThat(age30.seoul()).isCloseTo((0.35 + 0.20) / 1.8, within(1e-6));
        assertThat(age30.floating()).isCloseTo(0.2, within(1e-9));
        Share lunch = p.dimension(Dimension.TIME).shares().get(2);
        assertThat(lunch.vsSeoulPoints()).isCloseTo(12.0, within(1e-6));
        assertThat(p.dimension(Dimension.DAY).top()).as("no day columns in this data").isNull();
        for (DimensionProfile d : p.dimensions()) {
            if (d.dimension() == Dimension.DAY) {
                continue;
            }
            assertThat(d.shares().stream().mapToDouble(Share::district).sum()).as(d.dimension().name()).isCloseTo(1.0, within(1e-9));
        }
    }

    @Test
    void summarySentenceNamesMainCustomersAndTheTimeBandThatDiffersFromSeoul() throws Exception {
        CustomerProfile p = fx.app.customers().profile("3110001", "CS100010");
        assertThat(p.summaryKo()).isEqualTo("주 고객은 30대 여성, 점심(11~14시) 시간대 매출 비중이 서울 평균보다 12%p 높습니다.");
        assertThat(p.summaryEn()).isEqualTo("The main customers are women in their 30s; the lunchtime (11–14h) share of sales is "
                + "12 percentage points above the Seoul average.");
    }

    @Test
    void otherDistrictGetsTheMirroredSentence() throws Exception {
        CustomerProfile p = fx.app.customers().profile("3110002", "CS100010");
        assertThat(p.summaryKo()).startsWith("주 고객은 20대 남성, 점심(11~14시) 시간대 매출 비중이 서울 평균보다 12%p 낮습니다");
    }
}
