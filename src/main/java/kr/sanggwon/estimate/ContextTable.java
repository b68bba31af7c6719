package kr.sanggwon.estimate;

import java.util.List;
import kr.sanggwon.store.FactTable;

/**
 * The district-level tables the features read (entries of the {@link FactTable} catalog), with the columns taken from
 * each. One bulk query per table loads them into a {@link QuarterSeries}.
 */
public enum ContextTable {
    POPULATION(FactTable.POPULATION, "길단위인구", List.of("total", "age10", "age20", "age30", "age40", "age50", "age60",
            "t00_06", "t06_11", "t11_14", "t14_17", "t17_21", "t21_24", "sat", "sun")),
    RESIDENT(FactTable.RESIDENT, "상주인구", List.of("total", "households")),
    WORKER(FactTable.WORKER, "직장인구", List.of("total")),
    INCOME(FactTable.INCOME, "소득소비", List.of("avg_income", "spend_total", "spend_dining", "spend_food")),
    FACILITY(FactTable.FACILITY, "집객시설", List.of("facilities", "subway_station", "bus_stop", "kindergarten", "elementary",
            "middle_school", "high_school", "university", "general_hospital", "hospital", "pharmacy", "bank")),
    CHANGE(FactTable.CHANGE, "상권변화지표", List.of("op_months", "closed_months")),
    APARTMENT(FactTable.APARTMENT, "아파트", List.of("area_lt66", "area_66", "area_99", "area_132", "area_165", "avg_price"));

    private final FactTable table;
    private final String koName;
    private final List<String> columns;

    ContextTable(FactTable table, String koName, List<String> columns) {
        this.table = table;
        this.koName = koName;
        this.columns = columns;
        columns.forEach(table::measure); // a column the catalog does not list fails at start, not in a query
    }

    public String table() {
        return table.table();
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
            throw new IllegalArgumentException(name + " not in " + table.table());
        }
        return i;
    }
}
