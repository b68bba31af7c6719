package kr.sanggwon.finance;

import static kr.sanggwon.district.Fixture.row;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import kr.sanggwon.district.Fixture;
import kr.sanggwon.estimate.StoreDetails;

/**
 * Constructed data with known answers: coffee (CS100010) in four 상권 of 2024 Q4, three in 가나구 and one in 다라구,
 * with monthly sales per store of 500만, 1,000만, 600만 and 1,000만. 3000001's average ticket is 6,000원. 한식
 * (CS100001) has sales only in 3000004.
 */
final class FinanceWorld {
    static final String COFFEE = "CS100010";
    static final String KOREAN_FOOD = "CS100001";
    static final int QUARTER = 20244;

    private FinanceWorld() {
    }

    static Fixture build(Path dir) throws SQLException {
        Fixture f = new Fixture(dir);
        f.industry(COFFEE, "커피-음료").industry(KOREAN_FOOD, "한식음식점");
        long batch = f.batch("sales", "T", "constructed.csv");
        district(f, "3000001", "가나역", "가나구");
        district(f, "3000002", "가나시장", "가나구");
        district(f, "3000003", "가나골목", "가나구");
        district(f, "3000004", "다라역", "다라구");
        cell(f, "3000001", COFFEE, 60_000_000L, 10_000L, 4, batch);
        cell(f, "3000002", COFFEE, 90_000_000L, 15_000L, 3, batch);
        cell(f, "3000003", COFFEE, 36_000_000L, 6_000L, 2, batch);
        cell(f, "3000004", COFFEE, 150_000_000L, 25_000L, 5, batch);
        cell(f, "3000004", KOREAN_FOOD, 90_000_000L, 9_000L, 3, batch);
        return f.summarize();
    }

    private static void district(Fixture f, String code, String name, String gu) throws SQLException {
        f.insert("district", row("code", code, "lvl", "T", "name", name, "gu_name", gu, "from_master", true));
    }

    private static void cell(Fixture f, String district, String industry, long amount, long count, long stores, long batch)
            throws SQLException {
        f.insert("sales_q", row("district_code", district, "industry_code", industry, "quarter", QUARTER, "lvl", "T",
                "sales_amt", amount, "sales_cnt", count, "batch_id", batch));
        f.insert("stores_q", row("district_code", district, "industry_code", industry, "quarter", QUARTER, "lvl", "T",
                "stores", stores, "batch_id", batch));
    }

    /** Every ratio set so the arithmetic is simple: only cost of goods (30%) varies with sales. */
    static Map<Param, Double> plainValues() {
        Map<Param, Double> v = new EnumMap<>(Param.class);
        v.put(Param.COGS_RATIO, 0.3);
        v.put(Param.OTHER_COST_RATIO, 0.0);
        v.put(Param.CARD_FEE_RATE, 0.0);
        v.put(Param.DELIVERY_COMMISSION, 0.0);
        v.put(Param.DELIVERY_SHARE, 0.0);
        v.put(Param.UTILITIES_MONTHLY, 0.0);
        v.put(Param.EMPLOYER_INSURANCE_RATE, 0.0);
        v.put(Param.SEVERANCE_RATE, 0.0);
        v.put(Param.LOAN_RATE, 0.0);
        return v;
    }

    /**
     * Rent 330만 + 관리비 40만 + depreciation of 3,000만 interior over 5 years (50만): break-even 420만 / 0.7 = 600만 a month;
     * 3,000만 to recover; typed sales 800만 (range 600만–1,000만).
     */
    static FinanceRequest request(String district, Map<Param, Double> values) {
        return new FinanceRequest(district, COFFEE, SalesBasis.typed(8_000_000, 6_000_000, 10_000_000), StoreDetails.NONE,
                new Investment(10_000_000, 0, 30_000_000, 0), 3_300_000, 400_000, 0, Double.NaN, false, Double.NaN, 0, 0,
                values, 99, 20_000);
    }
}
