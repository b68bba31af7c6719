package kr.sanggwon.customer;

import java.util.List;

/**
 * A way to split sales: weekday/weekend, day of week, 6 time bands, gender, 6 age bands. Each band names its
 * sales_q/industry_quarter_kpi column and the population_q columns that make up the same band of floating people.
 */
public enum Dimension {
    WEEK(List.of(band("weekday", "weekday_amt", "mon", "tue", "wed", "thu", "fri"), band("weekend", "weekend_amt", "sat", "sun"))),
    DAY(List.of(band("mon", "mon_amt", "mon"), band("tue", "tue_amt", "tue"), band("wed", "wed_amt", "wed"),
            band("thu", "thu_amt", "thu"), band("fri", "fri_amt", "fri"), band("sat", "sat_amt", "sat"),
            band("sun", "sun_amt", "sun"))),
    TIME(List.of(band("t00_06", "t00_06_amt", "t00_06"), band("t06_11", "t06_11_amt", "t06_11"),
            band("t11_14", "t11_14_amt", "t11_14"), band("t14_17", "t14_17_amt", "t14_17"),
            band("t17_21", "t17_21_amt", "t17_21"), band("t21_24", "t21_24_amt", "t21_24"))),
    GENDER(List.of(band("male", "male_amt", "male"), band("female", "female_amt", "female"))),
    AGE(List.of(band("age10", "age10_amt", "age10"), band("age20", "age20_amt", "age20"), band("age30", "age30_amt", "age30"),
            band("age40", "age40_amt", "age40"), band("age50", "age50_amt", "age50"), band("age60", "age60_amt", "age60")));

    /** One band: its id (message customer.band.ID), sales column and floating-population columns. */
    public record Band(String id, String salesColumn, List<String> floatingColumns) {
        public String labelKey() {
            return "customer.band." + id;
        }
    }

    private final List<Band> bands;

    Dimension(List<Band> bands) {
        this.bands = bands;
    }

    public List<Band> bands() {
        return bands;
    }

    public String titleKey() {
        return "customer.dimension." + name();
    }

    private static Band band(String id, String salesColumn, String... floating) {
        return new Band(id, salesColumn, List.of(floating));
    }
}
