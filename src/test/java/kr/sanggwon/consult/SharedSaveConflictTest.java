package kr.sanggwon.consult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import kr.sanggwon.AppContext;
import kr.sanggwon.TestData;
import kr.sanggwon.common.Messages;
import kr.sanggwon.common.Progress;
import kr.sanggwon.store.DataVersionService;
import kr.sanggwon.store.PgTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two consultants on one database: the second save of a record both read is refused with what the first saved, and
 * each way out (keep mine, keep theirs, keep both) does what it says. On PostgreSQL the two are two app instances
 * (separate {@link AppContext}s on the same schema), which also see each other's saves and imports; on H2 they are
 * two services over one database (the embedded file belongs to one app).
 */
class SharedSaveConflictTest {
    @TempDir
    Path dir;
    AppContext one;
    AppContext two;
    PgTestDatabase pg;
    ConsultService kim;
    ConsultService lee;

    void open(String database) throws Exception {
        Messages.setLocale(Locale.KOREAN);
        if (database.equals("postgresql")) {
            assumeTrue(PgTestDatabase.serverUrl().isPresent(), PgTestDatabase.ENV + " not set: no PostgreSQL to test on");
            pg = PgTestDatabase.create();
            one = AppContext.open(dir.resolve("kim"), pg.location());
            two = AppContext.open(dir.resolve("lee"), pg.location());
        } else {
            one = AppContext.open(dir.resolve("h2"));
            two = one;
        }
        kim = ConsultFixture.unlocked(one);
        lee = ConsultFixture.service(two, Clock.systemUTC(), Duration.ofMinutes(10));
        lee.vault().unlock(ConsultFixture.PASS.toCharArray());
    }

    @AfterEach
    void close() throws Exception {
        if (two != null && two != one) {
            two.close();
        }
        if (one != null) {
            one.close();
        }
        if (pg != null) {
            pg.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void theSecondSaveOfAClientIsRefusedWithTheFirstAndKeepMineOrBothStillSaveIt(String database) throws Exception {
        open(database);
        Client first = kim.addClient(client("박서준", "첫 메모"));
        Client kimRead = kim.client(first.id());
        Client leeRead = lee.client(first.id());

        Client leeSaved = lee.updateClient(first.id(), leeRead.version(), client("박서준", "이 상담사가 먼저 저장"));
        assertThat(leeSaved.version()).isEqualTo(kimRead.version() + 1);

        EditConflictException conflict = catchConflict(() -> kim.updateClient(first.id(), kimRead.version(), client("박서준", "김 상담사의 메모")));
        assertThat(conflict.key()).isEqualTo("consult.conflict.changed.client");
        assertThat(conflict.localized()).startsWith("다른 사용자가 먼저 저장했습니다");
        assertThat(conflict.deleted()).isFalse();
        assertThat(((Client) conflict.theirs()).notes()).isEqualTo("이 상담사가 먼저 저장");
        assertThat(lee.client(first.id()).notes()).isEqualTo("이 상담사가 먼저 저장");      // nothing of kim's written

        // keep both: kim's version becomes a second client, theirs stays
        Client copy = kim.addClient(client("박서준", "김 상담사의 메모"));
        assertThat(lee.clients()).extracting(Client::id).containsExactlyInAnyOrder(first.id(), copy.id());
        assertThat(lee.client(first.id()).notes()).isEqualTo("이 상담사가 먼저 저장");

        // keep mine: saved knowingly over theirs
        Client mine = kim.keepMine(conflict, client("박서준", "김 상담사의 메모"));
        assertThat(mine.id()).isEqualTo(first.id());
        assertThat(lee.client(first.id()).notes()).isEqualTo("김 상담사의 메모");
        assertThat(mine.version()).isEqualTo(leeSaved.version() + 1);

        // lee's old copy is now stale too
        assertThatThrownBy(() -> lee.updateClient(first.id(), leeSaved.version(), client("박서준", "다시")))
                .isInstanceOf(EditConflictException.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void savingAClientSomeoneDeletedSaysSoAndKeepMineAddsItAgain(String database) throws Exception {
        open(database);
        Client c = kim.addClient(client("최민지", "메모"));
        lee.deleteClient(c.id());
        EditConflictException conflict = catchConflict(() -> kim.updateClient(c.id(), c.version(), client("최민지", "고친 메모")));
        assertThat(conflict.deleted()).isTrue();
        assertThat(conflict.key()).isEqualTo("consult.conflict.deleted.client");
        Client again = kim.keepMine(conflict, client("최민지", "고친 메모"));
        assertThat(again.id()).isNotEqualTo(c.id());
        assertThat(lee.clients()).extracting(Client::notes).containsExactly("고친 메모");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void consultationsAndScenariosAreGuardedAlike(String database) throws Exception {
        open(database);
        Client c = kim.addClient(client("정하늘", null));
        Consultation k = kim.addConsultation(c.id(), new ConsultationInput(LocalDate.of(2026, 4, 1), "사무실", "처음", null, null));
        lee.updateConsultation(k.id(), k.version(), new ConsultationInput(LocalDate.of(2026, 4, 1), "현장", "이 상담사", null, null));
        EditConflictException kc = catchConflict(() -> kim.updateConsultation(k.id(), k.version(),
                new ConsultationInput(LocalDate.of(2026, 4, 2), "사무실", "김 상담사", null, null)));
        assertThat(((Consultation) kc.theirs()).place()).isEqualTo("현장");
        Consultation mine = kim.keepMine(kc, c.id(), new ConsultationInput(LocalDate.of(2026, 4, 2), "사무실", "김 상담사", null, null));
        assertThat(lee.consultation(k.id()).notes()).isEqualTo("김 상담사");
        assertThat(mine.version()).isEqualTo(2);

        Scenario s = kim.saveSnapshot(k.id(), snapshot("처음 제목"));
        lee.replaceSnapshot(s.id(), s.version(), snapshot("이 상담사 제목"));
        EditConflictException sc = catchConflict(() -> kim.replaceSnapshot(s.id(), s.version(), snapshot("김 상담사 제목")));
        assertThat(((Scenario) sc.theirs()).snapshot().title()).isEqualTo("이 상담사 제목");
        // keep both: mine as a copy in the same consultation
        kim.saveSnapshot(k.id(), snapshot("김 상담사 제목"));
        assertThat(lee.scenarios(k.id())).extracting(x -> x.snapshot().title()).containsExactlyInAnyOrder("이 상담사 제목", "김 상담사 제목");

        // an attachment is added on top of whatever is saved now, never over someone's edit
        Scenario attached = kim.amendSnapshot(s.id(), snap -> snap.withAttachment(new ScenarioSnapshot.Attachment("memo", "메모", List.of(), "test")));
        assertThat(attached.snapshot().title()).isEqualTo("이 상담사 제목");
        assertThat(attached.snapshot().attachments()).extracting(ScenarioSnapshot.Attachment::kind).containsExactly("memo");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void aFieldSurveySavedOverAnOlderReadIsRefusedWithTheirsAndKeepMineSavesItKnowingly(String database) throws Exception {
        open(database);
        Client c = kim.addClient(client("윤현장", null));
        Consultation k = kim.addConsultation(c.id(), new ConsultationInput(LocalDate.of(2026, 4, 1), null, null, null, null));
        Scenario s = kim.saveSnapshot(k.id(), Snapshots.estimate("역삼 1층", "11680640", "역삼1동", 30_000_000, 22_000_000, 41_000_000));

        // both open the scenario before any survey is saved: the second first save is refused, not overwritten
        assertThat(kim.surveys().saved(s.id())).isEmpty();
        Versioned<SurveyAdjustment> leeFirst = lee.surveys().save(s.id(), null, survey(2, "이 상담사 현장"));
        assertThat(leeFirst.version()).isZero();
        EditConflictException first = catchConflict(() -> kim.surveys().save(s.id(), null, survey(1, "김 상담사 현장")));
        assertThat(first.kind()).isEqualTo(EditConflictException.Kind.SURVEY);
        assertThat(first.key()).isEqualTo("consult.conflict.changed.survey");
        assertThat(first.localized()).startsWith("다른 사용자가 먼저 저장했습니다").contains("현장 조사");
        assertThat(((FieldSurvey) ((Versioned<?>) first.theirs()).value()).notes()).isEqualTo("이 상담사 현장");
        assertThat(kim.surveys().survey(s.id()).orElseThrow().floor()).isEqualTo(2);   // nothing of kim's written

        // an edit of an older read is refused too; the scenario keeps lee's adjustment (2층 ×0.85)
        Versioned<FieldSurvey> kimRead = kim.surveys().saved(s.id()).orElseThrow();
        lee.surveys().save(s.id(), kimRead.version(), survey(3, "이 상담사 다시"));
        EditConflictException stale = catchConflict(() -> kim.surveys().save(s.id(), kimRead.version(), survey(1, "김 상담사 현장")));
        assertThat(((Versioned<?>) stale.theirs()).version()).isEqualTo(kimRead.version() + 1);
        assertThat(lee.surveys().survey(s.id()).orElseThrow().notes()).isEqualTo("이 상담사 다시");

        // keep mine: saved over theirs knowingly, at the next version, and the scenario's attachment follows it
        Versioned<SurveyAdjustment> mine = kim.surveys().keepMine(stale, survey(1, "김 상담사 현장"));
        assertThat(mine.version()).isEqualTo(kimRead.version() + 2);
        assertThat(lee.surveys().survey(s.id()).orElseThrow().notes()).isEqualTo("김 상담사 현장");
        assertThat(mine.value().factors()).extracting(SurveyAdjustment.Applied::id).doesNotContain("floor_second");
        assertThat(lee.scenario(s.id()).snapshot().attachments()).extracting(ScenarioSnapshot.Attachment::kind)
                .containsExactly(FieldSurveys.KIND);

        // a scenario deleted meanwhile: the save is refused (nothing written anywhere)
        lee.deleteScenario(s.id());
        assertThatThrownBy(() -> kim.surveys().save(s.id(), mine.version(), survey(1, "늦은 저장"))).isInstanceOf(ConsultException.class);
    }

    private static FieldSurvey survey(int floor, String notes) {
        return new FieldSurvey(null, floor, null, null, null, null, null, null, notes);
    }

    @Test
    void twoInstancesOnOnePostgresSeeEachOthersSavesAndImports() throws Exception {
        open("postgresql");
        Client c = kim.addClient(client("한지우", "공유 서버"));
        assertThat(lee.clients()).extracting(Client::id, Client::name).containsExactly(org.assertj.core.groups.Tuple.tuple(c.id(), "한지우"));

        long before = dataVersion(two);
        one.importService().importFile(TestData.require(TestData.seoul("영역-상권")), Progress.NONE);
        assertThat(dataVersion(two)).isGreaterThan(before);
        assertThat(two.estimateService().dataVersion()).isEqualTo(dataVersion(one));
    }

    private static long dataVersion(AppContext app) throws Exception {
        try (Connection c = app.database().connection()) {
            return DataVersionService.read(c);
        }
    }

    private static EditConflictException catchConflict(Runnable save) {
        try {
            save.run();
        } catch (EditConflictException e) {
            return e;
        }
        throw new AssertionError("the save was not refused");
    }

    private static ClientInput client(String name, String notes) {
        return new ClientInput(name, "010-5555-6666", null, null, null, null, null, notes);
    }

    private static ScenarioSnapshot snapshot(String title) {
        return new ScenarioSnapshot(ScenarioSnapshot.SCHEMA, title, Instant.now().toString(), "ko", 0, "3110001", "테스트상권", "종로구",
                "CS100001", "한식음식점", null, null, null, null, List.of());
    }
}
