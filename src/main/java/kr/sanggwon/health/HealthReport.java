package kr.sanggwon.health;

import java.util.List;

/** The 데이터 점검 report: one pass over summary tables and district-level facts per data version. */
public record HealthReport(long dataVersion, Integer latestQuarter, List<DatasetHealth> datasets,
                           List<ColumnIssue> columnIssues, List<SeriesIssue> flatSeries, List<CodeChange> codeChanges,
                           List<MissingDistricts> missing, List<SourceDisagreement> disagreements) {

    /** Quarters present and freshness of one dataset at one level. */
    public record DatasetHealth(String id, String dataset, String level, long rows, long districts, List<Integer> quarters,
                                List<Integer> gaps, Integer latestQuarter, int quartersBehind) {
    }

    /** A column that is empty, all zero or constant across a whole dataset. */
    public record ColumnIssue(String id, String dataset, String level, String column, String header, Problem problem,
                              Double value) {
        public enum Problem { EMPTY, ALL_ZERO, CONSTANT }
    }

    /** Districts whose main series never changes between quarters. */
    public record SeriesIssue(String id, String dataset, String level, String column, long count, List<String> examples) {
    }

    /** Districts appearing or disappearing between two quarters of a dataset. */
    public record CodeChange(String id, String dataset, String level, int quarter, long appeared, long disappeared,
                             List<String> examples) {
    }

    /** Districts of the master list that one dataset does not have at all. */
    public record MissingDistricts(String id, String dataset, String level, long count, long of, List<String> examples) {
    }

    /** SEMAS store listings vs Seoul 점포 counts for one 행정동 and industry. */
    public record SourceDisagreement(String dongCode, String dongName, String industryCode, String industryName,
                                     long semasStores, long seoulStores, Integer seoulQuarter) {
    }
}
