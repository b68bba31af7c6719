package kr.sanggwon.estimate;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Level;
import kr.sanggwon.common.Localizable;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Progress;
import kr.sanggwon.common.Quarter;
import kr.sanggwon.common.Text;
import kr.sanggwon.common.UserException;
import kr.sanggwon.store.DataAccessException;
import kr.sanggwon.store.Database;

/**
 * Expected sales (예상 매출액). {@link #estimate} is fast: it reads cached data and stored models, never trains.
 * {@link #train} backtests, chooses and stores models (slow; the UI runs it in the background with progress/cancel).
 */
public final class EstimateService {
    static final int COMPARABLES = 5;

    private final EstimateDataLoader loader;
    private final ModelStore store;
    private final BacktestOptions options;
    private final Database database;
    private volatile State state;

    public EstimateService(Database database) {
        this(database, BacktestOptions.DEFAULT);
    }

    public EstimateService(Database database, BacktestOptions options) {
        this.database = database;
        this.loader = new EstimateDataLoader(database);
        this.store = new ModelStore(database);
        this.options = options;
    }

    private record State(EstimateData data, FeatureBuilder features, Map<String, TrainedModel> models,
                         Map<String, IndustryReference> references) {
        TrainedModel model(Task task, Level grain) {
            return models.get(task.id() + "/" + grain.code());
        }
    }

    /** A district that has sales data, for choosers. */
    public record DistrictChoice(String code, String name, String guName, Level grain) {
    }

    private State state() {
        try {
            long version = loader.dataVersion();
            State s = state;
            if (s == null || s.data().dataVersion() != version) {
                synchronized (this) {
                    s = state;
                    if (s == null || s.data().dataVersion() != version) {
                        EstimateData data = loader.load();
                        s = new State(data, new FeatureBuilder(data), index(store.loadCurrent()), new ConcurrentHashMap<>());
                        state = s;
                    }
                }
            }
            return s;
        } catch (DataAccessException e) {
            throw new UserException("estimate.error.database", e.getMessage());
        }
    }

    private static Map<String, TrainedModel> index(List<TrainedModel> models) {
        Map<String, TrainedModel> m = new ConcurrentHashMap<>();
        for (TrainedModel t : models) {
            m.put(t.task().id() + "/" + t.grain().code(), t);
        }
        return m;
    }

    /**
     * Loads data and models and builds every industry's reference rows now (in the background when a screen opens),
     * so that each estimate afterwards only predicts.
     */
    public void warmUp() {
        State s = state();
        for (Level g : Level.values()) {
            if (s.data().quarters(g).isEmpty()) {
                continue;
            }
            int latest = s.data().quarters(g).last();
            for (String industry : s.data().industries().keySet()) {
                if (!s.data().cells(industry, g).isEmpty()) {
                    reference(s, industry, g, latest);
                }
            }
        }
    }

    private static IndustryReference reference(State s, String industry, Level grain, int latest) {
        return s.references().computeIfAbsent(industry + '|' + grain, k -> IndustryReference.build(s.features(), industry, grain, latest));
    }

    /** True when no model exists for the loaded data, or the models were trained on an older import. */
    public boolean needsTraining() {
        State s = state();
        if (Trainer.grains(s.data()).isEmpty()) {
            return false;
        }
        for (Level g : Trainer.grains(s.data())) {
            for (Task t : Task.values()) {
                TrainedModel m = s.model(t, g);
                if (m == null || m.dataVersion() != s.data().dataVersion()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The data version now: the id of the latest import batch (a cheap query). */
    public long dataVersion() {
        try {
            return loader.dataVersion();
        } catch (DataAccessException e) {
            throw new UserException("estimate.error.database", e.getMessage());
        }
    }

    /**
     * Which data the stored models were trained on and whether they are stale, from the model table's metadata only
     * (cheap: loads no feature data and no model payloads, unlike {@link #needsTraining()}).
     */
    public ModelStatus modelStatus() {
        try {
            return ModelStatus.read(database);
        } catch (DataAccessException e) {
            throw new UserException("estimate.error.database", e.getMessage());
        }
    }

    /**
     * Whether training is due at {@code status}: the cheap metadata check first, confirmed by the exact one (which
     * loads the data that training then reuses, and notices stored models this version cannot read).
     */
    public boolean retrainingDue(ModelStatus status) {
        return status.stale() && needsTraining();
    }

    public List<TrainedModel> currentModels() {
        return new ArrayList<>(state().models().values());
    }

    /** Backtests models and baselines per task and grain, without storing anything. */
    public List<Evaluation> evaluate(Progress progress) {
        State s = state();
        requireSales(s);
        return new Trainer(options).evaluate(s.features(), progress);
    }

    /** Backtests, chooses, fits and stores the models for the loaded data (slow: run in the background). */
    public Trainer.Result train(Progress progress) {
        State s = state();
        requireSales(s);
        Trainer.Result r = new Trainer(options).train(s.features(), progress);
        progress.checkCancelled();
        try {
            List<TrainedModel> saved = store.saveCurrent(r.models());
            synchronized (this) {
                state = new State(s.data(), s.features(), index(saved), new ConcurrentHashMap<>());
            }
            return new Trainer.Result(saved, r.evaluations(), r.millis());
        } catch (DataAccessException e) {
            throw new UserException("estimate.error.database", e.getMessage());
        }
    }

    private static void requireSales(State s) {
        if (Trainer.grains(s.data()).isEmpty()) {
            throw new UserException("estimate.error.noSales");
        }
    }

    /** Districts (상권 and 행정동) that have sales data, by name. */
    public List<DistrictChoice> districts() {
        State s = state();
        Map<String, DistrictChoice> out = new java.util.TreeMap<>();
        for (Level g : Level.values()) {
            for (Cell c : s.data().cells(g)) {
                DistrictInfo d = s.data().district(c.district());
                out.computeIfAbsent(c.district(), k -> new DistrictChoice(k, d == null ? k : d.name(), d == null ? null : d.guName(), g));
            }
        }
        List<DistrictChoice> list = new ArrayList<>(out.values());
        list.sort(Comparator.comparing(DistrictChoice::name));
        return list;
    }

    /**
     * Where an estimate can be made for a district that has no sales data at its own grain: the 행정동 a 상권 lies in,
     * when 행정동 sales were imported (else empty).
     */
    public java.util.Optional<DistrictChoice> estimableArea(String district) {
        State s = state();
        DistrictInfo d = s.data().district(district);
        if (d == null || !s.data().quarters(d.grain()).isEmpty() || d.grain() != Level.TRDAR || d.dongCode() == null
                || s.data().quarters(Level.DONG).isEmpty()) {
            return java.util.Optional.empty();
        }
        DistrictInfo dong = s.data().district(d.dongCode());
        return dong == null ? java.util.Optional.empty()
                : java.util.Optional.of(new DistrictChoice(dong.code(), dong.name(), dong.guName(), Level.DONG));
    }

    /** Industries present in the sales data: code → name. */
    public Map<String, String> industries() {
        State s = state();
        Map<String, String> out = new java.util.TreeMap<>();
        for (Level g : Level.values()) {
            for (Cell c : s.data().cells(g)) {
                out.put(c.industry(), s.data().industryName(c.industry()));
            }
        }
        return out;
    }

    public Estimate estimate(String district, String industry) {
        State s = state();
        EstimateData data = s.data();
        DistrictInfo d = data.district(district);
        if (d == null) {
            throw new UserException("estimate.error.unknownDistrict", district);
        }
        Level grain = d.grain();
        if (data.quarters(grain).isEmpty()) {
            throw new UserException("estimate.error.noSalesAtGrain", Text.of("estimate.grain." + grain.code()));
        }
        int latest = data.quarters(grain).last();
        int target = Quarter.plus(latest, 1);
        Cell cell = new Cell(district, industry);
        FeatureRow row = s.features().build(cell, target);
        List<Text> notes = new ArrayList<>();
        List<Text> warnings = new ArrayList<>();
        if (!data.industries().containsKey(industry) || data.cells(industry, grain).isEmpty()) {
            warnings.add(Text.of("estimate.warn.unknownIndustry", industry));
        }
        Task task = Task.COLD_START;
        TrainedModel model = null;
        double predLog = Double.NaN;
        TrainedModel forecast = s.model(Task.FORECAST, grain);
        if (Double.isFinite(row.value(Feature.LAG1)) && forecast != null) {
            predLog = forecast.predictor().predictLog(row);
            if (Double.isFinite(predLog)) {
                task = Task.FORECAST;
                model = forecast;
            }
        }
        if (model == null) {
            model = s.model(Task.COLD_START, grain);
            if (model == null) {
                throw new UserException("estimate.error.noModel");
            }
            predLog = model.predictor().predictLog(row);
            notes.add(Text.of("estimate.note.coldStart"));
        }
        if (!Double.isFinite(predLog)) {
            throw new UserException("estimate.error.cannotEstimate", district, industry);
        }
        for (Feature f : model.predictor().unseen(row)) {
            warnings.add(Text.of("estimate.warn.unseen", FeatureText.labelText(f), FeatureText.valueText(f, row, data)));
        }
        boolean stale = model.dataVersion() != data.dataVersion();
        if (stale) {
            warnings.add(Text.of("estimate.warn.stale"));
        }
        asOfNotes(row, data, notes);

        double point = Math.exp(predLog);
        double[] band = model.range().band(IndustryGroup.of(industry));
        double low = Double.isFinite(band[0]) ? Math.exp(predLog + band[0]) : Double.NaN;
        double high = Double.isFinite(band[1]) ? Math.exp(predLog + band[1]) : Double.NaN;

        final Task usedTask = task;
        IndustryReference ref = reference(s, industry, grain, latest);
        List<Feature> features = Feature.of(usedTask, grain);
        List<Driver> drivers = new ArrayList<>(DriverExplainer.explain(model.predictor(), row, ref, features, data));
        TrainedModel structural = s.model(Task.COLD_START, grain);
        if (usedTask == Task.FORECAST && drivers.size() < DriverExplainer.MIN && structural != null) {
            // the forecast rests on last quarter's sales; say also what makes this district differ structurally
            for (Driver extra : DriverExplainer.explain(structural.predictor(), row, ref, Feature.of(Task.COLD_START, grain), data)) {
                if (drivers.size() >= DriverExplainer.MAX) {
                    break;
                }
                if (drivers.stream().noneMatch(x -> x.feature() == extra.feature())) {
                    drivers.add(extra);
                }
            }
            notes.add(Text.of("estimate.note.structuralDrivers"));
        }
        List<ComparableCell> comparables = comparables(cell, row, ref, Feature.of(Task.COLD_START, grain), data, latest);

        Metrics m = model.metrics();
        Evaluation.MethodResult base = model.evaluation() == null || model.evaluation().bestBaseline() == null ? null
                : model.evaluation().result(model.evaluation().bestBaseline());
        Text qualityLine = Text.of("estimate.quality.chosen", methodText(model.method()), m == null || m.n() == 0
                ? Text.of("estimate.quality.none") : Text.of("estimate.quality.line", model.origins(), Formats.percent(m.medianApe())));
        Selection selection = model.evaluation() == null ? null : model.evaluation().selection();
        Estimate.Quality quality = new Estimate.Quality(m == null ? Double.NaN : m.medianApe(), m == null ? Double.NaN : m.coverage80(),
                model.origins(), base == null ? null : base.method(), base == null ? Double.NaN : base.metrics().medianApe(), qualityLine,
                model.method(), selection == null ? null : selection.reason(),
                model.evaluation() == null ? Double.NaN : model.evaluation().ratioToBaseline(), SelectionText.text(selection));
        Text provLine = Text.of("estimate.provenance.line", methodText(model.method()), model.id(),
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault()).format(model.trainedAt()),
                model.dataVersion(), Text.quarter(model.lastQuarter()));
        Estimate.Provenance prov = new Estimate.Provenance(model.id(), model.method(), model.params(), model.trainedAt().toString(),
                model.dataVersion(), data.dataVersion(), model.lastQuarter(), stale, provLine);
        CellObs now = data.obs(cell, latest);
        double stores = now != null && now.stores() > 0 ? now.stores() : Double.NaN;
        int storesFrom = now == null ? 0 : now.storesFrom();
        if (storesFrom != 0) {
            notes.add(0, Text.of("estimate.note.storesCarried", (long) now.stores(), Text.quarter(latest), Text.quarter(storesFrom)));
        }
        return new Estimate(district, d.name(), d.guName(), industry, data.industryName(industry), grain, grain.perStore(), usedTask,
                target, latest, stores, storesFrom, point, low, high, point / 3, low / 3, high / 3, drivers, comparables, quality, prov, notes, warnings);
    }

    /** Localized name of a method id (e.g. random-forest → 랜덤 포레스트). */
    public static String methodName(String method) {
        return method == null ? "-" : Messages.get("estimate.method." + method.replace('-', '_'));
    }

    /** A method id's name as words to render later (e.g. random-forest → 랜덤 포레스트 / Random forest). */
    static Localizable methodText(String method) {
        return method == null ? locale -> "-" : Text.of("estimate.method." + method.replace('-', '_'));
    }

    private static void asOfNotes(FeatureRow row, EstimateData data, List<Text> notes) {
        Map<ContextTable, Integer> asOf = new EnumMap<>(ContextTable.class);
        asOf.putAll(row.asOf());
        for (ContextTable t : ContextTable.values()) {
            Integer q = asOf.get(t);
            if (q != null && q < row.infoQuarter()) {
                notes.add(Text.of("estimate.note.asOf", t.koName(), Text.quarter(q), Text.quarter(row.infoQuarter())));
            } else if (q == null && data.hasContext(t, data.grainOf(row.cell().district()))) {
                notes.add(Text.of("estimate.note.noContext", t.koName()));
            }
        }
    }

    private static List<ComparableCell> comparables(Cell cell, FeatureRow row, IndustryReference ref, List<Feature> features,
                                                EstimateData data, int latest) {
        List<ComparableCell> out = new ArrayList<>();
        for (FeatureRow other : ref.rows()) {
            if (other.cell().equals(cell)) {
                continue;
            }
            double dist = ref.distance(row, other, features);
            if (!Double.isFinite(dist)) {
                continue;
            }
            DistrictInfo d = data.district(other.cell().district());
            CellObs o = data.obs(other.cell(), latest);
            out.add(new ComparableCell(other.cell().district(), d == null ? other.cell().district() : d.name(), d == null ? null : d.guName(),
                    other.cell().industry(), latest, o.target(), o.stores(), dist));
        }
        out.sort(Comparator.comparingDouble(ComparableCell::distance));
        return out.size() > COMPARABLES ? new ArrayList<>(out.subList(0, COMPARABLES)) : out;
    }
}
