package kr.sanggwon.consult;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kr.sanggwon.compare.Comparison;
import kr.sanggwon.estimate.Estimate;
import kr.sanggwon.estimate.EstimateService;
import kr.sanggwon.estimate.ModelStatus;
import kr.sanggwon.estimate.StoreDetails;
import kr.sanggwon.finance.FinanceResult;
import kr.sanggwon.recommend.Preset;
import kr.sanggwon.recommend.Ranking;

/**
 * 상담: clients, their consultations and the scenarios saved in them. Every call that reads or writes a case file
 * needs the {@link CaseVault} unlocked; searches decrypt in memory (nothing personal is ever in an index).
 */
public final class ConsultService {
    private final CaseVault vault;
    private final ConsultRepository repository;
    private final ScenarioCapture capture;
    private final EstimateService estimates;
    private FieldSurveys surveys;
    private AfterOpening afterOpening;
    private WatchList watchList;
    private IdleLock idleLock;

    public ConsultService(CaseVault vault, ConsultRepository repository, ScenarioCapture capture, EstimateService estimates) {
        this.vault = vault;
        this.repository = repository;
        this.capture = capture;
        this.estimates = estimates;
    }

    public CaseVault vault() {
        return vault;
    }

    public ScenarioCapture capture() {
        return capture;
    }

    /** 사후 점검: actual sales after opening against the forecasts given, and the calibration of ranges. */
    public synchronized AfterOpening afterOpening() {
        if (afterOpening == null) {
            afterOpening = new AfterOpening(this, new ActualSalesRepository(repository.database(), repository.vault()));
        }
        return afterOpening;
    }

    /** 관심 목록: the districts each client watches, and which of them moved notably in the newest quarter. */
    public synchronized WatchList watchList() {
        if (watchList == null) {
            watchList = new WatchList(this, new WatchRepository(repository.database(), repository.vault()), capture.districts(),
                    WatchRule.DEFAULT);
        }
        return watchList;
    }

    /** The workspace's idle time before 상담 locks itself (a workspace setting, applied to the vault). */
    public synchronized IdleLock idleLock() {
        if (idleLock == null) {
            idleLock = new IdleLock(new kr.sanggwon.workspace.WorkspaceSettings(repository.database()), vault);
        }
        return idleLock;
    }

    /** 현장 조사 of scenarios, with the factors file of this workspace. */
    public synchronized FieldSurveys surveys() {
        if (surveys == null) {
            surveys = new FieldSurveys(this, surveyAnswers(),
                    new SurveyFactorBook(repository.database().folder()));
        }
        return surveys;
    }

    /** The sealed 현장 조사 answers per scenario (client files move them as they are). */
    SealedScenarioPayloads<FieldSurvey> surveyAnswers() {
        return new SealedScenarioPayloads<>(repository.database(), repository.vault(), "consult_survey", FieldSurvey.class,
                EditConflictException.Kind.SURVEY);
    }

    /** The sealed 디지털 전환 진단 answers per scenario (client files move them as they are). */
    SealedScenarioPayloads<kr.sanggwon.digital.DigitalCheckup> digitalAnswers() {
        return new SealedScenarioPayloads<>(repository.database(), repository.vault(), "consult_digital",
                kr.sanggwon.digital.DigitalCheckup.class, EditConflictException.Kind.DIGITAL);
    }

    /** 디지털 전환 진단 of scenarios, run by {@code engine} (수익 분석 with the workspace's cost and programme files). */
    public DigitalCheckups digital(kr.sanggwon.digital.DigitalService engine) {
        return new DigitalCheckups(this, digitalAnswers(), engine);
    }

    // ---- clients ----

    public Client addClient(ClientInput input) {
        return repository.insertClient(input.validated());
    }

    /**
     * Saves the client over {@code expectedVersion}, the version the consultant edited ({@link Client#version()}).
     *
     * @throws EditConflictException when someone else saved or deleted the client since; nothing was written
     */
    public Client updateClient(long id, long expectedVersion, ClientInput input) {
        return repository.updateClient(id, expectedVersion, input.validated());
    }

    /** After a conflict, "keep mine": saves over their version knowingly (or anew when they deleted the client). */
    public Client keepMine(EditConflictException conflict, ClientInput input) {
        return conflict.theirs() instanceof Client theirs ? updateClient(theirs.id(), theirs.version(), input) : addClient(input);
    }

    public Client client(long id) {
        return repository.client(id).orElseThrow(() -> new ConsultException("consult.error.noClient", id));
    }

    /** All clients by name (가나다 order). */
    public List<Client> clients() {
        List<Client> all = new ArrayList<>(repository.clients());
        all.sort(Comparator.comparing(c -> c.name().toLowerCase(Locale.ROOT)));
        return all;
    }

    public void deleteClient(long id) {
        if (!repository.deleteClient(id)) {
            throw new ConsultException("consult.error.noClient", id);
        }
    }

    /**
     * Clients whose name, phone, e-mail, idea or notes contain {@code query} (case and width insensitive, digits of a
     * phone match without dashes), or who have a scenario in a district whose name or code contains it.
     */
    public List<Client> search(String query) {
        String q = fold(query);
        if (q.isEmpty()) {
            return clients();
        }
        String digits = q.replaceAll("[^0-9]", "");
        Map<Long, List<String>> districtsByClient = scenarioDistrictsByClient();
        List<Client> out = new ArrayList<>();
        for (Client c : clients()) {
            boolean hit = contains(c.name(), q) || contains(c.email(), q) || contains(c.idea(), q) || contains(c.notes(), q)
                    || contains(c.targetCustomers(), q)
                    || (digits.length() >= 3 && c.phone() != null && c.phone().replaceAll("[^0-9]", "").contains(digits))
                    || districtsByClient.getOrDefault(c.id(), List.of()).stream().anyMatch(d -> contains(d, q));
            if (hit) {
                out.add(c);
            }
        }
        return out;
    }

    private Map<Long, List<String>> scenarioDistrictsByClient() {
        Map<Long, Long> clientOf = new java.util.HashMap<>();
        for (Client c : repository.clients()) {
            for (Consultation k : repository.consultations(c.id())) {
                clientOf.put(k.id(), c.id());
            }
        }
        return repository.allScenarios().stream().collect(Collectors.groupingBy(s -> clientOf.getOrDefault(s.consultationId(), -1L),
                Collectors.mapping(s -> s.snapshot().districtName() + " " + s.snapshot().district() + " "
                        + (s.snapshot().guName() == null ? "" : s.snapshot().guName()), Collectors.toList())));
    }

    private static boolean contains(String text, String foldedQuery) {
        return text != null && fold(text).contains(foldedQuery);
    }

    static String fold(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
    }

    // ---- consultations ----

    public Consultation addConsultation(long clientId, ConsultationInput input) {
        return repository.insertConsultation(clientId, input.validated());
    }

    /** Saves the consultation over the version edited, like {@link #updateClient}. */
    public Consultation updateConsultation(long id, long expectedVersion, ConsultationInput input) {
        return repository.updateConsultation(id, expectedVersion, input.validated());
    }

    /** After a conflict, "keep mine" for a consultation of {@code clientId}, like {@link #keepMine(EditConflictException, ClientInput)}. */
    public Consultation keepMine(EditConflictException conflict, long clientId, ConsultationInput input) {
        return conflict.theirs() instanceof Consultation theirs ? updateConsultation(theirs.id(), theirs.version(), input)
                : addConsultation(clientId, input);
    }

    public Consultation consultation(long id) {
        return repository.consultation(id).orElseThrow(() -> new ConsultException("consult.error.noConsultation", id));
    }

    public List<Consultation> consultations(long clientId) {
        return repository.consultations(clientId);
    }

    public void deleteConsultation(long id) {
        if (!repository.deleteConsultation(id)) {
            throw new ConsultException("consult.error.noConsultation", id);
        }
    }

    /** A consultation with its client's name, for the lists. */
    public record Listed(Consultation consultation, Client client) {
    }

    public List<Listed> recentConsultations(int limit) {
        return withClients(repository.recentConsultations(limit));
    }

    /** Follow-ups due from {@code today} on, soonest first. */
    public List<Listed> upcomingFollowUps(LocalDate today, int limit) {
        return withClients(repository.followUpsFrom(today, limit));
    }

    private List<Listed> withClients(List<Consultation> list) {
        Map<Long, Client> clients = repository.clients().stream().collect(Collectors.toMap(Client::id, Function.identity()));
        return list.stream().filter(k -> clients.containsKey(k.clientId())).map(k -> new Listed(k, clients.get(k.clientId()))).toList();
    }

    // ---- scenarios ----

    /** Saves the estimate as shown (and the comparison, when given) as a scenario of the consultation. */
    public Scenario saveEstimate(long consultationId, String title, Estimate e, StoreDetails details, Comparison comparison) {
        ScenarioSnapshot s = capture.fromEstimate(title, e, details, comparison);
        return repository.insertScenario(consultationId, s, e.provenance() == null ? null : e.provenance().modelId());
    }

    /** Saves a 상권 비교 as a scenario of the consultation. */
    public Scenario saveComparison(long consultationId, String title, Comparison c) {
        ScenarioSnapshot s = capture.fromComparison(title, c);
        return repository.insertScenario(consultationId, s, modelId(s));
    }

    /** Saves a snapshot built elsewhere (e.g. with a 수익 분석 attachment) as a new scenario. */
    public Scenario saveSnapshot(long consultationId, ScenarioSnapshot s) {
        return repository.insertScenario(consultationId, s, modelId(s));
    }

    /** Saves a 수익 분석 result as a new scenario of the consultation (with the estimate it rests on, when it does). */
    public Scenario saveFinance(long consultationId, String title, FinanceResult r, StoreDetails details) {
        consultation(consultationId);
        return saveSnapshot(consultationId, capture.fromFinance(title, r, details));
    }

    /** Adds a 수익 분석 result to a saved scenario (replacing an earlier one); the rest of the scenario stays as saved. */
    public Scenario attachFinance(long scenarioId, FinanceResult r) {
        ScenarioSnapshot.FinancePart f = FinanceCapture.of(r);
        return amendSnapshot(scenarioId, s -> s.withFinance(f));
    }

    /** Saves the first {@code top} rows of a 유망 상권 list as a new scenario of the consultation. */
    public Scenario saveRanking(long consultationId, String title, Ranking r, Preset preset, int top) {
        consultation(consultationId);
        return saveSnapshot(consultationId, capture.fromRanking(title, r, preset, top));
    }

    /** Adds the first {@code top} rows of a 유망 상권 list to a saved scenario (replacing an earlier list). */
    public Scenario attachRanking(long scenarioId, Ranking r, Preset preset, int top) {
        ScenarioSnapshot.RecommendPart rc = RecommendCapture.of(r, preset, top);
        return amendSnapshot(scenarioId, s -> s.withRecommend(rc));
    }

    /**
     * Replaces the snapshot of a scenario saved at {@code expectedVersion} (the consultant took the recomputed numbers).
     *
     * @throws EditConflictException when someone else changed or deleted the scenario since; nothing was written
     */
    public Scenario replaceSnapshot(long scenarioId, long expectedVersion, ScenarioSnapshot s) {
        return repository.updateScenario(scenarioId, expectedVersion, s, modelId(s));
    }

    /** After a conflict, "keep mine" for a scenario of {@code consultationId}, like {@link #keepMine(EditConflictException, ClientInput)}. */
    public Scenario keepMine(EditConflictException conflict, long consultationId, ScenarioSnapshot mine) {
        return conflict.theirs() instanceof Scenario theirs ? replaceSnapshot(theirs.id(), theirs.version(), mine)
                : saveSnapshot(consultationId, mine);
    }

    /**
     * Changes one part of a saved scenario (an attachment) on top of whatever is saved now: reads it, applies
     * {@code change} and saves over the version read; when someone else saved in between, reads again and re-applies,
     * so both changes stay (an attachment never replaces another consultant's edit).
     */
    Scenario amendSnapshot(long scenarioId, java.util.function.UnaryOperator<ScenarioSnapshot> change) {
        for (int attempt = 1; ; attempt++) {
            Scenario s = scenario(scenarioId);
            try {
                return replaceSnapshot(scenarioId, s.version(), change.apply(s.snapshot()));
            } catch (EditConflictException e) {
                if (e.deleted() || attempt >= AMEND_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static final int AMEND_ATTEMPTS = 20;

    private static Long modelId(ScenarioSnapshot s) {
        return s.estimate() == null || s.estimate().model() == null ? null : s.estimate().model().modelId();
    }

    public Scenario scenario(long id) {
        return repository.scenario(id).orElseThrow(() -> new ConsultException("consult.error.noScenario", id));
    }

    public List<Scenario> scenarios(long consultationId) {
        return repository.scenarios(consultationId);
    }

    public void deleteScenario(long id) {
        if (!repository.deleteScenario(id)) {
            throw new ConsultException("consult.error.noScenario", id);
        }
    }

    /** Whether data or models changed since the scenario was saved (cheap: metadata only). */
    public Freshness freshness(Scenario s) {
        ModelStatus status = estimates.modelStatus();
        long savedModel = s.snapshot().estimate() == null || s.snapshot().estimate().model() == null ? -1
                : s.snapshot().estimate().model().modelDataVersion();
        long currentModel = status.models().isEmpty() ? -1 : status.trainedForDataVersion();
        return new Freshness(s.dataVersion(), estimates.dataVersion(), savedModel, currentModel);
    }

    /**
     * The saved scenario next to every part it holds made again on today's data (예상 매출, 현장 조사, 디지털 전환 진단,
     * 상권 비교, 수익 분석, 유망 상권); nothing is written, the saved one stays until {@link #replaceSnapshot} takes the new.
     */
    public Recomputed recompute(Scenario s) {
        return new ScenarioRecompute(this, capture).recompute(s);
    }

    /** The workspace folder (its editable data files: survey factors, digital costs and programmes). */
    java.nio.file.Path folder() {
        return repository.database().folder();
    }

    // ---- consultant ----

    public String consultantName() {
        return repository.consultantName();
    }

    public void setConsultantName(String name) {
        repository.setConsultantName(ClientInput.trim(name));
    }
}
