package kr.sanggwon.health;

import java.util.ArrayList;
import java.util.List;
import kr.sanggwon.ingest.Column;
import kr.sanggwon.ingest.FactDataset;
import kr.sanggwon.store.ColumnType;

/**
 * Where the health checks read a dataset from: district-level datasets from their own (small) tables, sales and
 * stores from the per-district summary district_quarter_kpi, so no check scans the big fact tables.
 */
record HealthSource(FactDataset dataset, String table, String presence, String mainColumn) {

    static List<HealthSource> all() {
        List<HealthSource> out = new ArrayList<>();
        out.add(new HealthSource(FactDataset.SALES, "district_quarter_kpi", "sales_amt IS NOT NULL", "sales_amt"));
        out.add(new HealthSource(FactDataset.STORES, "district_quarter_kpi", "stores IS NOT NULL", "stores"));
        out.add(new HealthSource(FactDataset.FLOATING, "population_q", "1 = 1", "total"));
        out.add(new HealthSource(FactDataset.RESIDENT, "resident_q", "1 = 1", "total"));
        out.add(new HealthSource(FactDataset.WORKER, "worker_q", "1 = 1", "total"));
        out.add(new HealthSource(FactDataset.INCOME, "income_q", "1 = 1", "avg_income"));
        out.add(new HealthSource(FactDataset.FACILITY, "facility_q", "1 = 1", "facilities"));
        out.add(new HealthSource(FactDataset.CHANGE, "change_q", "1 = 1", "op_months"));
        out.add(new HealthSource(FactDataset.APARTMENT, "apartment_q", "1 = 1", "avg_price"));
        return out;
    }

    /** Numeric columns whose emptiness/constancy is checked, with the official header, and the table they are read from. */
    List<Column> checkedColumns() {
        return dataset.measures().stream().filter(c -> c.kind() != ColumnType.TEXT).toList();
    }

    /**
     * Columns a level's official file does not have (data README quirk 10): 소득소비-상권 has no 여가_문화/기타/음식,
     * 소득소비-행정동 no separate 여가/문화. They stay NULL by design and are not reported as empty.
     */
    static boolean notPublished(FactDataset dataset, char level, String column) {
        if (dataset != FactDataset.INCOME) {
            return false;
        }
        return level == 'T' ? List.of("spend_leisure_culture", "spend_other", "spend_dining").contains(column)
                : List.of("spend_leisure", "spend_culture").contains(column);
    }

    /** Table holding whole-dataset sums for the big datasets; null = check the fact table itself. */
    String sumTable() {
        return switch (dataset) {
            case SALES -> "industry_quarter_kpi";
            case STORES -> "district_quarter_kpi";
            default -> null;
        };
    }

    /** Columns that exist in {@link #sumTable()} (sales profile columns and the store counts). */
    static final List<String> SUMMED = List.of("sales_amt", "sales_cnt", "weekday_amt", "weekend_amt", "mon_amt", "tue_amt",
            "wed_amt", "thu_amt", "fri_amt", "sat_amt", "sun_amt", "t00_06_amt", "t06_11_amt", "t11_14_amt", "t14_17_amt",
            "t17_21_amt", "t21_24_amt", "male_amt", "female_amt", "age10_amt", "age20_amt", "age30_amt", "age40_amt",
            "age50_amt", "age60_amt", "stores", "open_count", "close_count", "franchise");
}
