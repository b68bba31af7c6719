package kr.sanggwon.report;

import java.time.LocalDate;
import java.util.List;
import kr.sanggwon.common.Formats;
import kr.sanggwon.consult.Client;
import kr.sanggwon.consult.ClientInput;
import kr.sanggwon.consult.ConsultService;
import kr.sanggwon.consult.Consultation;
import kr.sanggwon.consult.ConsultationInput;
import kr.sanggwon.consult.ScenarioSnapshot;
import kr.sanggwon.consult.ScenarioSnapshot.Attachment;
import kr.sanggwon.consult.ScenarioSnapshot.AttachmentRow;
import kr.sanggwon.consult.ScenarioSnapshot.ComparisonPart;
import kr.sanggwon.consult.ScenarioSnapshot.CustomersPart;
import kr.sanggwon.consult.ScenarioSnapshot.DashboardPart;
import kr.sanggwon.consult.ScenarioSnapshot.DimensionPart;
import kr.sanggwon.consult.ScenarioSnapshot.DriverPart;
import kr.sanggwon.consult.ScenarioSnapshot.EstimatePart;
import kr.sanggwon.consult.ScenarioSnapshot.KpiPart;
import kr.sanggwon.consult.ScenarioSnapshot.ModelPart;
import kr.sanggwon.consult.ScenarioSnapshot.NewShop;
import kr.sanggwon.consult.ScenarioSnapshot.QualityPart;
import kr.sanggwon.consult.ScenarioSnapshot.RowPart;
import kr.sanggwon.consult.ScenarioSnapshot.SharePart;

/**
 * A consultation with one scenario that has every part a report can print, saved through the case files. Its
 * district code is in no imported data (the database is empty): it prints from the snapshot alone, as a scenario
 * whose district vanished from newer data must.
 */
public final class ReportFixture {
    static final double MONTHLY = 48_213_000;
    static final double LOW = 39_870_000;
    static final double HIGH = 57_440_000;
    static final double SHOP_MONTHLY = 12_053_250;
    static final double SHOP_LOW = 9_967_500;
    static final double SHOP_HIGH = 14_360_000;
    static final double SALES_PER_STORE = 31_260_000;
    static final double CLOSE_RATE = 4.3;
    static final double MEDIAN_APE = 0.187;

    private ReportFixture() {
    }

    /** Adds the client, consultation and scenario; returns the consultation. */
    public static Consultation caseWithFullScenario(ConsultService s) {
        Client c = s.addClient(new ClientInput("박정자", "010-4545-7878", null, "망원동 작은 커피집", "커피-음료", 60_000_000L,
                "동네 주민", "20년 분식집 운영"));
        s.setConsultantName("한결 컨설팅 이도윤");
        Consultation k = s.addConsultation(c.id(), new ConsultationInput(LocalDate.of(2026, 3, 2), "망원시장 입구",
                "권리금 협상 중", "임대차 조건 확인", LocalDate.of(2026, 3, 20)));
        s.saveSnapshot(k.id(), snapshot("망원동 커피 4곳 기준", "11440690"));
        return k;
    }

    public static ScenarioSnapshot snapshot(String title, String district) {
        EstimatePart estimate = new EstimatePart("DONG", false, 20251, 20244, 3.0, MONTHLY, LOW, HIGH, MONTHLY * 3, LOW * 3, HIGH * 3,
                new NewShop(3, false, 4.0, SHOP_MONTHLY, SHOP_LOW, SHOP_HIGH, SHOP_MONTHLY * 3, "4곳이 나눔"),
                List.of(new DriverPart("LAST_SALES", "직전 분기 매출", Formats.money(150_000_000L), Formats.money(98_000_000L), 0.21,
                                "직전 분기 매출이 업종 중앙값보다 높아 예상 매출을 21.0% 올립니다."),
                        new DriverPart("FLOATING", "유동인구", "412,300명", "198,000명", -0.064,
                                "유동인구가 많지만 이 모델에서는 예상 매출을 6.4% 낮춥니다.")),
                new QualityPart(MEDIAN_APE, 0.79, 6, "last-value", 0.243, "지난 6개 분기 보통 오차 18.7%"),
                new ModelPart(7, "m5p", "2026-02-01T10:00:00Z", 16, 20244, false),
                List.of(), List.of());
        DashboardPart dashboard = new DashboardPart(20244, List.of(
                new KpiPart("SALES_PER_STORE", "MONEY", SALES_PER_STORE, "3,126만원", 20244, 0.052, -0.018, "SALES"),
                new KpiPart("CLOSE_RATE", "PERCENT", CLOSE_RATE, "4.3%", 20244, 0.6, -1.2, "STORES"),
                new KpiPart("FLOATING", "PEOPLE", 412_300.0, "412,300명", 20244, 0.03, 0.08, "FLOATING"),
                new KpiPart("CHANGE_INDEX", "TEXT", null, "LH", 20244, null, null, "CHANGE")));
        CustomersPart customers = new CustomersPart(20244, "주 고객은 30대 여성이며, 매출이 가장 많은 시간대는 오후(14~17시)입니다.",
                "Main customers are women in their 30s; the busiest time is the afternoon (14-17).",
                List.of(new DimensionPart("WEEK", List.of(new SharePart("customer.band.weekday", 0.62, 0.71),
                        new SharePart("customer.band.weekend", 0.38, 0.29)))));
        ComparisonPart comparison = new ComparisonPart("커피-음료", List.of("망원동", "연남동"),
                List.of(new RowPart("district.metric.SALES_PER_STORE", "MONEY", List.of(SALES_PER_STORE, 27_500_000.0),
                        List.of("3,126만원", "2,750만원"), List.of(0))),
                List.of("점포당 매출은 망원동이 더 높습니다."));
        Attachment finance = new Attachment("finance", "수익 분석 · 기본 시나리오",
                List.of(new AttachmentRow("월 영업이익", "412만원", 4_120_000.0), new AttachmentRow("손익분기 월 매출", "2,870만원", 28_700_000.0)),
                "수익 분석(2025 우대수수료율, 최저임금 10,030원)");
        return new ScenarioSnapshot(ScenarioSnapshot.SCHEMA, title, "2026-03-02T05:10:00Z", "ko", 16, district, "망원1동", "마포구",
                "CS100010", "커피-음료", estimate, dashboard, customers, comparison, List.of(finance));
    }
}
