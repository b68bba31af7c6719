package kr.sanggwon.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The catalog of the quarterly fact tables: table names, keys and measure columns with their types, in one place.
 * Importers map file headers onto these columns, analyses read them; neither declares a table of its own. Every
 * fact row also has {@code lvl} (상권 T / 행정동 D) and {@code batch_id}; the schema itself is the Flyway migrations,
 * which {@code FactTableTest} checks this catalog against.
 */
public enum FactTable {
    SALES("sales_q", true, sales()),
    STORES("stores_q", true, stores()),
    POPULATION("population_q", false, population()),
    RESIDENT("resident_q", false, people(true)),
    WORKER("worker_q", false, people(false)),
    INCOME("income_q", false, income()),
    FACILITY("facility_q", false, longs("facilities", "government", "bank", "general_hospital", "hospital", "pharmacy",
            "kindergarten", "elementary", "middle_school", "high_school", "university", "department_store", "supermarket",
            "theater", "lodging", "airport", "rail_station", "bus_terminal", "subway_station", "bus_stop")),
    CHANGE("change_q", false, change()),
    APARTMENT("apartment_q", false, apartment());

    private final String table;
    private final boolean perIndustry;
    private final List<TableColumn> measures;

    FactTable(String table, boolean perIndustry, List<TableColumn> measures) {
        this.table = table;
        this.perIndustry = perIndustry;
        this.measures = List.copyOf(measures);
    }

    /** The table's name in SQL. */
    public String table() {
        return table;
    }

    /** Rows are per district × industry × quarter (else district × quarter). */
    public boolean perIndustry() {
        return perIndustry;
    }

    /** The primary key: district, [industry,] quarter. */
    public List<String> keyColumns() {
        return perIndustry ? List.of("district_code", "industry_code", "quarter") : List.of("district_code", "quarter");
    }

    /** The measure columns, in the order the importer writes them. */
    public List<TableColumn> measures() {
        return measures;
    }

    /** The measure column {@code name}; an unknown name is a programming error. */
    public TableColumn measure(String name) {
        for (TableColumn c : measures) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException(name + " is not a column of " + table);
    }

    private static List<TableColumn> sales() {
        List<TableColumn> c = new ArrayList<>();
        c.addAll(longs("sales_amt", "sales_cnt"));
        for (String unit : new String[] {"amt", "cnt"}) {
            c.addAll(longs("weekday_" + unit, "weekend_" + unit));
            for (String day : Words.DAYS) {
                c.addAll(longs(day + "_" + unit));
            }
            for (String band : Words.BANDS) {
                c.addAll(longs("t" + band + "_" + unit));
            }
            c.addAll(longs("male_" + unit, "female_" + unit));
            for (String age : Words.AGES) {
                c.addAll(longs("age" + age + "_" + unit));
            }
        }
        return c;
    }

    private static List<TableColumn> stores() {
        List<TableColumn> c = new ArrayList<>(longs("stores", "independent_stores", "similar_stores"));
        c.add(new TableColumn("open_rate", ColumnType.DOUBLE));
        c.addAll(longs("open_count"));
        c.add(new TableColumn("close_rate", ColumnType.DOUBLE));
        c.addAll(longs("close_count", "franchise"));
        return c;
    }

    private static List<TableColumn> population() {
        List<TableColumn> c = new ArrayList<>(longs("total", "male", "female"));
        for (String age : Words.AGES) {
            c.addAll(longs("age" + age));
        }
        for (String band : Words.BANDS) {
            c.addAll(longs("t" + band));
        }
        c.addAll(longs(Words.DAYS));
        return c;
    }

    private static List<TableColumn> people(boolean households) {
        List<TableColumn> c = new ArrayList<>(longs("total", "male", "female"));
        for (String prefix : new String[] {"age", "m_age", "f_age"}) {
            for (String age : Words.AGES) {
                c.addAll(longs(prefix + age));
            }
        }
        if (households) {
            c.addAll(longs("households", "apt_households", "non_apt_households"));
        }
        return c;
    }

    private static List<TableColumn> income() {
        List<TableColumn> c = new ArrayList<>(longs("avg_income"));
        c.add(new TableColumn("income_band", ColumnType.TEXT));
        c.addAll(longs("spend_total", "spend_food", "spend_clothing", "spend_household", "spend_medical", "spend_transport",
                "spend_leisure", "spend_culture", "spend_leisure_culture", "spend_education", "spend_entertainment",
                "spend_other", "spend_dining"));
        return c;
    }

    private static List<TableColumn> change() {
        List<TableColumn> c = new ArrayList<>();
        c.add(new TableColumn("change_index", ColumnType.TEXT));
        c.add(new TableColumn("change_name", ColumnType.TEXT));
        for (String name : new String[] {"op_months", "closed_months", "seoul_op_months", "seoul_closed_months"}) {
            c.add(new TableColumn(name, ColumnType.DOUBLE));
        }
        return c;
    }

    private static List<TableColumn> apartment() {
        List<TableColumn> c = new ArrayList<>(longs("complexes", "area_lt66", "area_66", "area_99", "area_132", "area_165",
                "price_lt1", "price_1", "price_2", "price_3", "price_4", "price_5", "price_6plus"));
        c.add(new TableColumn("avg_area", ColumnType.DOUBLE));
        c.addAll(longs("avg_price"));
        return c;
    }

    private static List<TableColumn> longs(String... names) {
        List<TableColumn> c = new ArrayList<>();
        for (String name : names) {
            c.add(new TableColumn(name, ColumnType.LONG));
        }
        return c;
    }

    /** Name parts shared by many columns; in a holder because enum constants are built before the enum's statics. */
    private static final class Words {
        static final String[] DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
        static final String[] BANDS = {"00_06", "06_11", "11_14", "14_17", "17_21", "21_24"};
        static final String[] AGES = {"10", "20", "30", "40", "50", "60"};
    }
}
