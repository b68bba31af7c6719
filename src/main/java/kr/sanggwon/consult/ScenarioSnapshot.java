package kr.sanggwon.consult;

import java.util.List;

/**
 * A scenario exactly as it was saved: what the consultant looked at, copied out of the services' results at save
 * time (never recomputed when it is reopened). Texts that the services wrote (driver sentences, quality line,
 * summaries) are kept in the language they were shown in. Parts that were not part of the analysis are null/empty;
 * {@code attachments} hold results of other features (현장 조사 …) as labelled rows; 수익 분석 ({@code finance}) and
 * 유망 상권 ({@code recommend}) are kept as structured parts so the report can print their own tables.
 */
public record ScenarioSnapshot(int schema, String title, String savedAt, String locale, long dataVersion,
                               String district, String districtName, String guName, String industry, String industryName,
                               EstimatePart estimate, DashboardPart dashboard, CustomersPart customers,
                               ComparisonPart comparison, List<Attachment> attachments, FinancePart finance,
                               RecommendPart recommend) {
    public static final int SCHEMA = 1;

    public ScenarioSnapshot {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A snapshot without 수익 분석 and 유망 상권 parts (the shape of the first scenarios). */
    public ScenarioSnapshot(int schema, String title, String savedAt, String locale, long dataVersion, String district,
                            String districtName, String guName, String industry, String industryName, EstimatePart estimate,
                            DashboardPart dashboard, CustomersPart customers, ComparisonPart comparison, List<Attachment> attachments) {
        this(schema, title, savedAt, locale, dataVersion, district, districtName, guName, industry, industryName, estimate, dashboard,
                customers, comparison, attachments, null, null);
    }

    /** The same snapshot under another title. */
    public ScenarioSnapshot withTitle(String newTitle) {
        return new ScenarioSnapshot(schema, newTitle, savedAt, locale, dataVersion, district, districtName, guName, industry,
                industryName, estimate, dashboard, customers, comparison, attachments, finance, recommend);
    }

    /** The same snapshot with one more attachment (e.g. a 현장 조사 result). */
    public ScenarioSnapshot withAttachment(Attachment a) {
        List<Attachment> all = new java.util.ArrayList<>(attachments);
        all.removeIf(x -> x.kind().equals(a.kind()));
        all.add(a);
        return new ScenarioSnapshot(schema, title, savedAt, locale, dataVersion, district, districtName, guName, industry,
                industryName, estimate, dashboard, customers, comparison, all, finance, recommend);
    }

    /** The same snapshot with this comparison (null: none). */
    public ScenarioSnapshot withComparison(ComparisonPart c) {
        return new ScenarioSnapshot(schema, title, savedAt, locale, dataVersion, district, districtName, guName, industry,
                industryName, estimate, dashboard, customers, c, attachments, finance, recommend);
    }

    /** The same analyses stamped as made now on data version {@code version} (a recomputed scenario). */
    public ScenarioSnapshot madeAt(String when, long version) {
        return new ScenarioSnapshot(schema, title, when, locale, version, district, districtName, guName, industry,
                industryName, estimate, dashboard, customers, comparison, attachments, finance, recommend);
    }

    /** The same snapshot with this 수익 분석 result (replacing an earlier one). */
    public ScenarioSnapshot withFinance(FinancePart f) {
        return new ScenarioSnapshot(schema, title, savedAt, locale, dataVersion, district, districtName, guName, industry,
                industryName, estimate, dashboard, customers, comparison, attachments, f, recommend);
    }

    /** The same snapshot with this 유망 상권 list (replacing an earlier one). */
    public ScenarioSnapshot withRecommend(RecommendPart r) {
        return new ScenarioSnapshot(schema, title, savedAt, locale, dataVersion, district, districtName, guName, industry,
                industryName, estimate, dashboard, customers, comparison, attachments, finance, r);
    }

    /**
     * 예상 매출 as shown: monthly/quarterly point and 80% range (per store at 상권 grain, whole cell at 행정동 grain), the
     * new shop's figures when store details were given, drivers, quality and which model and data made it.
     */
    public record EstimatePart(String grain, boolean perStore, int targetQuarter, int basedOnQuarter, Double stores,
                               double monthly, Double monthlyLow, Double monthlyHigh,
                               double quarterly, Double quarterlyLow, Double quarterlyHigh,
                               NewShop newShop, List<DriverPart> drivers, QualityPart quality, ModelPart model,
                               List<String> notes, List<String> warnings, List<EstimateWords> words) {
        public EstimatePart {
            words = words == null ? List.of() : List.copyOf(words);
        }

        /** Without words in other languages (snapshots saved before they were kept). */
        public EstimatePart(String grain, boolean perStore, int targetQuarter, int basedOnQuarter, Double stores,
                            double monthly, Double monthlyLow, Double monthlyHigh,
                            double quarterly, Double quarterlyLow, Double quarterlyHigh,
                            NewShop newShop, List<DriverPart> drivers, QualityPart quality, ModelPart model,
                            List<String> notes, List<String> warnings) {
            this(grain, perStore, targetQuarter, basedOnQuarter, stores, monthly, monthlyLow, monthlyHigh, quarterly, quarterlyLow,
                    quarterlyHigh, newShop, drivers, quality, model, notes, warnings, List.of());
        }

        /** The estimate's sentences in {@code language} ("ko", "en"), if they were kept (ADR 0019). */
        public java.util.Optional<EstimateWords> words(String language) {
            return words.stream().filter(w -> w.language().equals(language)).findFirst();
        }
    }

    /**
     * The estimate's sentences (quality and model lines, notes, warnings) rendered in one app language when the scenario
     * was saved, so that a report in another language than the screen's still reads them (ADR 0019).
     */
    public record EstimateWords(String language, String quality, String model, List<String> notes, List<String> warnings) {
        public EstimateWords {
            notes = notes == null ? List.of() : List.copyOf(notes);
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
        }
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
    public record ComparisonPart(String industryName, List<String> districts, List<RowPart> rows, List<String> summary,
                                 List<String> codes) {
        /** A comparison saved before the district codes were kept (it cannot be recomputed). */
        public ComparisonPart(String industryName, List<String> districts, List<RowPart> rows, List<String> summary) {
            this(industryName, districts, rows, summary, null);
        }
    }

    public record RowPart(String labelKey, String unit, List<Double> values, List<String> texts, List<Integer> best) {
    }

    /** A result of another feature attached to the scenario, as rows of label and value text (and the number). */
    public record Attachment(String kind, String title, List<AttachmentRow> rows, String source) {
    }

    public record AttachmentRow(String label, String value, Double number) {
    }

    /**
     * 수익 분석 as shown: the district and industry it was made for, the sales it rests on, every input with its source,
     * the monthly P&amp;L lines, break-even (null: none, variable costs take all of sales), customers a day at the
     * average ticket (null: no ticket published), payback (null: never), the Monte Carlo and the target checks.
     * {@code notes}: message keys, so the report words them in its own language.
     */
    public record FinancePart(String district, String districtName, String guName, String industry, String industryName,
                              int dataQuarter, SalesPart sales, List<InputPart> inputs, List<LinePart> lines,
                              double operatingProfit, double operatingMargin, double profitBeforeTax, double monthlyCash,
                              Double breakEvenSales, Double averageTicket, Double breakEvenCustomersPerDay, double toRecover,
                              Double paybackMonths, SimulationPart simulation, TargetPart guCheck, TargetPart seoulCheck,
                              List<String> notes) {
    }

    /** Monthly sales per store the plan rests on; {@code origin} ESTIMATE (예상 매출, for {@code targetQuarter}) or TYPED. */
    public record SalesPart(double monthly, Double low, Double high, String origin, int targetQuarter) {
    }

    /**
     * One input of the plan: {@code labelKey} names it in any language, {@code unit} (WON, RATIO, COUNT, MONTHS, HOURS,
     * YEARS) says how to print {@code value}. Defaults carry their source and year; {@code sourceKo} null means the
     * consultant entered it. {@code changed}: the consultant typed or saved a value of their own.
     */
    public record InputPart(String id, String labelKey, String unit, double value, String sourceKo, String sourceEn, Integer year,
                            boolean changed) {
    }

    /** One P&amp;L line: kind (PnlLine.Kind name), amount a month (costs negative), whether it is a subtotal. */
    public record LinePart(String kind, double amount, boolean subtotal) {
    }

    /** The Monte Carlo over the sales range: seed, draws, share of months with a loss, payback quantiles (null: never). */
    public record SimulationPart(long seed, int draws, double lossProbability, Double paybackP10, Double paybackP50,
                                 Double paybackP90, double neverPaysBack) {
    }

    /** Where the break-even stands among the industry's districts in a 자치구 (GU) or all of Seoul (SEOUL). */
    public record TargetPart(String scope, String guName, int quarter, int districts, int atOrAbove, double topShare,
                             double median, double breakEven) {
    }

    /**
     * 유망 상권 as shown: the industry, grain and quarter, the filters and target customers, the preset ({@code presetKey}
     * for a built-in one, {@code presetName} for the user's own, both null for weights moved by hand) and the weights by
     * part, and the first rows of the ranking.
     */
    public record RecommendPart(String industry, String industryName, String level, int quarter, boolean perStore,
                                List<String> gus, List<String> types, List<String> ages, String gender, List<String> times,
                                String presetKey, String presetName, java.util.Map<String, Double> weights, int matching,
                                int seoulDistricts, List<RankedPart> rows) {
    }

    /**
     * One ranked district: score on the 0–100 scale, each part's standardized value (by Part name) and the one-line
     * explanation in Korean and English (the report prints the one of its language).
     */
    public record RankedPart(int rank, String code, String name, String guName, String typeName, double points,
                             java.util.Map<String, Double> parts, String lineKo, String lineEn) {
    }
}
