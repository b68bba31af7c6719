package kr.sanggwon.ui.recommend;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import kr.sanggwon.common.Progress;
import kr.sanggwon.compare.CompareService;
import kr.sanggwon.recommend.DistrictRef;
import kr.sanggwon.recommend.ExpectedSales;
import kr.sanggwon.recommend.Filter;
import kr.sanggwon.recommend.IndustryAdvice;
import kr.sanggwon.recommend.Part;
import kr.sanggwon.recommend.Preset;
import kr.sanggwon.recommend.Ranking;
import kr.sanggwon.recommend.ScoreFrame;
import kr.sanggwon.recommend.Target;
import kr.sanggwon.recommend.Weights;
import kr.sanggwon.ui.district.AsyncValue;
import kr.sanggwon.ui.district.IndustryOption;
import kr.sanggwon.ui.shell.ScreenModel;
import kr.sanggwon.ui.shell.UiContext;
import kr.sanggwon.ui.task.BackgroundTask;

/**
 * State of 유망 상권: the industry (shared selection), grain, filters, target customers and weights. Reading an
 * industry's data into a scoring frame runs in the background; moving a weight or a filter re-ranks the frame in
 * memory at once. Also the reverse question (업종 추천) for one district and the expected sales of the chosen row.
 */
public final class RecommendViewModel implements ScreenModel {
    public static final String SCREEN = "recommend";

    private final UiContext ctx;
    private final ObservableList<IndustryOption> industries = FXCollections.observableArrayList();
    private final StringProperty grain = new SimpleStringProperty(this, "grain", "T");
    private final ObservableSet<String> gus = FXCollections.observableSet();
    private final ObservableSet<String> types = FXCollections.observableSet();
    private final StringProperty age = new SimpleStringProperty(this, "age");
    private final StringProperty gender = new SimpleStringProperty(this, "gender");
    private final StringProperty time = new SimpleStringProperty(this, "time");
    private final Map<Part, DoubleProperty> weights = new EnumMap<>(Part.class);
    private final ObservableList<Preset> presets = FXCollections.observableArrayList();
    private final ObjectProperty<Preset> preset = new SimpleObjectProperty<>(this, "preset");
    private final AsyncValue<ScoreFrame> frame;
    private final ObjectProperty<Ranking> ranking = new SimpleObjectProperty<>(this, "ranking");
    private final AsyncValue<IndustryAdvice> advice;
    private final AsyncValue<ExpectedSales> expected;
    private final ChangeListener<Object> reload = (o, a, b) -> loadFrame();
    private final ChangeListener<Number> dataChanged = (o, a, b) -> {
        loadIndustries();
        loadFrame();
    };
    private final StringProperty chosen = new SimpleStringProperty(this, "chosen");
    private HuffViewModel huff;
    private boolean applyingPreset;
    private int loadedVersion = -1;
    private String loadedKey;

    public RecommendViewModel(UiContext ctx) {
        this.ctx = ctx;
        this.frame = new AsyncValue<>(ctx.tasks());
        this.advice = new AsyncValue<>(ctx.tasks());
        this.expected = new AsyncValue<>(ctx.tasks());
        Weights start = Preset.builtIns().get(0).weights();
        for (Part p : Part.values()) {
            DoubleProperty w = new SimpleDoubleProperty(this, p.name(), start.get(p));
            w.addListener((o, a, b) -> {
                if (!applyingPreset) {
                    preset.set(null);
                    rerank();
                }
            });
            weights.put(p, w);
        }
        presets.setAll(Preset.builtIns());
        preset.set(presets.get(0));
        preset.addListener((o, a, b) -> apply(b));
        frame.valueProperty().addListener((o, a, b) -> rerank());
        gus.addListener((SetChangeListener<String>) c -> rerank());
        types.addListener((SetChangeListener<String>) c -> rerank());
        ctx.selection().industryProperty().addListener(reload);
        grain.addListener(reload);
        age.addListener(reload);
        gender.addListener(reload);
        time.addListener(reload);
        ctx.dataVersionProperty().addListener(dataChanged);
    }

    @Override
    public void refreshIfStale() {
        if (industries.isEmpty() || loadedVersion != ctx.dataVersion()) {
            loadIndustries();
            loadPresets();
        }
        if (loadedVersion != ctx.dataVersion() || !key().equals(loadedKey)) {
            loadFrame();
        }
    }

    private String key() {
        return ctx.selection().industry() + "|" + grain.get() + "|" + target();
    }

    private void loadIndustries() {
        ctx.tasks().execute(BackgroundTask.of(() -> IndustryOption.list(ctx.app().reference().industries(), false))
                .onSuccess(industries::setAll));
    }

    private void loadPresets() {
        ctx.tasks().execute(BackgroundTask.of(() -> ctx.app().recommend().presets()).onSuccess(list -> {
            Preset keep = preset.get();
            presets.setAll(list);
            if (keep != null) {
                presets.stream().filter(p -> p.id().equals(keep.id())).findFirst().ifPresent(p -> {
                    applyingPreset = true;
                    preset.set(p);
                    applyingPreset = false;
                });
            }
        }));
    }

    /** Reads the selected industry's frame in the background (the slow part). */
    public void loadFrame() {
        loadedVersion = ctx.dataVersion();
        loadedKey = key();
        String industry = ctx.selection().industry();
        if (industry == null) {
            frame.clear();
            ranking.set(null);
            return;
        }
        char level = grain.get().charAt(0);
        Target target = target();
        frame.load(() -> ctx.app().recommend().frame(industry, level, target));
    }

    public Target target() {
        return new Target(age.get() == null ? Set.of() : Set.of(age.get()), gender.get(),
                time.get() == null ? Set.of() : Set.of(time.get()));
    }

    public Weights weights() {
        Map<Part, Double> m = new EnumMap<>(Part.class);
        weights.forEach((p, w) -> m.put(p, w.get()));
        return new Weights(m);
    }

    /** Re-weights the loaded frame in memory (the sliders call this; no database). */
    public void rerank() {
        ScoreFrame f = frame.get();
        if (f == null) {
            ranking.set(null);
            return;
        }
        ranking.set(ctx.app().recommend().rank(f, weights(), new Filter(Set.copyOf(gus), Set.copyOf(types)), target(), 0));
    }

    private void apply(Preset p) {
        if (p == null || applyingPreset) {
            return;
        }
        applyingPreset = true;
        try {
            for (Part part : Part.values()) {
                weights.get(part).set(p.weights().get(part));
            }
        } finally {
            applyingPreset = false;
        }
        rerank();
    }

    /** Saves the current weights as the user's own preset and selects it. */
    public void savePreset(String name) {
        Weights w = weights();
        ctx.tasks().execute(BackgroundTask.of(() -> {
            ctx.app().recommend().savePreset(name, w);
            return ctx.app().recommend().presets();
        }).onSuccess(list -> {
            presets.setAll(list);
            presets.stream().filter(p -> name.trim().equals(p.name())).findFirst().ifPresent(p -> {
                applyingPreset = true;
                preset.set(p);
                applyingPreset = false;
            });
        }).onFailure(ctx.dialogs()::showError));
    }

    public void deletePreset(Preset p) {
        if (p == null || p.builtIn()) {
            return;
        }
        ctx.tasks().execute(BackgroundTask.of(() -> {
            ctx.app().recommend().deletePreset(p.name());
            return ctx.app().recommend().presets();
        }).onSuccess(list -> {
            presets.setAll(list);
            preset.set(null);
        }).onFailure(ctx.dialogs()::showError));
    }

    /** 자치구 names present in the loaded frame, sorted. */
    public List<String> guNames() {
        ScoreFrame f = frame.get();
        if (f == null) {
            return List.of();
        }
        Set<String> names = new TreeSet<>();
        for (DistrictRef d : f.districts().values()) {
            if (d.guName() != null) {
                names.add(d.guName());
            }
        }
        return new ArrayList<>(names);
    }

    /** 업종 추천 for one district (the same parts and weights), in the background with progress in the status line. */
    public void loadAdvice(String district) {
        if (district == null) {
            advice.clear();
            return;
        }
        Weights w = weights();
        Target t = target();
        advice.load(() -> ctx.app().recommend().industriesFor(district, w, t, Progress.NONE));
    }

    /** The estimate model's expected sales for one row (point and 80% range). */
    public void loadExpected(String district) {
        chosen.set(district);
        String industry = ctx.selection().industry();
        if (district == null || industry == null) {
            expected.clear();
            return;
        }
        expected.load(() -> ctx.app().recommend().expected(district, industry));
    }

    public void openIn(String code, String screenId) {
        if (code == null) {
            return;
        }
        ctx.selection().setDistrict(code);
        ctx.navigator().show(screenId);
    }

    /** Puts the chosen rows (up to four) into 상권 비교 and shows it. */
    public void compare(List<String> codes) {
        List<String> chosen = new ArrayList<>(new LinkedHashSet<>(codes));
        if (chosen.isEmpty()) {
            return;
        }
        ctx.selection().compareDistricts().setAll(chosen.subList(0, Math.min(CompareService.MAX, chosen.size())));
        ctx.selection().setDistrict(chosen.get(0));
        ctx.navigator().show("compare");
    }

    public UiContext context() {
        return ctx;
    }

    public ObservableList<IndustryOption> industries() {
        return industries;
    }

    public StringProperty grainProperty() {
        return grain;
    }

    public ObservableSet<String> gus() {
        return gus;
    }

    public ObservableSet<String> types() {
        return types;
    }

    public StringProperty ageProperty() {
        return age;
    }

    public StringProperty genderProperty() {
        return gender;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public DoubleProperty weight(Part p) {
        return weights.get(p);
    }

    public ObservableList<Preset> presets() {
        return presets;
    }

    public ObjectProperty<Preset> presetProperty() {
        return preset;
    }

    public AsyncValue<ScoreFrame> frame() {
        return frame;
    }

    /** The district of the ranking row chosen last (null when none). */
    StringProperty chosenProperty() {
        return chosen;
    }

    /** State of the 가게 자리 (walk-in competition) tab, made on first use. */
    HuffViewModel huff() {
        if (huff == null) {
            huff = new HuffViewModel(ctx);
        }
        return huff;
    }

    public ObjectProperty<Ranking> rankingProperty() {
        return ranking;
    }

    public AsyncValue<IndustryAdvice> advice() {
        return advice;
    }

    public AsyncValue<ExpectedSales> expected() {
        return expected;
    }

    @Override
    public void dispose() {
        ctx.selection().industryProperty().removeListener(reload);
        ctx.dataVersionProperty().removeListener(dataChanged);
    }
}
