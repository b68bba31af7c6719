package kr.sanggwon.ui.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.estimate.StoreDetails;
import kr.sanggwon.finance.Assumption;
import kr.sanggwon.finance.CarriedSales;
import kr.sanggwon.finance.FinanceRequest;
import kr.sanggwon.finance.FinanceResult;
import kr.sanggwon.finance.FinanceService;
import kr.sanggwon.finance.Investment;
import kr.sanggwon.finance.MonteCarlo;
import kr.sanggwon.finance.Param;
import kr.sanggwon.finance.Problem;
import kr.sanggwon.finance.SalesBasis;
import kr.sanggwon.finance.Scenario;
import kr.sanggwon.ui.shell.UiContext;
import kr.sanggwon.ui.task.BackgroundTask;

/**
 * State and actions of 수익 분석: the district and industry, the form's texts, live validation, the simulation result
 * (recomputed in the background whenever the inputs are valid) and a side-by-side scenario. No scene-graph code.
 */
public final class FinanceViewModel {
    /** A district or industry in a chooser. */
    public record Choice(String code, String name) {
        @Override
        public String toString() {
            return name + " (" + code + ")";
        }
    }

    private final UiContext ctx;
    private final FinanceService service;
    private final ObservableList<Choice> districts = FXCollections.observableArrayList();
    private final ObservableList<Choice> industries = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> district = new SimpleObjectProperty<>(this, "district");
    private final ObjectProperty<Choice> industry = new SimpleObjectProperty<>(this, "industry");
    private final Map<FinanceInput, StringProperty> inputs = new EnumMap<>(FinanceInput.class);
    private final BooleanProperty ownerPriced = new SimpleBooleanProperty(this, "ownerPriced", false);
    private final ObservableMap<FinanceInput, String> problems = FXCollections.observableMap(new EnumMap<>(FinanceInput.class));
    private final ObjectProperty<Map<Param, Assumption>> defaults = new SimpleObjectProperty<>(this, "defaults");
    private final ReadOnlyObjectWrapper<FinanceResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObjectProperty<Scenario.Kind> scenarioKind = new SimpleObjectProperty<>(this, "scenarioKind", Scenario.Kind.RENT);
    private final ObjectProperty<Choice> scenarioDistrict = new SimpleObjectProperty<>(this, "scenarioDistrict");
    private final StringProperty scenarioValue = new SimpleStringProperty(this, "scenarioValue", "");
    private final ReadOnlyObjectWrapper<Scenario.Comparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final StringProperty compareMessage = new SimpleStringProperty(this, "compareMessage", "");
    private final StringProperty salesOrigin = new SimpleStringProperty(this, "salesOrigin", "");
    private final ChangeListener<CarriedSales> onCarried = (o, a, b) -> take(b);
    private final ChangeListener<Map<String, String>> onPlan = (o, a, b) -> fillPlan(b);
    private boolean syncing;
    private long requests;
    private CarriedSales taken;
    /** The sales texts as set from an estimate, to tell whether the user has typed over them since. */
    private String[] estimateTexts;
    private SalesBasis estimateSales;
    /** 예상 매출 불러오기 was pressed while the choosers were still loading: fetch once they are there. */
    private boolean estimateWanted;

    public FinanceViewModel(UiContext ctx) {
        this.ctx = ctx;
        this.service = ctx.app().financeService();
        for (FinanceInput in : FinanceInput.values()) {
            StringProperty p = new SimpleStringProperty(this, in.name(), "");
            p.addListener((o, a, b) -> changed());
            inputs.put(in, p);
        }
        ownerPriced.addListener((o, a, b) -> changed());
        district.addListener((o, a, b) -> {
            if (!syncing && b != null) {
                ctx.selection().setDistrict(b.code());
                changed();
            }
        });
        industry.addListener((o, a, b) -> {
            if (!syncing && b != null) {
                ctx.selection().setIndustry(b.code());
                loadDefaults(true);
            }
        });
        ctx.selection().financeSalesProperty().addListener(onCarried);
        ctx.selection().financePlanProperty().addListener(onPlan);
        fillPlan(ctx.selection().financePlanProperty().get());
    }

    /** Fills the plan's boxes (a lesson's shop: investment, rent, staff); the others keep what they hold. */
    void fillPlan(Map<String, String> plan) {
        if (plan == null) {
            return;
        }
        syncing = true;
        try {
            plan.forEach((name, value) -> FinanceInput.named(name).ifPresent(in -> inputs.get(in).set(value)));
        } finally {
            syncing = false;
        }
        changed();
    }

    /** Loads the choosers and the defaults in the background, then takes up sales carried from 예상 매출. */
    public void load() {
        var estimates = ctx.app().estimateService();
        ctx.tasks().execute(BackgroundTask.of(() -> new Object[] {estimates.districts(), estimates.industries()})
                .onSuccess(r -> {
                    @SuppressWarnings("unchecked")
                    List<kr.sanggwon.estimate.EstimateService.DistrictChoice> ds = (List<kr.sanggwon.estimate.EstimateService.DistrictChoice>) r[0];
                    @SuppressWarnings("unchecked")
                    Map<String, String> is = (Map<String, String>) r[1];
                    syncing = true;
                    try {
                        districts.setAll(ds.stream().map(d -> new Choice(d.code(), d.guName() == null ? d.name() : d.name() + " · " + d.guName())).toList());
                        industries.setAll(is.entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue())).toList());
                        district.set(find(districts, ctx.selection().district(), district.get()));
                        industry.set(find(industries, ctx.selection().industry(), industry.get()));
                    } finally {
                        syncing = false;
                    }
                    CarriedSales c = ctx.selection().financeSalesProperty().get();
                    if (c != null && c != taken) {
                        take(c);
                    } else {
                        loadDefaults(defaults.get() == null);
                    }
                    if (estimateWanted) {
                        estimateWanted = false;
                        useEstimate();
                    }
                }).onFailure(this::fail));
    }

    private static Choice find(List<Choice> list, String code, Choice current) {
        return list.stream().filter(c -> c.code().equals(code)).findFirst()
                .orElse(current != null && list.contains(current) ? current : list.isEmpty() ? null : list.get(0));
    }

    /** Takes up sales carried from 예상 매출: district, industry, monthly point and range. */
    void take(CarriedSales c) {
        if (c == null || c == taken || districts.isEmpty()) {
            return;
        }
        taken = c;
        boolean newIndustry = industry.get() == null || !industry.get().code().equals(c.industry());
        syncing = true;
        try {
            district.set(find(districts, c.district(), district.get()));
            industry.set(find(industries, c.industry(), industry.get()));
            setSales(c.sales());
        } finally {
            syncing = false;
        }
        loadDefaults(newIndustry || defaults.get() == null);
    }

    /** Fetches the estimate of the chosen district and industry as the sales (per store; 행정동 totals are refused). */
    public void useEstimate() {
        Choice d = district.get();
        Choice i = industry.get();
        if (d == null || i == null) {
            // pressed right after the screen opened (a lesson's first step does): not lost, done once loaded
            estimateWanted = districts.isEmpty();
            return;
        }
        ctx.tasks().execute(BackgroundTask.of(() -> service.salesFromEstimate(d.code(), i.code(), StoreDetails.NONE))
                .onSuccess(s -> {
                    syncing = true;
                    try {
                        setSales(s);
                    } finally {
                        syncing = false;
                    }
                    changed();
                }).onFailure(this::fail));
    }

    private void setSales(SalesBasis s) {
        inputs.get(FinanceInput.SALES).set(moneyText(s.monthly()));
        inputs.get(FinanceInput.SALES_LOW).set(s.hasRange() ? moneyText(s.low()) : "");
        inputs.get(FinanceInput.SALES_HIGH).set(s.hasRange() ? moneyText(s.high()) : "");
        estimateSales = s;
        estimateTexts = salesTexts();
    }

    private String[] salesTexts() {
        return new String[] {text(FinanceInput.SALES), text(FinanceInput.SALES_LOW), text(FinanceInput.SALES_HIGH)};
    }

    /** Loads the defaults (bundled + saved) for the industry; {@code fill}: put them into the form. */
    void loadDefaults(boolean fill) {
        Choice i = industry.get();
        double sales = FinanceForm.money(text(FinanceInput.SALES), 0);
        ctx.tasks().execute(BackgroundTask.of(() -> service.defaults(i == null ? null : i.code(), Double.isNaN(sales) ? 0 : sales))
                .onSuccess(d -> {
                    defaults.set(d);
                    if (fill) {
                        syncing = true;
                        try {
                            FinanceForm.fill(d, inputs);
                        } finally {
                            syncing = false;
                        }
                    }
                    changed();
                }).onFailure(this::fail));
    }

    /** Saves the form's rates and utilities as this industry's own defaults (they replace the bundled ones). */
    public void saveDefaults() {
        Choice i = industry.get();
        if (i == null) {
            return;
        }
        Map<Param, Double> values = FinanceForm.values(inputs);
        ctx.tasks().execute(BackgroundTask.of(() -> {
            service.saveDefaults(i.code(), values);
            return values.size();
        }).onSuccess(n -> {
            message.set(Messages.get("finance.ui.saved", i.name()));
            loadDefaults(false);
        }).onFailure(this::fail));
    }

    /** Forgets this industry's own defaults and puts the bundled ones back into the form. */
    public void resetDefaults() {
        Choice i = industry.get();
        if (i == null) {
            return;
        }
        ctx.tasks().execute(BackgroundTask.of(() -> {
            service.resetDefaults(i.code());
            return i;
        }).onSuccess(x -> {
            message.set(Messages.get("finance.ui.reset", i.name()));
            loadDefaults(true);
        }).onFailure(this::fail));
    }

    /** The request the form describes now, or null without a district and industry. */
    FinanceRequest request() {
        Choice d = district.get();
        Choice i = industry.get();
        if (d == null || i == null) {
            return null;
        }
        SalesBasis sales = FinanceForm.sales(inputs);
        if (estimateTexts != null && java.util.Arrays.equals(estimateTexts, salesTexts())) {
            sales = estimateSales;
        }
        return FinanceForm.request(d.code(), i.code(), sales, inputs, ownerPriced.get());
    }

    private void changed() {
        if (syncing) {
            return;
        }
        FinanceRequest r = request();
        Map<Param, Assumption> d = defaults.get();
        if (r == null || d == null) {
            return;
        }
        salesOrigin.set(Messages.get(r.sales() != null && r.sales().origin() == SalesBasis.Origin.ESTIMATE
                ? "finance.ui.fromEstimate" : "finance.ui.typed"));
        List<Problem> found = FinanceService.check(r, d);
        Map<FinanceInput, String> byInput = new EnumMap<>(FinanceInput.class);
        for (Problem p : found) {
            for (FinanceInput in : FinanceInput.values()) {
                if (in.field() == p.field() && !byInput.containsKey(in)) {
                    byInput.put(in, Messages.get(p.key(), p.args()));
                }
            }
        }
        problems.keySet().retainAll(byInput.keySet());
        problems.putAll(byInput);
        if (!found.isEmpty()) {
            return;
        }
        long request = ++requests;
        ctx.tasks().execute(BackgroundTask.of(() -> service.analyze(r)).onSuccess(res -> {
            if (request == requests) {
                result.set(res);
                message.set("");
            }
        }).onFailure(t -> {
            if (request == requests) {
                fail(t);
            }
        }));
    }

    /** Puts the current plan and its variant side by side. */
    public void compare() {
        FinanceRequest base = request();
        if (base == null || !problems.isEmpty()) {
            compareMessage.set(Messages.get("finance.ui.fixFirst"));
            return;
        }
        Scenario s = switch (scenarioKind.get()) {
            case DISTRICT -> scenarioDistrict.get() == null ? null : Scenario.district(scenarioDistrict.get().code());
            case RENT -> Scenario.rent(FinanceForm.money(scenarioValue.get(), Double.NaN));
            case DELIVERY -> Scenario.delivery(FinanceForm.percent(scenarioValue.get()));
        };
        if (s == null) {
            compareMessage.set(Messages.get("finance.ui.pickDistrict"));
            return;
        }
        ctx.tasks().execute(BackgroundTask.of(() -> service.compare(base, s)).onSuccess(c -> {
            comparison.set(c);
            compareMessage.set("");
        }).onFailure(t -> {
            if (t instanceof UserException u) {
                comparison.set(null);
                compareMessage.set(u.localized());
            } else {
                ctx.dialogs().showError(t);
            }
        }));
    }

    private void fail(Throwable t) {
        if (t instanceof UserException u) {
            result.set(null);
            message.set(u.localized());
        } else {
            ctx.dialogs().showError(t);
        }
    }

    public void dispose() {
        ctx.selection().financeSalesProperty().removeListener(onCarried);
        ctx.selection().financePlanProperty().removeListener(onPlan);
    }

    /** Saves the result shown (plan, P&amp;L, break-even, payback, loss probability) into the consultation open in 상담. */
    public void saveAsScenario() {
        kr.sanggwon.ui.consult.ScenarioSaving.saveFinance(ctx, result.get());
    }

    static String moneyText(double won) {
        return Formats.number(Math.round(won), 0);
    }

    static String percentText(double ratio) {
        return BigDecimal.valueOf(ratio * 100).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private String text(FinanceInput in) {
        return inputs.get(in).get();
    }

    public StringProperty input(FinanceInput in) {
        return inputs.get(in);
    }

    public ObservableMap<FinanceInput, String> problems() {
        return problems;
    }

    public ObservableList<Choice> districts() {
        return districts;
    }

    public ObservableList<Choice> industries() {
        return industries;
    }

    public ObjectProperty<Choice> districtProperty() {
        return district;
    }

    public ObjectProperty<Choice> industryProperty() {
        return industry;
    }

    public BooleanProperty ownerPricedProperty() {
        return ownerPriced;
    }

    public ObjectProperty<Map<Param, Assumption>> defaultsProperty() {
        return defaults;
    }

    public ReadOnlyObjectProperty<FinanceResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ObjectProperty<Scenario.Kind> scenarioKindProperty() {
        return scenarioKind;
    }

    public ObjectProperty<Choice> scenarioDistrictProperty() {
        return scenarioDistrict;
    }

    /** The variant's rent (money) or delivery share (percent), by the scenario kind. */
    public StringProperty scenarioValueProperty() {
        return scenarioValue;
    }

    public ReadOnlyObjectProperty<Scenario.Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty compareMessageProperty() {
        return compareMessage;
    }

    /** "예상 매출에서 가져옴" or "직접 입력". */
    public StringProperty salesOriginProperty() {
        return salesOrigin;
    }

    static long seed() {
        return MonteCarlo.DEFAULT_SEED;
    }
}
