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
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.estimate.Estimate;
import kr.sanggwon.estimate.EstimateService;
import kr.sanggwon.estimate.StoreDetails;
import kr.sanggwon.ui.shell.ModelRetrainer;
import kr.sanggwon.ui.shell.ScreenCatalog;
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
    private final ObservableList<EstimateService.DistrictChoice> districts = FXCollections.observableArrayList();
    private final ObservableList<IndustryChoice> industries = FXCollections.observableArrayList();
    private final ObjectProperty<EstimateService.DistrictChoice> district = new SimpleObjectProperty<>(this, "district");
    private final ObjectProperty<IndustryChoice> industry = new SimpleObjectProperty<>(this, "industry");
    private final IntegerProperty sameIndustryStores = new SimpleIntegerProperty(this, "sameIndustryStores", 0);
    private final BooleanProperty countNewShop = new SimpleBooleanProperty(this, "countNewShop", false);
    private final ReadOnlyObjectWrapper<Estimate> estimate = new ReadOnlyObjectWrapper<>(this, "estimate");
    private final ReadOnlyObjectWrapper<Estimate> carried = new ReadOnlyObjectWrapper<>(this, "carried");
    private final BooleanProperty needsTraining = new SimpleBooleanProperty(this, "needsTraining");
    private final BooleanProperty training = new SimpleBooleanProperty(this, "training");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", -1);
    private final StringProperty progressText = new SimpleStringProperty(this, "progressText", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ModelRetrainer retrainer;
    private final ChangeListener<Number> onDataVersion = (o, a, b) -> load();
    private final ChangeListener<String> onImportStatus = (o, a, b) -> {
        if (b == null || b.isEmpty()) {
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
        ctx.importStatusProperty().addListener(onImportStatus);
        retrainer.outcomeProperty().addListener(onTrained);
        district.addListener((o, a, b) -> {
            if (!syncing && b != null) {
                ctx.selection().setDistrict(b.code());
                runEstimate();
            }
        });
        industry.addListener((o, a, b) -> {
            if (!syncing && b != null) {
                ctx.selection().setIndustry(b.code());
                runEstimate();
            }
        });
    }

    /** Loads the choices and the model state in the background, then estimates for the current selection. */
    public void load() {
        loading.set(true);
        ctx.tasks().execute(BackgroundTask.of(() -> {
            service.warmUp();
            return new Choices(service.districts(), service.industries(), service.needsTraining(), service.dataVersion());
        }).onSuccess(this::apply).onFailure(this::fail).onFinished(() -> loading.set(false)));
    }

    private record Choices(List<EstimateService.DistrictChoice> districts, Map<String, String> industries, boolean needsTraining,
                           long dataVersion) {
    }

    private void apply(Choices c) {
        syncing = true;
        try {
            districts.setAll(c.districts());
            industries.setAll(c.industries().entrySet().stream().map(e -> new IndustryChoice(e.getKey(), e.getValue())).toList());
            needsTraining.set(c.needsTraining());
            district.set(pick(districts, ctx.selection().district(), district.get()));
            IndustryChoice wanted = industries.stream().filter(i -> i.code().equals(ctx.selection().industry())).findFirst()
                    .orElse(industry.get() != null && industries.contains(industry.get()) ? industry.get()
                            : industries.isEmpty() ? null : industries.get(0));
            industry.set(wanted);
        } finally {
            syncing = false;
        }
        if (c.districts().isEmpty()) {
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
        ctx.tasks().execute(BackgroundTask.of(() -> service.estimate(d.code(), i.code()))
                .onSuccess(e -> {
                    if (request != estimateRequests) {
                        return;   // the user chose again meanwhile: that newer answer is the one to show
                    }
                    estimate.set(e);
                    if (errorShown) {
                        errorShown = false;
                        message.set("");
                    }
                })
                .onFailure(t -> {
                    if (request == estimateRequests) {
                        fail(t);
                    }
                }));
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
        ctx.importStatusProperty().removeListener(onImportStatus);
        retrainer.outcomeProperty().removeListener(onTrained);
    }

    /**
     * Keeps the estimate for the profit simulation. While there is no 수익 분석 screen yet, the estimate stays in
     * {@link #carriedProperty()} and a notice says so (no stand-in screen).
     */
    public void carryToFinance() {
        Estimate e = estimate.get();
        if (e == null) {
            return;
        }
        carried.set(e);
        boolean financeExists = ScreenCatalog.find("finance").map(ScreenCatalog.Entry::available).orElse(false);
        if (financeExists) {
            ctx.navigator().show("finance");
        } else {
            message.set(Messages.get("estimate.ui.carriedNoFinance", Formats.money(Math.round(monthlyPerStore(e)))));
        }
    }

    /** The optional store details as entered. */
    public StoreDetails storeDetails() {
        return new StoreDetails(Math.max(0, sameIndustryStores.get()), countNewShop.get());
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
