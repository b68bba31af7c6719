package kr.sanggwon.consult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import kr.sanggwon.AppContext;
import kr.sanggwon.store.DatabaseLocation;
import kr.sanggwon.store.PgTestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Eight writers save case files at once for {@value #DEFAULT_SECONDS} s (the system property {@value #SECONDS_PROPERTY}
 * shortens it locally) — new clients, edits of a few clients everybody edits, and attachments added to and scenarios
 * replaced on a few shared scenarios — and afterwards every save that reported success is there and intact, and every
 * save that lost the race was reported as a conflict (never silently lost).
 *
 * <p>PostgreSQL: two app instances (two {@link AppContext}s, each with its own database pool, as two laptops of one
 * office), four writers each. H2: one {@link AppContext} with eight threads — the embedded database is one process's
 * file (the folder lock keeps a second app out, and the app does not run H2's auto-server), so "two consultants at
 * once" on H2 can only be two windows or tasks of one app: threads on separate connections of one pool.
 */
class ConcurrentSaveTest {
    static final String SECONDS_PROPERTY = "sanggwon.concurrency.seconds";
    static final int DEFAULT_SECONDS = 30;
    static final int WRITERS = 8;
    static final int SHARED = 2;

    @TempDir
    Path dir;

    /** One successful edit of a shared row: the version it produced and what it wrote. */
    record Edit(long id, long version, String text) {
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void eightWritersLoseNothingAndEveryLostRaceIsReported(String database) throws Exception {
        List<AppContext> instances = new ArrayList<>();
        PgTestDatabase pg = null;
        if (database.equals("postgresql")) {
            assumeTrue(PgTestDatabase.serverUrl().isPresent(), PgTestDatabase.ENV + " not set: no PostgreSQL to test on");
            pg = PgTestDatabase.create();
            DatabaseLocation where = pg.location();
            instances.add(AppContext.open(dir.resolve("laptop-1"), where));
            instances.add(AppContext.open(dir.resolve("laptop-2"), where));
        } else {
            instances.add(AppContext.open(dir.resolve("h2")));
        }
        try {
            run(instances);
        } finally {
            for (AppContext a : instances) {
                a.close();
            }
            if (pg != null) {
                pg.close();
            }
        }
    }

    private void run(List<AppContext> instances) throws Exception {
        List<ConsultService> services = new ArrayList<>();
        for (AppContext a : instances) {
            ConsultService s = ConsultFixture.service(a, Clock.systemUTC(), Duration.ofHours(1));
            if (s.vault().isSetUp()) {
                s.vault().unlock(ConsultFixture.PASS.toCharArray());
            } else {
                s.vault().setUp(ConsultFixture.PASS.toCharArray(), ConsultFixture.PASS.toCharArray());
            }
            services.add(s);
        }
        ConsultService first = services.get(0);
        List<Long> sharedClients = new ArrayList<>();
        List<Long> sharedScenarios = new ArrayList<>();
        for (int i = 0; i < SHARED; i++) {
            Client c = first.addClient(input("공유 고객 " + i, "처음"));
            Consultation k = first.addConsultation(c.id(), new ConsultationInput(LocalDate.of(2026, 1, 5), "사무실", "처음", null, null));
            sharedClients.add(c.id());
            sharedScenarios.add(first.saveSnapshot(k.id(), snapshot("공유 시나리오 " + i)).id());
        }

        long seconds = Long.getLong(SECONDS_PROPERTY, DEFAULT_SECONDS);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        Map<String, Long> added = new ConcurrentHashMap<>();                 // name → client id, of every add that succeeded
        List<Edit> clientEdits = new CopyOnWriteArrayList<>();
        List<Edit> scenarioEdits = new CopyOnWriteArrayList<>();             // title replacements and amendments alike
        Map<Long, Set<String>> amended = new ConcurrentHashMap<>();          // scenario → attachment kinds added
        List<EditConflictException> conflicts = new CopyOnWriteArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        AtomicInteger saves = new AtomicInteger();

        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            ConsultService s = services.get(w % services.size());
            int writer = w;
            writers.add(pool.submit(() -> {
                Random random = new Random(writer);
                for (int n = 0; System.nanoTime() < until; n++) {
                    String tag = "w" + writer + "-" + n;
                    try {
                        switch (random.nextInt(5)) {
                            case 0 -> {
                                Client c = s.addClient(input("고객 " + tag, "메모 " + tag));
                                s.addConsultation(c.id(), new ConsultationInput(LocalDate.of(2026, 2, 1), "장소 " + tag, tag, null, null));
                                added.put(c.name(), c.id());
                            }
                            case 1, 2 -> {
                                long id = sharedClients.get(random.nextInt(SHARED));
                                Client read = s.client(id);
                                Client saved = s.updateClient(id, read.version(), input(read.name(), "메모 " + tag));
                                clientEdits.add(new Edit(id, saved.version(), "메모 " + tag));
                            }
                            case 3 -> {
                                long id = sharedScenarios.get(random.nextInt(SHARED));
                                Scenario read = s.scenario(id);
                                Scenario saved = s.replaceSnapshot(id, read.version(), read.snapshot().withTitle("제목 " + tag));
                                scenarioEdits.add(new Edit(id, saved.version(), "제목 " + tag));
                            }
                            default -> {
                                long id = sharedScenarios.get(random.nextInt(SHARED));
                                Scenario saved = s.amendSnapshot(id, snap -> snap.withAttachment(
                                        new ScenarioSnapshot.Attachment(tag, tag, List.of(), "test")));
                                amended.computeIfAbsent(id, k -> ConcurrentHashMap.newKeySet()).add(tag);
                                scenarioEdits.add(new Edit(id, saved.version(), null));
                            }
                        }
                        saves.incrementAndGet();
                    } catch (EditConflictException e) {
                        conflicts.add(e);
                    } catch (Throwable e) {
                        failures.add(e);
                        return;
                    }
                }
            }));
        }
        for (Future<?> f : writers) {
            f.get(seconds + 120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(failures).as("unexpected failures").isEmpty();
        assertThat(saves.get()).isGreaterThan(WRITERS);
        assertThat(conflicts).as("lost races are reported").isNotEmpty();
        for (EditConflictException e : conflicts) {
            assertThat(e.deleted()).isFalse();
            assertThat(e.theirs()).isNotNull();
        }

        // every client added is there, intact, with its consultation — read through the other instance when there is one
        ConsultService reader = services.get(services.size() - 1);
        Map<Long, Client> all = reader.clients().stream().collect(Collectors.toMap(Client::id, c -> c));
        for (Map.Entry<String, Long> a : added.entrySet()) {
            Client c = all.get(a.getValue());
            assertThat(c).as(a.getKey()).isNotNull();
            String tag = a.getKey().substring("고객 ".length());
            assertThat(c.name()).isEqualTo(a.getKey());
            assertThat(c.notes()).isEqualTo("메모 " + tag);
            assertThat(reader.consultations(c.id())).singleElement().satisfies(k -> assertThat(k.place()).isEqualTo("장소 " + tag));
        }
        assertThat(all).hasSize(SHARED + added.size());

        // each shared row: every successful save made its own version (none overwrote another unseen), the row is at
        // the last one, holding what that save wrote, and every attachment added is still in the scenario
        for (long id : sharedClients) {
            List<Edit> mine = clientEdits.stream().filter(e -> e.id() == id).toList();
            assertThat(mine.stream().map(Edit::version).distinct().count()).isEqualTo(mine.size());
            Client now = reader.client(id);
            assertThat(now.version()).isEqualTo(mine.size());
            mine.stream().filter(e -> e.version() == now.version()).findFirst()
                    .ifPresent(last -> assertThat(now.notes()).isEqualTo(last.text()));
        }
        for (long id : sharedScenarios) {
            List<Edit> mine = scenarioEdits.stream().filter(e -> e.id() == id).toList();
            assertThat(mine.stream().map(Edit::version).distinct().count()).isEqualTo(mine.size());
            Scenario now = reader.scenario(id);
            assertThat(now.version()).isEqualTo(mine.size());
            Set<String> kinds = now.snapshot().attachments().stream().map(ScenarioSnapshot.Attachment::kind).collect(Collectors.toSet());
            assertThat(kinds).containsAll(amended.getOrDefault(id, Set.of()));
        }
    }

    private static ClientInput input(String name, String notes) {
        return new ClientInput(name, "010-1234-5678", null, "아이디어", null, 1_000_000L, null, notes);
    }

    private static ScenarioSnapshot snapshot(String title) {
        return new ScenarioSnapshot(ScenarioSnapshot.SCHEMA, title, Instant.now().toString(), "ko", 0, "3110001", "테스트상권", "종로구",
                "CS100001", "한식음식점", null, null, null, null, List.of());
    }
}
