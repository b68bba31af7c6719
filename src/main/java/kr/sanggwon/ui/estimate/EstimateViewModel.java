package kr.sanggwon.ui.estimate;

import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.estimate.Estimate;
import kr.sanggwon.estimate.EstimateService;
import kr.sanggwon.estimate.Trainer;
import kr.sanggwon.ui.shell.ScreenCatalog;
import kr.sanggwon.ui.shell.UiContext;
import kr.sanggwon.ui.task.BackgroundTask;

/**
 * State and actions of the 예상 매출 screen: choices, the current estimate, training with progress and cancel, and
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
    private final ReadOnlyObjectWrapper<Estimate> estimate = new ReadOnlyObjectWrapper<>(this, "estimate");
    private final ReadOnlyObjectWrapper<Estimate> carried = new ReadOnlyObjectWrapper<>(this, "carried");
    private final BooleanProperty needsTraining = new SimpleBooleanProperty(this, "needsTraining");
    private final BooleanProperty training = new SimpleBooleanProperty(this, "training");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", -1);
    private final StringProperty progressText = new SimpleStringProperty(this, "progressText", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private BackgroundTask<Trainer.Result> trainTask;
    private boolean syncing;
    private boolean errorShown;

    private final boolean autoTrain;

    /** {@code autoTrain}: start training by itself when the loaded data has sales but no model at all yet. */
    public EstimateViewModel(UiContext ctx, boolean autoTrain) {
        this.ctx = ctx;
        this.autoTrain = autoTrain;
        this.service = ctx.app().estimateService();
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
            return new Choices(service.districts(), service.industries(), service.needsTraining(), service.currentModels().isEmpty());
        }).onSuccess(this::apply).onFailure(this::fail).onFinished(() -> loading.set(false)));
    }

    private record Choices(List<EstimateService.DistrictChoice> districts, Map<String, String> industries, boolean needsTraining,
                           boolean noModel) {
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
            message.set(Messages.get("estimate.ui.needsTraining"));
            if (autoTrain && c.noModel()) {
                message.set(Messages.get("estimate.ui.autoTraining"));
                train();
                return;
            }
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
        ctx.tasks().execute(BackgroundTask.of(() -> service.estimate(d.code(), i.code()))
                .onSuccess(e -> {
                    estimate.set(e);
                    if (errorShown) {
                        errorShown = false;
                        message.set("");
                    }
                })
                .onFailure(this::fail));
    }

    /** Trains the models in the background with progress; {@link #cancelTraining()} stops it. */
    public void train() {
        if (training.get()) {
            return;
        }
        training.set(true);
        progress.set(-1);
        progressText.set(Messages.get("estimate.ui.trainingStarted"));
        trainTask = BackgroundTask.withProgress(service::train)
                .onProgress(u -> {
                    progress.set(u.fraction());
                    progressText.set(u.message());
                })
                .onSuccess(r -> {
                    needsTraining.set(false);
                    message.set(Messages.get("estimate.ui.trained", Formats.number(r.millis() / 1000.0, 1)));
                    training.set(false);
                    runEstimate();
                })
                .onCancelled(() -> message.set(Messages.get("estimate.ui.trainingCancelled")))
                .onFailure(this::fail)
                .onFinished(() -> {
                    training.set(false);
                    progressText.set("");
                });
        ctx.tasks().execute(trainTask);
    }

    public void cancelTraining() {
        if (trainTask != null) {
            trainTask.cancel();
        }
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

    /** Monthly sales per store: the estimate's own at 상권 grain; at 행정동 grain the cell total split by the stores entered. */
    public double monthlyPerStore(Estimate e) {
        if (e.perStore() || sameIndustryStores.get() <= 0) {
            return e.monthly();
        }
        return e.monthly() / (sameIndustryStores.get() + 1);
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

    /** Optional store detail: stores of the same industry already in the 행정동 (0 = not given). */
    public IntegerProperty sameIndustryStoresProperty() {
        return sameIndustryStores;
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

    public BooleanProperty trainingProperty() {
        return training;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** Training progress 0..1, or −1 when unknown. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    /** A notice or error line for the user (empty when none). */
    public StringProperty messageProperty() {
        return message;
    }
}
