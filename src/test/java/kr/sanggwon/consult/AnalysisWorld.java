package kr.sanggwon.consult;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import kr.sanggwon.district.Fixture;
import kr.sanggwon.estimate.StoreDetails;
import kr.sanggwon.finance.FinanceRequest;
import kr.sanggwon.finance.Investment;
import kr.sanggwon.finance.Param;
import kr.sanggwon.finance.SalesBasis;

/**
 * Constructed data for 수익 분석 and 유망 상권 in one database: coffee in twelve 골목상권 of 가상구 over two quarters,
 * sales rising with the district number, each with a published sales count (so a ticket size). {@link #newQuarter}
 * adds a third quarter in which the order turns round.
 */
public final class AnalysisWorld {
    public static final String COFFEE = "CS100010";
    public static final String FIRST = "3110200";

    private AnalysisWorld() {
    }

    public static Fixture build(Path dir) throws SQLException {
        Fixture f = new Fixture(dir);
        f.industry(COFFEE, "커피-음료").industry("CS300002", "편의점");
        for (int i = 0; i < 12; i++) {
            String code = String.valueOf(3110200 + i);
            f.district(code, "T", "상권" + i, "A", "11620515");
            for (int q : new int[] {20241, 20242}) {
                cell(f, code, q, 100_000_000L + i * 7_000_000L + q % 10, 5L + i % 4, 6_000);
            }
        }
        f.batch("SALES", "T", "constructed");
        return f.summarize();
    }

    /** A new quarter in which the districts' sales run the other way (the last one sells least), at a larger ticket. */
    public static void newQuarter(Fixture f) throws SQLException {
        for (int i = 0; i < 12; i++) {
            cell(f, String.valueOf(3110200 + i), 20243, 200_000_000L - i * 12_000_000L, 4L, 8_000);
        }
        f.summarize();
    }

    /** One more quarter: district i sells {@code base + i * step} with {@code stores} stores at {@code ticket} won a sale. */
    public static void quarter(Fixture f, int quarter, long base, long step, long stores, long ticket) throws SQLException {
        for (int i = 0; i < 12; i++) {
            cell(f, String.valueOf(3110200 + i), quarter, base + i * step, stores, ticket);
        }
        f.batch("SALES", "T", "constructed-" + quarter);   // a new data version, as an import makes
        f.summarize();
    }

    private static void cell(Fixture f, String code, int quarter, long sales, long stores, long ticket) throws SQLException {
        f.insert("sales_q", Fixture.row("district_code", code, "industry_code", COFFEE, "quarter", quarter, "lvl", "T",
                "sales_amt", sales, "sales_cnt", sales / ticket));
        f.insert("stores_q", Fixture.row("district_code", code, "industry_code", COFFEE, "quarter", quarter, "lvl", "T",
                "stores", stores, "close_rate", 2.0 + Integer.parseInt(code) % 3, "close_count", 1L));
    }

    /** Typed sales 800만 (600만–1,000만), rent 330만, 관리비 40만, 3,000만 interior, cost of goods 30%, nothing else. */
    public static FinanceRequest plan(String district) {
        Map<Param, Double> v = new EnumMap<>(Param.class);
        v.put(Param.COGS_RATIO, 0.3);
        v.put(Param.OTHER_COST_RATIO, 0.0);
        v.put(Param.CARD_FEE_RATE, 0.0);
        v.put(Param.DELIVERY_SHARE, 0.0);
        v.put(Param.UTILITIES_MONTHLY, 0.0);
        return new FinanceRequest(district, COFFEE, SalesBasis.typed(8_000_000, 6_000_000, 10_000_000), StoreDetails.NONE,
                new Investment(10_000_000, 0, 30_000_000, 0), 3_300_000, 400_000, 0, Double.NaN, false, Double.NaN, 0, 0, v, 7, 5_000);
    }
}
