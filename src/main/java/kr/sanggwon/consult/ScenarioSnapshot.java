package kr.sanggwon.consult;

import java.util.List;

/**
 * A scenario exactly as it was saved: what the consultant looked at, copied out of the services' results at save
 * time (never recomputed when it is reopened). Texts that the services wrote (driver sentences, quality line,
 * summaries) are kept in the language they were shown in. Parts that were not part of the analysis are null/empty;
 * {@code attachments} hold results of other features (수익 분석, 유망 상권 …) as labelled rows.
 */
public record ScenarioSnapshot(int schema, String title, String savedAt, String locale, long dataVersion,
                               String district, String districtName, String guName, String industry, String industryName,
                               EstimatePart estimate, DashboardPart dashboard, CustomersPart customers,
                               ComparisonPart comparison, List<Attachment> attachments) {
    public static final int SCHEMA = 1;

    public ScenarioSnapshot {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** The same snapshot under another title. */
    public ScenarioSnapshot withTitle(String newTitle) {
        return new ScenarioSnapshot(schema, newTitle, savedAt, locale, dataVersion, district, districtName, guName, industry,
                industryName, estimate, dashboard, customers, comparison, attachments);
    }

    /** The same snapshot with one more attachment (e.g. a 수익 분석 result). */
    public ScenarioSnapshot withAttachment(Attachment a) {
        List<Attachment> all = new java.util.ArrayList<>(attachments);
        all.removeIf(x -> x.kind().equals(a.kind()));
        all.add(a);
        return new ScenarioSnapshot(schema, title, savedAt, locale, dataVersion, district, districtName, guName, industry,
                industryName, estimate, dashboard, customers, comparison, all);
    }

    /**
     * 예상 매출 as shown: monthly/quarterly point and 80% range (per store at 상권 grain, whole cell at 행정동 grain), the
     * new shop's figures when store details were given, drivers, quality and which model and data made it.
     */
    public record EstimatePart(String grain, boolean perStore, int targetQuarter, int basedOnQuarter, Double stores,
                               double monthly, Double monthlyLow, Double monthlyHigh,
                               double quarterly, Double quarterlyLow, Double quarterlyHigh,
                               NewShop newShop, List<DriverPart> drivers, QualityPart quality, ModelPart model,
                               List<String> notes, List<String> warnings) {
    }

    /** Store details the consultant entered and the new shop's per-store figures under them. */
    public record NewShop(int existingStores, boolean countNewShop, double sharingStores, double monthly, double monthlyLow,
                          double monthlyHigh, double quarterly, String note) {
    }

    public record DriverPart(String feature, String label, String value, String reference, double effect, String text) {
    }

    public record QualityPart(double medianApe, double coverage80, int origins, String baselineMethod, double baselineMedianApe,
                              String line) {
    }

    public record ModelPart(long modelId, String method, String trainedAt, long modelDataVersion, int modelLastQuarter,
                            boolean stale) {
    }

    /** 상권 현황 KPIs at the reference quarter: metric id (Metric enum name), value, change vs last quarter/year. */
    public record DashboardPart(Integer quarter, List<KpiPart> kpis) {
    }

    public record KpiPart(String metric, String unit, Double value, String text, Integer quarter, Double deltaQuarter,
                          Double deltaYear, String dataset) {
    }

    /** 고객 분석: the summary in both languages and each dimension's bands (district vs Seoul share). */
    public record CustomersPart(Integer quarter, String summaryKo, String summaryEn, List<DimensionPart> dimensions) {
    }

    public record DimensionPart(String dimension, List<SharePart> shares) {
    }

    public record SharePart(String labelKey, Double district, Double seoul) {
    }

    /** 상권 비교: the districts, each KPI row with its texts and best districts, and the summary sentences. */
    public record ComparisonPart(String industryName, List<String> districts, List<RowPart> rows, List<String> summary) {
    }

    public record RowPart(String labelKey, String unit, List<Double> values, List<String> texts, List<Integer> best) {
    }

    /** A result of another feature attached to the scenario, as rows of label and value text (and the number). */
    public record Attachment(String kind, String title, List<AttachmentRow> rows, String source) {
    }

    public record AttachmentRow(String label, String value, Double number) {
    }
}
