package kr.sanggwon.digital;

import static kr.sanggwon.district.Fixture.row;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import kr.sanggwon.district.Fixture;
import kr.sanggwon.finance.FinanceService;
import kr.sanggwon.finance.Param;

/**
 * Constructed data for 디지털 전환 진단: coffee (CS100010) sold in 상권 3000001 가나역 (가나구) in 2024 Q4, so the profit
 * simulation has a district and a cell to work on. {@link #plainDefaults} makes the arithmetic simple.
 */
public final class DigitalWorld {
    public static final String DISTRICT = "3000001";
    public static final String GU = "가나구";
    public static final String COFFEE = "CS100010";

    private DigitalWorld() {
    }

    public static Fixture build(Path dir) throws SQLException {
        Fixture f = new Fixture(dir);
        f.industry(COFFEE, "커피-음료");
        long batch = f.batch("sales", "T", "constructed.csv");
        f.insert("district", row("code", DISTRICT, "lvl", "T", "name", "가나역", "gu_name", GU, "from_master", true));
        f.insert("sales_q", row("district_code", DISTRICT, "industry_code", COFFEE, "quarter", 20244, "lvl", "T",
                "sales_amt", 60_000_000L, "sales_cnt", 10_000L, "batch_id", batch));
        f.insert("stores_q", row("district_code", DISTRICT, "industry_code", COFFEE, "quarter", 20244, "lvl", "T",
                "stores", 4L, "batch_id", batch));
        return f.summarize();
    }

    /**
     * Saves defaults for all industries so that only cost of goods (30%) varies with sales, delivery sales pay a 10%
     * commission, and the interior is depreciated over 5 years; a 20% delivery share is saved too, which a shop
     * without a delivery app must not get.
     */
    public static void plainDefaults(FinanceService finance) {
        Map<Param, Double> v = new EnumMap<>(Param.class);
        v.put(Param.COGS_RATIO, 0.3);
        v.put(Param.OTHER_COST_RATIO, 0.0);
        v.put(Param.CARD_FEE_RATE, 0.0);
        v.put(Param.DELIVERY_COMMISSION, 0.1);
        v.put(Param.DELIVERY_SHARE, 0.2);
        v.put(Param.UTILITIES_MONTHLY, 0.0);
        v.put(Param.EMPLOYER_INSURANCE_RATE, 0.0);
        v.put(Param.SEVERANCE_RATE, 0.0);
        v.put(Param.LOAN_RATE, 0.0);
        v.put(Param.DEPRECIATION_YEARS, 5.0);
        finance.saveDefaults(FinanceService.ALL_INDUSTRIES, v);
    }

    /** An items file with round numbers: 스마트오더 10만원 a month, 60만원 once, +0~10%; 지도 등록 free, +2~4%; 배달앱 +10~30%. */
    public static final String ITEMS = """
            item,scope,year,monthly_cost,one_off_cost,effect_low,effect_high,source_ko,source_en
            pay,*,2025,0,0,0,0,가정값,assumption
            delivery,*,2025,0,0,0.10,0.30,가정값,assumption
            online,*,2025,50000,500000,0,0.06,가정값,assumption
            order,*,2025,100000,600000,0,0.10,가정값,assumption
            map,*,2025,0,0,0.02,0.04,가정값,assumption
            books,*,2025,10000,0,0,0,가정값,assumption
            """;
}
