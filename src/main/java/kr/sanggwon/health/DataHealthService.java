package kr.sanggwon.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.sanggwon.common.Level;
import kr.sanggwon.common.Quarter;
import kr.sanggwon.common.Text;
import kr.sanggwon.ingest.FactDataset;
import kr.sanggwon.store.Database;
import kr.sanggwon.store.ReadSession;

/**
 * 데이터 점검: quarters and freshness per dataset, empty/constant columns, flat series, code changes, districts
 * missing from datasets and SEMAS-vs-Seoul store disagreements. Computed once per data version (last import id)
 * from summary tables and district-level facts, then served from memory, so per-district warnings are instant.
 */
public final class DataHealthService {
    /** Main columns whose dataset-wide problems affect the KPIs shown on screens. */
    private static final Set<String> KPI_COLUMNS = Set.of("sales_amt", "stores", "open_count", "close_count", "franchise",
            "total", "op_months");

    private final Database database;
    private volatile Cached cached;
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();

    private record Cached(HealthReport report, Map<String, Set<String>> missing, Map<String, Set<String>> flat,
                          Map<String, String> dongOf) {
    }

    public DataHealthService(Database database) {
        this.database = database;
        // computed again after the next change event (an import, a sample load or reset, a change elsewhere)
        database.versions().subscribe(change -> {
            changes.incrementAndGet();
            cached = null;
        });
    }

    public HealthReport report() {
        return cached().report();
    }

    private Cached cached() {
        Cached now = cached;
        if (now == null) {
            long seen = changes.get();
            try (ReadSession c = ReadSession.open(database)) {
                now = compute(c, HealthRepository.dataVersion(c));
            }
            if (changes.get() == seen) {
                cached = now;   // not when the data changed while computing: the next call computes again
            }
        }
        return now;
    }

    private static Cached compute(ReadSession c, long version) {
        HealthRepository.Master m = HealthRepository.master(c);
        Map<Character, List<String>> master = m.codes();
        Map<String, String> dongOf = m.dongOf();
        HealthChecks checks = new HealthChecks(c);
        for (HealthSource s : HealthSource.all()) {
            checks.check(s, master);
        }
        Integer latest = null;
        for (HealthReport.DatasetHealth d : checks.datasets) {
            if (d.id().startsWith("SALES") || d.id().startsWith("STORES")) {
                latest = latest == null ? d.latestQuarter() : Math.max(latest, d.latestQuarter());
            }
        }
        if (latest == null) {
            latest = checks.datasets.stream().map(HealthReport.DatasetHealth::latestQuarter).max(Integer::compare).orElse(null);
        }
        List<HealthReport.DatasetHealth> datasets = new ArrayList<>();
        for (HealthReport.DatasetHealth d : checks.datasets) {
            datasets.add(new HealthReport.DatasetHealth(d.id(), d.dataset(), d.level(), d.rows(), d.districts(), d.quarters(),
                    d.gaps(), d.latestQuarter(), latest == null ? 0 : Math.max(0, Quarter.between(d.latestQuarter(), latest))));
        }
        Map<String, String> industries = HealthRepository.industries(c);
        HealthReport report = new HealthReport(version, latest, List.copyOf(datasets), List.copyOf(checks.columns),
                List.copyOf(checks.flat), List.copyOf(checks.changes), List.copyOf(checks.missing),
                SourceComparison.compare(c, industries));
        return new Cached(report, checks.missingBy, checks.flatBy, dongOf);
    }

    /** Warnings that touch the numbers of one district, localized in the current language. */
    public List<DataWarning> warningsFor(String code) {
        Cached c = cached();
        char lvl = code.length() == 8 ? 'D' : 'T';
        List<DataWarning> out = new ArrayList<>();
        for (String id : c.missing().getOrDefault(code, Set.of())) {
            out.add(warning(id, DataWarning.Kind.MISSING, "health.warn.missing"));
        }
        for (String id : c.flat().getOrDefault(code, Set.of())) {
            out.add(warning(id, DataWarning.Kind.FLAT, "health.warn.flat"));
        }
        for (HealthReport.ColumnIssue issue : c.report().columnIssues()) {
            if (issue.level().charAt(0) == lvl && KPI_COLUMNS.contains(issue.column())) {
                out.add(new DataWarning(datasetOf(issue.id()), DataWarning.Kind.COLUMN, Text.of("health.warn.column",
                        issue.dataset(), issue.header(), Text.of("health.problem." + issue.problem().name()))));
            }
        }
        for (HealthReport.DatasetHealth d : c.report().datasets()) {
            if (d.level().charAt(0) == lvl && d.quartersBehind() >= 2) {
                out.add(new DataWarning(datasetOf(d.id()), DataWarning.Kind.STALE, Text.of("health.warn.stale",
                        d.dataset(), Text.quarter(d.latestQuarter()), d.quartersBehind())));
            }
        }
        String dong = lvl == 'D' ? code : c.dongOf().get(code);
        for (HealthReport.SourceDisagreement s : c.report().disagreements()) {
            if (s.dongCode().equals(dong)) {
                out.add(new DataWarning(FactDataset.STORES.name(), DataWarning.Kind.DISAGREE, Text.of("health.warn.disagree",
                        s.dongName() == null ? s.dongCode() : s.dongName(), s.industryName(), s.semasStores(), s.seoulStores())));
            }
        }
        return out;
    }

    private static DataWarning warning(String id, DataWarning.Kind kind, String key) {
        FactDataset d = FactDataset.valueOf(datasetOf(id));
        Level level = Level.ofCode(id.charAt(id.length() - 1));
        return new DataWarning(d.name(), kind, Text.of(key, d.officialName(level)));
    }

    private static String datasetOf(String id) {
        return id.substring(0, id.lastIndexOf('_'));
    }
}
