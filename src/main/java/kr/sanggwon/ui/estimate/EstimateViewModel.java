package kr.sanggwon.ui.estimate;

import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Level;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.estimate.Estimate;
import kr.sanggwon.estimate.EstimateService;
import kr.sanggwon.estimate.StoreDetails;
import kr.sanggwon.search.DistrictEntry;
import kr.sanggwon.search.DistrictSearch;
import kr.sanggwon.finance.CarriedSales;
import kr.sanggwon.finance.FinanceService;
import kr.sanggwon.finance.SalesBasis;
import kr.sanggwon.ui.shell.ModelRetrainer;
import kr.sanggwon.ui.shell.UiContext;
import kr.sanggwon.ui.task.BackgroundTask;

/**
 * State and actions of the 예상 매출 screen: choices, the current estimate, the shell's training with progress and cancel, and
 * carrying the estimate to the profit simulation. No scene-graph code; all service calls run through the TaskRunner.
 */
public final class EstimateViewModel {
    /** An industry in the chooser. */
    public record IndustryChoice(String code, String name) {
        @Override
        public String toString() {
            return name + " (" + code + ")";
        }
    }

    private final UiContext ctx;
    private final EstimateService service;
    /** Every district the picker knows: those with sales, and every 상권 of the catalog (with or without sales). */
    private final List<EstimateService.DistrictChoice> allDistricts = new java.util.ArrayList<>();
    /** The districts the picker shows: all, or those matching {@link #queryProperty()} as 상권 찾기 matches them. */
    private final ObservableList<EstimateService.DistrictChoice> districts = FXCollections.observableArrayList();
    private final java.util.Set<String> withSales = new java.util.HashSet<>();
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private DistrictSearch search = new DistrictSearch(List.of());
    /** A district where an estimate can be made instead of the chosen one (its 행정동), or null. */
    private final ReadOnlyObjectWrapper<EstimateService.DistrictChoice> offer = new ReadOnlyObjectWrapper<>(this, "offer");
    /** True while {@link #messageProperty()} holds the carry-over notice, which names the figure of one estimate. */
    private boolean carryNoticeShown;
    private final ObservableList<IndustryChoice> industries = FXCollections.observableArrayList();
    private final ObjectProperty<EstimateService.DistrictChoice> district = new SimpleObjectProperty<>(this, "district");
    private final ObjectProperty<IndustryChoice> industry = new SimpleObjectProperty<>(this, "industry");
    private final IntegerProperty sameIndustryStores = new SimpleIntegerProperty(this, "sameIndustryStores", 0);
    private final BooleanProperty countNewShop = new SimpleBooleanProperty(this, "countNewShop", false);
    private final ReadOnlyObjectWrapper<Estimate> estimate = new ReadOnlyObjectWrapper<>(this, "estimate");
    private final ReadOnlyObjectWrapper<Estimate> carried = new ReadOnlyObjectWrapper<>(this, "carried");
    /** This consultant's range calibration (사후 점검) while the case files are open and it has enough records; else null. */
    private final ReadOnlyObjectWrapper<kr.sanggwon.consult.RangeCalibration> calibration = new ReadOnlyObjectWrapper<>(this, "calibration");
    private final BooleanProperty needsTraining = new SimpleBooleanProperty(this, "needsTraining");
    private final BooleanProperty training = new SimpleBooleanProperty(this, "training");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", -1);
    private final StringProperty progressText = new SimpleStringProperty(this, "progressText", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ModelRetrainer retrainer;
    private final ChangeListener<Number> onDataVersion = (o, a, b) -> load();
    private final ChangeListener<Boolean> onImportStatus = (o, wasBusy, busy) -> {
        if (!busy) {
            load();
        }
    };
    private final ChangeListener<ModelRetrainer.Outcome> onTrained = (o, a, b) -> trainingEnded(b);
    private boolean syncing;
    /** Counts estimate requests, so an answer that arrives after a newer choice is dropped. */
    private long estimateRequests;
    private boolean errorShown;

    /**
     * Training is owned by the shell's {@link ModelRetrainer} (one training at a time, also without this screen): this
     * view model shows its state and asks it to train; when a training ends the screen reloads.
     */
    public EstimateViewModel(UiContext ctx) {
        this.ctx = ctx;
        this.service = ctx.app().estimateService();
        this.retrainer = ctx.retrainer();
        training.bind(retrainer.runningProperty());
        progress.bind(retrainer.progressProperty());
        progressText.bind(retrainer.progressTextProperty());
        ctx.dataVersionProperty().addListener(onDataVersion);
        ctx.dataState().busyProperty().addListener(onImportStatus);
        retrainer.outcomeProperty().addListener(onTrained);
        district.addListener((o, a, b) -> {
            choiceChanged();
            if (!syncing && b != null) {
                ctx.selection().setDistrict(b.code());
                runEstimate();
            }
        });
        industry.addListener((o, a, b) -> {
            choiceChanged();
            if (!syncing && b != null) {
                ctx.selection().setIndustry(b.code());
                runEstimate();
            }
        });
        // a district or industry opened on another screen (상권 찾기, 상권 현황…) is the one shown here
        ctx.selection().districtProperty().addListener(onSelectedDistrict);
        ctx.selection().industryProperty().addListener(onSelectedIndustry);
        query.addListener((o, a, b) -> filter());
    }

    private final ChangeListener<String> onSelectedDistrict = (o, a, b) -> {
        if (b == null || allDistricts.isEmpty() || (district.get() != null && district.get().code().equals(b))) {
            return;
        }
        allDistricts.stream().filter(d -> d.code().equals(b)).findFirst().ifPresent(district::set);
    };

    private final ChangeListener<String> onSelectedIndustry = (o, a, b) -> {
        if (b == null || (industry.get() != null && industry.get().code().equals(b))) {
            return;
        }
        industries.stream().filter(i -> i.code().equals(b)).findFirst().ifPresent(industry::set);
    };

    /** A new district or industry: the notices about the previous one no longer hold. */
    private void choiceChanged() {
        offer.set(null);
        if (carryNoticeShown) {
            carryNoticeShown = false;
            message.set("");
        }
    }

    private void filter() {
        String q = query.get() == null ? "" : query.get().trim();
        if (q.isEmpty()) {
            districts.setAll(allDistricts);
            return;
        }
        java.util.Map<String, EstimateService.DistrictChoice> byCode = new java.util.HashMap<>();
        allDistricts.forEach(d -> byCode.put(d.code(), d));
        districts.setAll(search.search(q, Integer.MAX_VALUE).stream().map(h -> byCode.get(h.entry().code()))
                .filter(java.util.Objects::nonNull).toList());
    }

    /** Loads the choices and the model state in the background, then estimates for the current selection. */
    public void load() {
        loading.set(true);
        ctx.tasks().execute(BackgroundTask.of(() -> {
            service.warmUp();
            return new Choices(service.districts(), ctx.app().districtCatalog().search().entries(), service.industries(),
                    service.needsTraining(), service.dataVersion());
        }).onSuccess(this::apply).onFailure(this::fail).onFinished(() -> loading.set(false)));
    }

    private record Choices(List<EstimateService.DistrictChoice> districts, List<DistrictEntry> catalog, Map<String, String> industries,
                           boolean needsTraining, long dataVersion) {
    }

    /**
     * The picker's list: the districts with sales, then every other 상권 of the catalog (an estimate there may still be
     * possible with the new-shop model, or for the 행정동 it lies in); searched with 상권 찾기's matcher.
     */
    private void choices(Choices c) {
        allDistricts.clear();
        withSales.clear();
        List<DistrictEntry> entries = new java.util.ArrayList<>();
        java.util.Map<String, DistrictEntry> catalog = new java.util.HashMap<>();
        c.catalog().forEach(e -> catalog.put(e.code(), e));
        for (EstimateService.DistrictChoice d : c.districts()) {
            allDistricts.add(d);
            withSales.add(d.code());
            DistrictEntry e = catalog.get(d.code());
            entries.add(e != null ? e : new DistrictEntry(d.code(), d.name(), null, Messages.get("estimate.grain." + d.grain().code()),
                    d.guName(), d.grain() == kr.sanggwon.common.Level.DONG ? d.name() : null, null, null));
        }
        for (DistrictEntry e : c.catalog()) {
            if (!withSales.contains(e.code())) {
                allDistricts.add(new EstimateService.DistrictChoice(e.code(), e.name(), e.guName(), kr.sanggwon.common.Level.TRDAR));
                entries.add(e);
            }
        }
        allDistricts.sort(java.util.Comparator.comparing(EstimateService.DistrictChoice::name));
        search = new DistrictSearch(entries);
        filter();
    }

    private void apply(Choices c) {
        syncing = true;
        try {
            choices(c);
            industries.setAll(c.industries().entrySet().stream().map(e -> new IndustryChoice(e.getKey(), e.getValue())).toList());
            needsTraining.set(c.needsTraining());
            district.set(pick(allDistricts, ctx.selection().district(), district.get()));
            IndustryChoice wanted = industries.stream().filter(i -> i.code().equals(ctx.selection().industry())).findFirst()
                    .orElse(industry.get() != null && industries.contains(industry.get()) ? industry.get()
                            : industries.isEmpty() ? null : industries.get(0));
            industry.set(wanted);
        } finally {
            syncing = false;
        }
        if (c.districts().isEmpty() && c.catalog().isEmpty()) {
            message.set(Messages.get("estimate.ui.noData"));
        } else if (c.needsTraining()) {
            if (retrainer.staleSeen(c.dataVersion())) {
                message.set(Messages.get("estimate.ui.autoTraining"));
                return;
            }
            message.set(Messages.get("estimate.ui.needsTraining"));
        }
        runEstimate();
    }

    private static EstimateService.DistrictChoice pick(List<EstimateService.DistrictChoice> list, String code,
                                                       EstimateService.DistrictChoice current) {
        for (EstimateService.DistrictChoice d : list) {
            if (d.code().equals(code)) {
                return d;
            }
        }
        if (current != null && list.contains(current)) {
            return current;
        }
        return list.isEmpty() ? null : list.get(0);
    }

    /** Estimates for the chosen district and industry (fast; in the background). */
    public void runEstimate() {
        EstimateService.DistrictChoice d = district.get();
        IndustryChoice i = industry.get();
        if (d == null || i == null || training.get()) {
            return;
        }
        long request = ++estimateRequests;
        ctx.tasks().execute(BackgroundTask.of(() -> answer(d, i))
                .onSuccess(a -> {
                    if (request != estimateRequests) {
                        return;   // the user chose again meanwhile: that newer answer is the one to show
                    }
                    Estimate e = a.estimate();
                    if (e != null && e.perStore() && e.stores() > 0) {
                        // the box shows the stores the data counts here (the figures are shared by them), not 0
                        sameIndustryStores.set((int) Math.round(e.stores()));
                    }
                    estimate.set(e);
                    if (e == null) {
                        // never leave another district's figures under this district's name
                        message.set(a.why());
                        errorShown = true;
                        offer.set(a.instead());
                        return;
                    }
                    if (errorShown) {
                        errorShown = false;
                        message.set("");
                    }
                    loadCalibration();
                })
                .onFailure(t -> {
                    if (request == estimateRequests) {
                        fail(t);
                    }
                }));
    }

    /**
     * Reads this consultant's calibration when the case files are unlocked (the actual sales are sealed in them); with
     * them locked, or too few 사후 점검 records, only the model's range is shown.
     */
    void loadCalibration() {
        kr.sanggwon.consult.ConsultService consult = ctx.app().consult();
        if (!consult.vault().isUnlocked()) {
            calibration.set(null);
            return;
        }
        ctx.tasks().execute(BackgroundTask.of(() -> consult.afterOpening().calibration())
                .onSuccess(c -> calibration.set(c.active() ? c : null))
                // locked meanwhile (idle time-out): the model's range stands alone
                .onFailure(t -> calibration.set(null)));
    }

    /** An estimate, or why there is none here and where one can be made instead. */
    private record Answer(Estimate estimate, String why, EstimateService.DistrictChoice instead) {
    }

    private Answer answer(EstimateService.DistrictChoice d, IndustryChoice i) {
        try {
            return new Answer(service.estimate(d.code(), i.code()), null, null);
        } catch (UserException u) {
            if (!"estimate.error.noSalesAtGrain".equals(u.key())) {
                throw u;
            }
            String grain = Messages.get("estimate.grain." + d.grain().code());
            EstimateService.DistrictChoice area = service.estimableArea(d.code()).orElse(null);
            String why = Messages.get("estimate.ui.noSalesHere", d.name(), grain);
            if (area != null) {
                why = why + " " + Messages.get("estimate.ui.offerArea", area.name(), i.name());
            }
            return new Answer(null, why, area);
        }
    }

    /** Shows the estimate of the offered area (the 행정동 the chosen 상권 lies in). */
    public void useOffer() {
        EstimateService.DistrictChoice area = offer.get();
        if (area != null) {
            district.set(allDistricts.stream().filter(x -> x.code().equals(area.code())).findFirst().orElse(area));
        }
    }

    /** Trains the models in the background with progress (through the shell's retrainer; nothing if one runs). */
    public void train() {
        retrainer.train();
    }

    /** Cancels the running training; no automatic retraining until the data changes again. */
    public void cancelTraining() {
        retrainer.cancel();
    }

    private void trainingEnded(ModelRetrainer.Outcome o) {
        if (o == null) {
            return;
        }
        switch (o.kind()) {
            case TRAINED -> {
                needsTraining.set(false);
                errorShown = false;
                message.set(Messages.get("estimate.ui.trained", Formats.number(o.result().millis() / 1000.0, 1)));
                load();
            }
            case CANCELLED -> message.set(Messages.get("estimate.ui.trainingCancelled"));
            case INTERRUPTED -> message.set(Messages.get("estimate.retrain.interrupted"));
            case FAILED -> {
                if (o.error() instanceof UserException u) {
                    message.set(u.localized());
                    errorShown = true;
                } else {
                    ctx.dialogs().showError(o.error());
                }
            }
        }
    }

    /** Stops listening to the shell (the screen is dropped, e.g. on a language switch). */
    public void dispose() {
        training.unbind();
        progress.unbind();
        progressText.unbind();
        ctx.dataVersionProperty().removeListener(onDataVersion);
        ctx.selection().districtProperty().removeListener(onSelectedDistrict);
        ctx.selection().industryProperty().removeListener(onSelectedIndustry);
        ctx.dataState().busyProperty().removeListener(onImportStatus);
        retrainer.outcomeProperty().removeListener(onTrained);
    }

    /**
     * Carries the estimate (district, industry, the new shop's monthly point and 80% range under the store details) into
     * 수익 분석 through the shared selection and opens that screen. A 행정동 total not split by the store details is
     * not one shop's sales: the notice line says so instead.
     */
    public void carryToFinance() {
        Estimate e = estimate.get();
        if (e == null) {
            return;
        }
        carried.set(e);
        try {
            SalesBasis sales = FinanceService.fromEstimate(e, storeDetails());
            ctx.selection().financeSalesProperty().set(new CarriedSales(e.district(), e.industry(), sales));
            ctx.navigator().show("finance");
        } catch (UserException u) {
            // about this district and industry only: it goes when the choice changes
            message.set(u.localized());
            carryNoticeShown = true;
        }
    }

    /** The optional store details as entered. */
    public StoreDetails storeDetails() {
        int n = Math.max(0, sameIndustryStores.get());
        Estimate e = estimate.get();
        if (e != null && e.perStore() && n == Math.round(e.stores())) {
            n = 0;   // the data's own count: the estimate's figures stand
        }
        return new StoreDetails(n, countNewShop.get());
    }

    /** Monthly sales per store of the new shop under the store details (the estimate's own when they change nothing). */
    public double monthlyPerStore(Estimate e) {
        StoreDetails.ForNewShop shop = storeDetails().forNewShop(e);
        return shop == null ? e.monthly() : shop.monthly();
    }

    private void fail(Throwable t) {
        if (t instanceof UserException u) {
            message.set(u.localized());
            errorShown = true;
            if ("estimate.error.noModel".equals(u.key())) {
                needsTraining.set(true);
            }
        } else {
            ctx.dialogs().showError(t);
        }
    }

    public ObservableList<EstimateService.DistrictChoice> districts() {
        return districts;
    }

    /** The picker's search text (name, 초성, 자치구, 행정동 or code, as in 상권 찾기). */
    public StringProperty queryProperty() {
        return query;
    }

    /** True when the district has sales data of its own (else only the new-shop model or its 행정동 can answer). */
    public boolean hasSales(String code) {
        return withSales.contains(code);
    }

    public ReadOnlyObjectProperty<EstimateService.DistrictChoice> offerProperty() {
        return offer.getReadOnlyProperty();
    }

    public ObservableList<IndustryChoice> industries() {
        return industries;
    }

    public ObjectProperty<EstimateService.DistrictChoice> districtProperty() {
        return district;
    }

    public ObjectProperty<IndustryChoice> industryProperty() {
        return industry;
    }

    /** Optional store detail, 상권 grain: the new shop shares the district's sales of the industry too. */
    public BooleanProperty countNewShopProperty() {
        return countNewShop;
    }

    /** Optional store detail: stores of the same industry already in the area (0 = not given). */
    public IntegerProperty sameIndustryStoresProperty() {
        return sameIndustryStores;
    }

    /** Saves the shown estimate (with its store details) as a scenario of the consultation open in 상담. */
    public void saveAsScenario() {
        kr.sanggwon.ui.consult.ScenarioSaving.saveEstimate(ctx, estimate.get(), storeDetails());
    }

    public ReadOnlyObjectProperty<Estimate> estimateProperty() {
        return estimate.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<kr.sanggwon.consult.RangeCalibration> calibrationProperty() {
        return calibration.getReadOnlyProperty();
    }

    /** The estimate carried to the profit simulation (null until the button was pressed). */
    public ReadOnlyObjectProperty<Estimate> carriedProperty() {
        return carried.getReadOnlyProperty();
    }

    public BooleanProperty needsTrainingProperty() {
        return needsTraining;
    }

    public ReadOnlyBooleanProperty trainingProperty() {
        return training;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** Training progress 0..1, or −1 when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText;
    }

    /** A notice or error line for the user (empty when none). */
    public StringProperty messageProperty() {
        return message;
    }
}
