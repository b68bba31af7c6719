package kr.sanggwon.ui.consult;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import kr.sanggwon.backup.ClientPurge;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.UserException;
import kr.sanggwon.consult.Client;
import kr.sanggwon.consult.ClientInput;
import kr.sanggwon.consult.ConsultDates;
import kr.sanggwon.consult.ConsultException;
import kr.sanggwon.consult.ConsultService;
import kr.sanggwon.consult.Consultation;
import kr.sanggwon.consult.EditConflictException;
import kr.sanggwon.consult.ConsultationInput;
import kr.sanggwon.consult.Freshness;
import kr.sanggwon.consult.IdleLock;
import kr.sanggwon.consult.Recomputed;
import kr.sanggwon.consult.Scenario;
import kr.sanggwon.ui.shell.ScreenModel;
import kr.sanggwon.ui.shell.UiContext;
import kr.sanggwon.ui.task.BackgroundTask;

/**
 * State of 상담: the vault's phase (set up, locked, open), the client list with search, the chosen client's
 * consultations, the chosen consultation's scenarios, upcoming follow-ups and recent consultations. All database and
 * key work runs through the task runner; validation problems land in {@link #messageProperty()}.
 */
public final class ConsultViewModel implements ScreenModel {
    public static final String SCREEN = "consult";

    /** What the screen shows. */
    public enum Phase { LOADING, SAMPLE, SET_UP, LOCKED, OPEN }

    /** The client form as typed; budget in 만원. */
    public record ClientForm(String name, String phone, String email, String idea, String industry, String budgetMan,
                             String target, String notes) {
    }

    /** The consultation form as typed; dates as text. */
    public record ConsultationForm(String date, String place, String notes, String nextSteps, String followUp) {
    }

    private final UiContext ctx;
    private final ConsultService service;
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(this, "phase", Phase.LOADING);
    private final Notice notice = new Notice();
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<Client> clients = FXCollections.observableArrayList();
    private final ObservableList<ConsultService.Listed> followUps = FXCollections.observableArrayList();
    private final ObservableList<ConsultService.Listed> recent = FXCollections.observableArrayList();
    private final ObjectProperty<Client> client = new SimpleObjectProperty<>(this, "client");
    private final ObservableList<Consultation> consultations = FXCollections.observableArrayList();
    private final ObjectProperty<Consultation> consultation = new SimpleObjectProperty<>(this, "consultation");
    private final ObservableList<Scenario> scenarios = FXCollections.observableArrayList();
    private final ObjectProperty<Scenario> scenario = new SimpleObjectProperty<>(this, "scenario");
    private final ObjectProperty<Freshness> freshness = new SimpleObjectProperty<>(this, "freshness");
    private final ObjectProperty<Recomputed> recomputed = new SimpleObjectProperty<>(this, "recomputed");
    /** Goes up whenever the lists reload (screen shown again, a client saved): the 관심 목록 reloads with them. */
    private final javafx.beans.property.IntegerProperty listsReloaded = new javafx.beans.property.SimpleIntegerProperty(this, "listsReloaded");
    private javafx.animation.Timeline idleCheck;
    private final IntegerProperty idleMinutes = new SimpleIntegerProperty(this, "idleMinutes", IdleLock.DEFAULT_MINUTES);
    /** Set when a save found that someone else saved (or deleted) the record first; the view asks what to keep. */
    private final ObjectProperty<EditConflictPrompt> conflict = new SimpleObjectProperty<>(this, "conflict");

    public ConsultViewModel(UiContext ctx) {
        this.ctx = ctx;
        this.service = ctx.app().consult();
        search.addListener((o, a, b) -> {
            if (phase.get() == Phase.OPEN) {
                reloadClients();
            }
        });
    }

    @Override
    public void refreshIfStale() {
        checkPhase();
    }

    /** Reads whether a passphrase exists and whether the vault is open, then loads the lists when it is. */
    public void checkPhase() {
        if (ctx.workspaces().current().isSample()) {   // case files never live beside the fictional city
            phase.set(Phase.SAMPLE);
            forget();
            return;
        }
        run(() -> service.idleLock().minutes(), idleMinutes::set);
        run(() -> service.vault().isSetUp() ? (service.vault().isUnlocked() ? Phase.OPEN : Phase.LOCKED) : Phase.SET_UP, p -> {
            phase.set(p);
            if (p == Phase.OPEN) {
                reloadLists();
                Consultation k = consultation.get();
                if (k != null) {
                    run(() -> service.scenarios(k.id()), scenarios::setAll);   // saved from another screen meanwhile
                }
            } else {
                forget();
            }
        });
    }

    /** Called by the view's idle timer: shows the lock screen once the vault locked itself. */
    public void checkIdle() {
        if (phase.get() == Phase.OPEN && !service.vault().isUnlocked()) {
            phase.set(Phase.LOCKED);
            forget();
        }
    }

    /** User activity in 상담 keeps it open. */
    public void touch() {
        service.vault().touch();
    }

    public void setUp(char[] passphrase, char[] repeat, String consultant) {
        run(() -> {
            service.vault().setUp(passphrase, repeat);
            if (consultant != null && !consultant.isBlank()) {
                service.setConsultantName(consultant);
            }
            return Phase.OPEN;
        }, this::opened);
    }

    public void unlock(char[] passphrase) {
        run(() -> {
            service.vault().unlock(passphrase);
            return Phase.OPEN;
        }, this::opened);
    }

    public void changePassphrase(char[] old, char[] passphrase, char[] repeat) {
        run(() -> {
            service.vault().changePassphrase(old, passphrase, repeat);
            return Messages.get("consult.ui.passphraseChanged");
        }, notice::ok);
    }

    /** Stores the idle time typed (1–120 minutes) as this workspace's setting; the vault uses it at once. */
    public void saveIdleLock(String minutesText) {
        run(() -> {
            int m = IdleLock.parse(minutesText);
            service.idleLock().set(m);
            return m;
        }, m -> {
            idleMinutes.set(m);
            notice.ok(Messages.get("consult.ui.idleSaved", m));
        });
    }

    public void lock() {
        service.vault().lock();
        phase.set(Phase.LOCKED);
        forget();
    }

    private void opened(Phase p) {
        notice.clear();
        phase.set(p);
        reloadLists();
    }

    private void forget() {
        clients.clear();
        followUps.clear();
        recent.clear();
        consultations.clear();
        scenarios.clear();
        client.set(null);
        consultation.set(null);
        scenario.set(null);
        recomputed.set(null);
        ctx.openCase().close();
    }

    public void reloadLists() {
        listsReloaded.set(listsReloaded.get() + 1);
        reloadClients();
        run(() -> List.of(service.upcomingFollowUps(LocalDate.now(), 20), service.recentConsultations(20)), both -> {
            followUps.setAll(both.get(0));
            recent.setAll(both.get(1));
        });
    }

    private void reloadClients() {
        String q = search.get();
        run(() -> service.search(q), list -> {
            if (q.equals(search.get())) {
                clients.setAll(list);
            }
        });
    }

    // ---- clients ----

    public void selectClient(Client c) {
        client.set(c);
        consultation.set(null);
        scenarios.clear();
        scenario.set(null);
        if (c == null) {
            consultations.clear();
            return;
        }
        run(() -> service.consultations(c.id()), consultations::setAll);
    }

    /** Starts a new, empty client form. */
    public void newClient() {
        selectClient(null);
        notice.clear();
    }

    public void saveClient(ClientForm f) {
        Client current = client.get();
        ClientInput[] typed = new ClientInput[1];
        runSave(() -> {
            ClientInput in = new ClientInput(f.name(), f.phone(), f.email(), f.idea(), f.industry(), budget(f.budgetMan()), f.target(), f.notes());
            typed[0] = in;
            return current == null ? service.addClient(in) : service.updateClient(current.id(), current.version(), in);
        }, this::clientSaved, e -> clientConflict(e, typed[0]));
    }

    private void clientSaved(Client saved) {
        notice.ok(Messages.get("consult.ui.clientSaved", saved.name()));
        reloadLists();
        selectClient(saved);
    }

    private void clientConflict(EditConflictException e, ClientInput mine) {
        conflict.set(EditConflictPrompt.client(e, mine, choice -> {
            conflict.set(null);
            switch (choice) {
                case KEEP_MINE -> runSave(() -> service.keepMine(e, mine), this::clientSaved, again -> clientConflict(again, mine));
                case KEEP_BOTH -> runSave(() -> service.addClient(mine), this::clientSaved, again -> clientConflict(again, mine));
                case KEEP_THEIRS -> {
                    reloadLists();
                    if (e.theirs() instanceof Client theirs) {
                        selectClient(theirs);
                    } else {
                        newClient();
                    }
                    notice.ok(Messages.get("consult.conflict.keptTheirs"));
                }
            }
        }));
    }

    public void deleteClient() {
        Client c = client.get();
        if (c == null || !ctx.dialogs().confirm(Messages.get("consult.ui.deleteClient"), Messages.get("consult.ui.deleteClientConfirm", c.name()))) {
            return;
        }
        run(() -> {
            service.deleteClient(c.id());
            return c;
        }, gone -> {
            newClient();
            reloadLists();
        });
    }

    static Long budget(String man) {
        String t = man == null ? "" : man.replace(",", "").replace("만원", "").strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Math.round(Double.parseDouble(t) * 10_000);
        } catch (NumberFormatException e) {
            throw new ConsultException("consult.error.budgetText", man);
        }
    }

    /** True when this window can close and reopen its workspace, which erasing for good needs (to compact the file). */
    public boolean canPurge() {
        return ctx.workspaces().canSwitch();
    }

    /**
     * Erases the chosen client for good once {@code typedName} is exactly the client's name: deletes the rows (their
     * consultations, scenarios, surveys and actual sales go with them), then lets the session close the workspace,
     * compact the file, delete the older backups that still hold the client, take a fresh one and reopen.
     */
    public void purgeClient(String typedName) {
        Client c = client.get();
        if (c == null) {
            return;
        }
        if (!sameName(typedName, c.name())) {
            notice.refuse(Messages.get("consult.ui.purgeNameMismatch"));
            return;
        }
        String title = Messages.get("consult.ui.purgeTitle");
        run(() -> {
            service.deleteClient(c.id());
            return c.id();
        }, gone -> {
            forget();
            ctx.workspaces().reopenAfter(title, ClientPurge::compactAndRotate, Messages.get("consult.ui.purgeDone"));
        });
    }

    static boolean sameName(String typed, String name) {
        if (typed == null || name == null || typed.isBlank()) {
            return false;
        }
        java.text.Normalizer.Form nfc = java.text.Normalizer.Form.NFC;
        return java.text.Normalizer.normalize(typed.strip(), nfc).equals(java.text.Normalizer.normalize(name.strip(), nfc));
    }

    // ---- consultations ----

    public void newConsultation() {
        consultation.set(null);
        scenarios.clear();
        scenario.set(null);
        ctx.openCase().close();
    }

    public void selectConsultation(Consultation k) {
        consultation.set(k);
        scenario.set(null);
        recomputed.set(null);
        if (k == null) {
            scenarios.clear();
            return;
        }
        Client c = client.get();
        ctx.openCase().open(k.id(), (c == null ? "" : c.name() + " · ") + k.heldOn());
        run(() -> service.scenarios(k.id()), scenarios::setAll);
    }

    public void saveConsultation(ConsultationForm f) {
        Client c = client.get();
        if (c == null) {
            notice.refuse(Messages.get("consult.ui.pickClientFirst"));
            return;
        }
        Consultation current = consultation.get();
        ConsultationInput[] typed = new ConsultationInput[1];
        runSave(() -> {
            ConsultationInput in = new ConsultationInput(ConsultDates.parse(f.date()), f.place(), f.notes(), f.nextSteps(),
                    ConsultDates.parse(f.followUp()));
            typed[0] = in;
            return current == null ? service.addConsultation(c.id(), in) : service.updateConsultation(current.id(), current.version(), in);
        }, saved -> consultationSaved(c, saved), e -> consultationConflict(e, c, typed[0]));
    }

    private void consultationSaved(Client c, Consultation saved) {
        notice.ok(Messages.get("consult.ui.consultationSaved", saved.heldOn().toString()));
        run(() -> service.consultations(c.id()), list -> {
            consultations.setAll(list);
            selectConsultation(saved);
        });
        reloadLists();
    }

    private void consultationConflict(EditConflictException e, Client c, ConsultationInput mine) {
        conflict.set(EditConflictPrompt.consultation(e, mine, choice -> {
            conflict.set(null);
            switch (choice) {
                case KEEP_MINE -> runSave(() -> service.keepMine(e, c.id(), mine), saved -> consultationSaved(c, saved),
                        again -> consultationConflict(again, c, mine));
                case KEEP_BOTH -> runSave(() -> service.addConsultation(c.id(), mine), saved -> consultationSaved(c, saved),
                        again -> consultationConflict(again, c, mine));
                case KEEP_THEIRS -> {
                    run(() -> service.consultations(c.id()), list -> {
                        consultations.setAll(list);
                        selectConsultation(e.theirs() instanceof Consultation theirs ? theirs : null);
                    });
                    notice.ok(Messages.get("consult.conflict.keptTheirs"));
                }
            }
        }));
    }

    /** Opens a consultation from the follow-up or recent list: its client, then the consultation. */
    public void openListed(ConsultService.Listed l) {
        client.set(l.client());
        run(() -> service.consultations(l.client().id()), list -> {
            consultations.setAll(list);
            selectConsultation(l.consultation());
        });
    }

    // ---- scenarios ----

    public void selectScenario(Scenario s) {
        scenario.set(s);
        recomputed.set(null);
        freshness.set(null);
        if (s != null) {
            run(() -> service.freshness(s), freshness::set);
        }
    }

    /** Reloads the scenarios after one changed elsewhere (a survey or attachment saved), keeping it chosen. */
    public void refreshScenario(long id) {
        Consultation k = consultation.get();
        if (k == null) {
            return;
        }
        run(() -> service.scenarios(k.id()), list -> {
            scenarios.setAll(list);
            list.stream().filter(x -> x.id() == id).findFirst().ifPresent(scenario::set);
        });
    }

    public void recompute() {
        Scenario s = scenario.get();
        if (s != null) {
            run(() -> service.recompute(s), recomputed::set);
        }
    }

    /** Leaves the saved scenario as it is (nothing is written) and closes the side-by-side. */
    public void keepSaved() {
        recomputed.set(null);
    }

    /** Replaces the saved numbers with the recomputed ones. */
    public void takeRecomputed() {
        Recomputed r = recomputed.get();
        if (r == null || !r.possible()) {
            return;
        }
        runSave(() -> service.replaceSnapshot(r.saved().id(), r.saved().version(), r.fresh()), this::scenarioSaved,
                e -> scenarioConflict(e, r.saved().consultationId(), r.fresh()));
    }

    private void scenarioSaved(Scenario saved) {
        recomputed.set(null);
        Consultation k = consultation.get();
        if (k == null) {
            return;
        }
        run(() -> service.scenarios(k.id()), list -> {
            scenarios.setAll(list);
            selectScenario(list.stream().filter(x -> x.id() == saved.id()).findFirst().orElse(null));
        });
    }

    private void scenarioConflict(EditConflictException e, long consultationId, kr.sanggwon.consult.ScenarioSnapshot mine) {
        conflict.set(EditConflictPrompt.scenario(e, mine, choice -> {
            conflict.set(null);
            switch (choice) {
                case KEEP_MINE -> runSave(() -> service.keepMine(e, consultationId, mine), this::scenarioSaved,
                        again -> scenarioConflict(again, consultationId, mine));
                case KEEP_BOTH -> runSave(() -> service.saveSnapshot(consultationId, mine), this::scenarioSaved,
                        again -> scenarioConflict(again, consultationId, mine));
                case KEEP_THEIRS -> {
                    recomputed.set(null);
                    Consultation k = consultation.get();
                    if (k != null) {
                        selectConsultation(k);
                    }
                    notice.ok(Messages.get("consult.conflict.keptTheirs"));
                }
            }
        }));
    }

    public void deleteScenario() {
        Scenario s = scenario.get();
        if (s == null || !ctx.dialogs().confirm(Messages.get("consult.ui.deleteScenario"), s.snapshot().title())) {
            return;
        }
        run(() -> {
            service.deleteScenario(s.id());
            return s;
        }, gone -> selectConsultation(consultation.get()));
    }

    private <T> void run(Callable<T> work, Consumer<T> done) {
        ctx.tasks().execute(BackgroundTask.of(work).onSuccess(done).onFailure(this::failed));
    }

    /** Like {@link #run}, but a save that lost the race goes to {@code conflicted} instead of the message line. */
    private <T> void runSave(Callable<T> work, Consumer<T> done, Consumer<EditConflictException> conflicted) {
        ctx.tasks().execute(BackgroundTask.of(work).onSuccess(done).onFailure(e -> {
            if (e instanceof EditConflictException c) {
                notice.refuse(c.localized());
                conflicted.accept(c);
            } else {
                failed(e);
            }
        }));
    }

    private void failed(Throwable e) {
        if (e instanceof ConsultException ce && ce.key().equals("consult.vault.locked")) {
            phase.set(Phase.LOCKED);
            forget();
        }
        if (e instanceof UserException ue) {
            notice.refuse(ue.localized());
        } else {
            ctx.dialogs().showError(e);
        }
    }

    public ObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    /** The workspace's idle time before 상담 locks itself, in minutes. */
    public IntegerProperty idleMinutesProperty() {
        return idleMinutes;
    }

    /** The "someone else saved first" question closed without a choice: nothing is saved, the form keeps what was typed. */
    public void dismissConflict() {
        conflict.set(null);
    }

    /** The pending "someone else saved first" question, or null. */
    public ObjectProperty<EditConflictPrompt> conflictProperty() {
        return conflict;
    }

    public StringProperty messageProperty() {
        return notice.textProperty();
    }

    /** True while {@link #messageProperty()} is a refusal (something to fix), false for a confirmation. */
    public javafx.beans.property.ReadOnlyBooleanProperty refusedProperty() {
        return notice.refusedProperty();
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<Client> clients() {
        return clients;
    }

    public ObservableList<ConsultService.Listed> followUps() {
        return followUps;
    }

    public ObservableList<ConsultService.Listed> recent() {
        return recent;
    }

    public ObjectProperty<Client> clientProperty() {
        return client;
    }

    public ObservableList<Consultation> consultations() {
        return consultations;
    }

    public ObjectProperty<Consultation> consultationProperty() {
        return consultation;
    }

    public ObservableList<Scenario> scenarios() {
        return scenarios;
    }

    public ObjectProperty<Scenario> scenarioProperty() {
        return scenario;
    }

    public ObjectProperty<Freshness> freshnessProperty() {
        return freshness;
    }

    public ObjectProperty<Recomputed> recomputedProperty() {
        return recomputed;
    }

    public UiContext context() {
        return ctx;
    }

    public javafx.beans.value.ObservableIntegerValue listsReloaded() {
        return listsReloaded;
    }

    /**
     * Starts the periodic {@link #checkIdle()} of the shown screen (replacing an earlier one); {@link #dispose()} stops
     * it, so a dropped 상담 screen (language switch, workspace switch) leaves no timer behind.
     */
    public void startIdleCheck(javafx.util.Duration every) {
        stopIdleCheck();
        idleCheck = new javafx.animation.Timeline(new javafx.animation.KeyFrame(every, e -> checkIdle()));
        idleCheck.setCycleCount(javafx.animation.Animation.INDEFINITE);
        idleCheck.play();
    }

    /** Whether the periodic idle check runs (for tests: it must not outlive the screen). */
    public boolean idleCheckRunning() {
        return idleCheck != null && idleCheck.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    private void stopIdleCheck() {
        if (idleCheck != null) {
            idleCheck.stop();
            idleCheck = null;
        }
    }

    @Override
    public void dispose() {
        stopIdleCheck();
        ctx.openCase().close();
    }
}
