package kr.sanggwon.recommend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import kr.sanggwon.common.Progress;
import kr.sanggwon.common.UserException;
import kr.sanggwon.estimate.Estimate;
import kr.sanggwon.estimate.EstimateService;
import kr.sanggwon.health.DataHealthService;
import kr.sanggwon.health.DataWarning;
import kr.sanggwon.store.DataAccessException;
import kr.sanggwon.store.Database;
import kr.sanggwon.store.ReadSession;

/**
 * 유망 상권: ranks districts for an industry by a transparent weighted score, and industries for a district. The slow
 * part (reading one industry's data into a {@link ScoreFrame}) is cached per data version; re-weighting a frame
 * ({@link #rank(ScoreFrame, Weights, Filter, Target, int)}) touches no database and is what the sliders call.
 */
public final class RecommendService {
    private static final int CACHE = 64;

    private final Database database;
    private final DataHealthService health;
    private final EstimateService estimates;
    private final Map<String, ScoreFrame> frames = new LinkedHashMap<>(16, 0.75f, true);
    private long cachedVersion = -1;
    private Map<String, Integer> flags;

    public RecommendService(Database database, DataHealthService health, EstimateService estimates) {
        this.database = database;
        this.health = health;
        this.estimates = estimates;
    }

    /** The scoring frame of {@code industry} at {@code level} ('T' 상권, 'D' 행정동) in its latest quarter. */
    public ScoreFrame frame(String industry, char level, Target target) {
        try (ReadSession c = ReadSession.open(database)) {
            return frame(c, industry, level, target, null);
        } catch (DataAccessException e) {
            throw new UserException("recommend.error.database", e.getMessage());
        }
    }

    private ScoreFrame frame(ReadSession c, String industry, char level, Target target, Integer quarter) {
        if (level != 'T' && level != 'D') {
            throw new UserException("recommend.error.grain", String.valueOf(level));
        }
        Map<String, String> industries = RecommendRepository.industries(c);
        if (industry == null || !industries.containsKey(industry)) {
            throw new UserException("recommend.error.unknownIndustry", String.valueOf(industry));
        }
        TreeSet<Integer> quarters = RecommendRepository.salesQuarters(c, industry, level);
        if (quarters.isEmpty()) {
            throw new UserException("recommend.error.noData." + level, industries.get(industry), industry);
        }
        int q = quarter == null ? quarters.last() : quarter;
        long version = RecommendRepository.dataVersion(c);
        String key = industry + '|' + level + '|' + q + '|' + target;
        synchronized (this) {
            if (version != cachedVersion) {
                frames.clear();
                flags = null;
                cachedVersion = version;
            }
            ScoreFrame f = frames.get(key);
            if (f != null) {
                return f;
            }
        }
        Snapshot s = SnapshotLoader.load(c, industry, industries.get(industry), level, q);
        ScoreFrame f = FrameBuilder.build(s, target, flags(s.districts().keySet()));
        synchronized (this) {
            if (version == cachedVersion) {
                frames.put(key, f);
                if (frames.size() > CACHE) {
                    frames.remove(frames.keySet().iterator().next());
                }
            }
        }
        return f;
    }

    /** District-specific 데이터 점검 warnings (missing, flat, SEMAS disagreement) per district, once per data version. */
    private Map<String, Integer> flags(Iterable<String> codes) {
        Map<String, Integer> known;
        synchronized (this) {
            known = flags;
        }
        if (known == null) {
            known = new HashMap<>();
            synchronized (this) {
                flags = known;
            }
        }
        Map<String, Integer> out = known;
        for (String code : codes) {
            if (!out.containsKey(code)) {
                int n = 0;
                for (DataWarning w : health.warningsFor(code)) {
                    if (w.kind() == DataWarning.Kind.MISSING || w.kind() == DataWarning.Kind.FLAT
                            || w.kind() == DataWarning.Kind.DISAGREE) {
                        n++;
                    }
                }
                synchronized (this) {
                    out.put(code, n);
                }
            }
        }
        return out;
    }

    /** Re-weights a frame in memory (no database): the ranked rows passing {@code filter}, best first. */
    public Ranking rank(ScoreFrame frame, Weights weights, Filter filter, Target target, int limit) {
        return Ranker.rank(frame, weights, filter, target, limit);
    }

    /** Frame and ranking in one call (the CLI). */
    public Ranking rank(String industry, char level, Filter filter, Target target, Weights weights, int limit) {
        return rank(frame(industry, level, target), weights, filter, target, limit);
    }

    /** Every scored district's weighted score, for colouring the map. */
    public Map<String, Double> scores(ScoreFrame frame, Weights weights) {
        Map<String, Double> out = new HashMap<>();
        var codes = frame.table().stringColumn(ScoreFrame.CODE);
        var score = Ranker.scores(frame, weights);
        for (int i = 0; i < codes.size(); i++) {
            out.put(codes.get(i), score.getDouble(i));
        }
        return out;
    }

    /** 업종 추천: every industry with sales at the district's grain, ranked by the district's score in that industry. */
    public IndustryAdvice industriesFor(String district, Weights weights, Target target, Progress progress) {
        try (ReadSession c = ReadSession.open(database)) {
            DistrictRef d = RecommendRepository.district(c, district);
            if (d == null) {
                throw new UserException("recommend.error.unknownDistrict", String.valueOf(district));
            }
            Integer latest = RecommendRepository.latestQuarter(c, "industry_quarter_kpi", d.level(), 99_994);
            if (latest == null) {
                throw new UserException("recommend.error.noSalesAtGrain." + d.level());
            }
            List<String> industries = RecommendRepository.industriesWithSales(c, d.level(), latest);
            List<IndustryPick> picks = new ArrayList<>();
            int skipped = 0;
            for (int i = 0; i < industries.size(); i++) {
                progress.checkCancelled();
                progress.update(i, industries.size(), industries.get(i));
                ScoreFrame f = frame(c, industries.get(i), d.level(), target, null);
                RankedDistrict row = Ranker.find(f, weights, target, district);
                if (row == null) {
                    skipped++;
                } else {
                    picks.add(new IndustryPick(f.industry(), f.industryName(), f.quarter(), f.perStore(), row.rank(), row, f.rows()));
                }
            }
            progress.update(industries.size(), industries.size(), "");
            picks.sort(Comparator.comparingDouble((IndustryPick p) -> -p.row().score()).thenComparing(IndustryPick::industry));
            return new IndustryAdvice(d, weights, target, List.copyOf(picks), skipped);
        } catch (DataAccessException e) {
            throw new UserException("recommend.error.database", e.getMessage());
        }
    }

    /** The estimate service's expected sales for a row (point and 80% range), or why there is none. */
    public ExpectedSales expected(String district, String industry) {
        try {
            Estimate e = estimates.estimate(district, industry);
            return new ExpectedSales(district, e.monthly(), e.monthlyLow(), e.monthlyHigh(), e.targetQuarter(),
                    e.provenance().method(), null, null);
        } catch (UserException e) {
            return new ExpectedSales(district, Double.NaN, Double.NaN, Double.NaN, 0, null, e.key(), e.args());
        }
    }

    /** Built-in presets first, then the user's own (by name). */
    public List<Preset> presets() {
        List<Preset> out = new ArrayList<>(Preset.builtIns());
        try {
            RecommendRepository.presets(database).forEach((name, w) -> out.add(new Preset("user:" + name, name, false, w)));
        } catch (DataAccessException e) {
            throw new UserException("recommend.error.database", e.getMessage());
        }
        return out;
    }

    /** A preset by id (built-in) or by the user's name for it. */
    public Preset preset(String idOrName) {
        for (Preset p : presets()) {
            if (p.id().equals(idOrName) || idOrName.equals(p.name())) {
                return p;
            }
        }
        throw new UserException("recommend.error.unknownPreset", idOrName);
    }

    public void savePreset(String name, Weights weights) {
        String n = name == null ? "" : name.trim();
        if (n.isEmpty() || n.length() > 60) {
            throw new UserException("recommend.error.presetName");
        }
        try {
            RecommendRepository.savePreset(database, n, weights);
        } catch (DataAccessException e) {
            throw new UserException("recommend.error.database", e.getMessage());
        }
    }

    public boolean deletePreset(String name) {
        try {
            return RecommendRepository.deletePreset(database, name);
        } catch (DataAccessException e) {
            throw new UserException("recommend.error.database", e.getMessage());
        }
    }
}
