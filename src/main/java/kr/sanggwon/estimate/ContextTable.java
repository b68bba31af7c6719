package kr.sanggwon.estimate;

import java.util.List;

/**
 * The district-level tables the features read, with the columns taken from each. One bulk query per table loads
 * them into a {@link QuarterSeries}.
 */
public enum ContextTable {
    POPULATION("population_q", "길단위인구", List.of("total", "age10", "age20", "age30", "age40", "age50", "age60",
            "t00_06", "t06_11", "t11_14", "t14_17", "t17_21", "t21_24", "sat", "sun")),
    RESIDENT("resident_q", "상주인구", List.of("total", "households")),
    WORKER("worker_q", "직장인구", List.of("total")),
    INCOME("income_q", "소득소비", List.of("avg_income", "spend_total", "spend_dining", "spend_food")),
    FACILITY("facility_q", "집객시설", List.of("facilities", "subway_station", "bus_stop", "kindergarten", "elementary",
            "middle_school", "high_school", "university", "general_hospital", "hospital", "pharmacy", "bank")),
    CHANGE("change_q", "상권변화지표", List.of("op_months", "closed_months")),
    APARTMENT("apartment_q", "아파트", List.of("area_lt66", "area_66", "area_99", "area_132", "area_165", "avg_price"));

    private final String table;
    private final String koName;
    private final List<String> columns;

    ContextTable(String table, String koName, List<String> columns) {
        this.table = table;
        this.koName = koName;
        this.columns = columns;
    }

    public String table() {
        return table;
    }

    public String koName() {
        return koName;
    }

    public List<String> columns() {
        return columns;
    }

    public int column(String name) {
        int i = columns.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException(name + " not in " + table);
        }
        return i;
    }
}
