package kr.sanggwon.consult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.sanggwon.common.Formats;
import kr.sanggwon.common.Messages;
import kr.sanggwon.digital.Adoption;
import kr.sanggwon.digital.DigitalCheckup;
import kr.sanggwon.digital.DigitalDiagnosis;
import kr.sanggwon.digital.DigitalItem;
import kr.sanggwon.digital.DigitalService;
import kr.sanggwon.digital.DigitalWorld;
import kr.sanggwon.district.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 디지털 전환 진단 on a saved scenario: runs on the scenario's saved sales (현장 조사 included), is kept sealed, and
 * lands on the scenario as an attachment with the numbers of the diagnosis.
 */
class DigitalCheckupTest {
    @TempDir
    Path dir;
    Fixture world;
    ConsultService s;
    DigitalCheckups digital;
    Scenario scenario;

    @BeforeEach
    void open() throws Exception {
        Messages.setLocale(Locale.KOREAN);
        world = DigitalWorld.build(dir);
        DigitalWorld.plainDefaults(world.app.financeService());
        s = ConsultFixture.unlocked(world.app);
        digital = s.digital(new DigitalService(world.app.financeService(), world.app.database().folder()));
        Files.writeString(digital.engine().costs().file(), DigitalWorld.ITEMS, StandardCharsets.UTF_8);
        Client c = s.addClient(new ClientInput("최디지", null, null, "가나역 카페", null, null, null, null));
        Consultation k = s.addConsultation(c.id(), new ConsultationInput(LocalDate.of(2026, 4, 1), null, null, null, null));
        scenario = s.saveSnapshot(k.id(), Snapshots.estimate("가나역 1층", DigitalWorld.DISTRICT, "가나역", 8_000_000, 6_000_000, 10_000_000));
    }

    @AfterEach
    void close() {
        world.close();
    }

    private static DigitalCheckup kioskAndMap() {
        return new DigitalCheckup(Map.of(DigitalItem.PAY, Adoption.ADOPTED, DigitalItem.ORDER, Adoption.PLANNED,
                DigitalItem.MAP, Adoption.PLANNED), 3_300_000, 400_000, 0, 30_000_000);
    }

    @Test
    void aCheckupSavedOverAnOlderReadIsRefusedWithTheirsAndNothingIsOverwritten() {
        // two windows (or two consultants) opened the scenario before its first checkup was saved
        Versioned<DigitalDiagnosis> first = digital.save(scenario.id(), null, kioskAndMap());
        assertThat(first.version()).isZero();
        EditConflictException both = catchThrowableOfType(() -> digital.save(scenario.id(), null, kioskAndMap().with(DigitalItem.BOOKS,
                Adoption.PLANNED)), EditConflictException.class);
        assertThat(both.kind()).isEqualTo(EditConflictException.Kind.DIGITAL);
        assertThat(both.key()).isEqualTo("consult.conflict.changed.digital");

        Versioned<DigitalCheckup> read = digital.saved(scenario.id()).orElseThrow();
        Versioned<DigitalDiagnosis> theirs = digital.save(scenario.id(), read.version(), kioskAndMap().with(DigitalItem.DELIVERY, Adoption.PLANNED));
        assertThat(theirs.version()).isEqualTo(read.version() + 1);
        DigitalCheckup mine = kioskAndMap().with(DigitalItem.ORDER, Adoption.NONE);
        EditConflictException stale = catchThrowableOfType(() -> digital.save(scenario.id(), read.version(), mine), EditConflictException.class);
        assertThat(((Versioned<?>) stale.theirs()).value()).isEqualTo(theirs.value().checkup());
        assertThat(digital.checkup(scenario.id())).contains(theirs.value().checkup());

        Versioned<DigitalDiagnosis> kept = digital.keepMine(stale, mine);
        assertThat(kept.version()).isEqualTo(theirs.version() + 1);
        assertThat(digital.checkup(scenario.id())).contains(mine);
    }

    @Test
    void savingKeepsTheCheckupSealedAndTheDiagnosisOnTheScenario() throws Exception {
        DigitalDiagnosis d = digital.save(scenario.id(), kioskAndMap());
        assertThat(d.after().pnl().operatingProfit()).isEqualTo(8_640_000 * 0.7 - 4_310_000, within(1e-6));
        assertThat(digital.checkup(scenario.id())).contains(kioskAndMap());

        ScenarioSnapshot.Attachment att = s.scenario(scenario.id()).snapshot().attachments().stream()
                .filter(a -> a.kind().equals(DigitalCheckups.KIND)).findFirst().orElseThrow();
        assertThat(att.title()).isEqualTo("디지털 전환 진단");
        List<String> labels = att.rows().stream().map(ScenarioSnapshot.AttachmentRow::label).toList();
        assertThat(labels).contains("간편결제 (QR·모바일)", "스마트오더·키오스크", "영업이익 (월)", "손익분기 매출 (월)", "적자 확률",
                "스마트상점 기술보급사업");
        ScenarioSnapshot.AttachmentRow profit = att.rows().get(labels.indexOf("영업이익 (월)"));
        assertThat(profit.number()).isEqualTo(d.after().pnl().operatingProfit());
        assertThat(profit.value()).isEqualTo("지금 " + Formats.money(1_400_000) + " → 도입 후 " + Formats.money(Math.round(1_738_000.0)));
        assertThat(att.rows().get(labels.indexOf("스마트오더·키오스크")).value()).contains("도입 계획", "월 10만원", "처음 60만원");
        assertThat(att.rows().get(labels.indexOf("간편결제 (QR·모바일)")).value()).isEqualTo("지금 사용");
        assertThat(labels.get(0)).isEqualTo("매출 기준 (월, 시나리오 예상)");
        // 60만 once, 34.8만 more cash a month
        assertThat(att.rows().get(labels.indexOf("처음 드는 비용 회수")).value()).isEqualTo("약 1.7개월");
        assertThat(att.rows().get(labels.indexOf("스마트상점 기술보급사업")).value()).contains("확인 필요", "스마트오더·키오스크");

        // nothing readable in the table: the checkup is sealed with the case-file key
        try (Connection c = world.app.database().connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT payload_enc FROM consult_digital")) {
            assertThat(rs.next()).isTrue();
            assertThat(new String(rs.getBytes(1), StandardCharsets.ISO_8859_1)).doesNotContain("PLANNED", "3300000");
        }
        // saving again replaces the attachment instead of adding a second one
        digital.save(scenario.id(), kioskAndMap().with(DigitalItem.ORDER, Adoption.NONE));
        assertThat(s.scenario(scenario.id()).snapshot().attachments()).filteredOn(a -> a.kind().equals(DigitalCheckups.KIND)).hasSize(1);
    }

    @Test
    void theSalesBasisIsTheSavedEstimateWithItsFieldSurveyAdjustment() {
        s.surveys().save(scenario.id(), new FieldSurvey(null, null, null, true, null, null, null, null, null));   // corner: ×1.05
        DigitalDiagnosis d = digital.preview(scenario.id(), kioskAndMap());
        assertThat(d.before().sales().monthly()).isEqualTo(8_000_000 * 1.05, within(1e-6));
        assertThat(d.before().sales().low()).isEqualTo(6_000_000 * 1.05, within(1e-6));
        assertThat(d.before().sales().high()).isEqualTo(10_000_000 * 1.05, within(1e-6));
        assertThat(digital.checkup(scenario.id())).isEmpty();   // a preview writes nothing
        digital.save(scenario.id(), kioskAndMap());
        ScenarioSnapshot.Attachment att = s.scenario(scenario.id()).snapshot().attachments().stream()
                .filter(a -> a.kind().equals(DigitalCheckups.KIND)).findFirst().orElseThrow();
        assertThat(att.rows().get(0).label()).isEqualTo("매출 기준 (월, 현장 조사로 보정한 예상)");
        assertThat(att.rows().get(0).number()).isEqualTo(8_000_000 * 1.05, within(1e-6));
    }

    @Test
    void aScenarioWithoutAnEstimateIsRefusedWithItsTitle() {
        ScenarioSnapshot noEstimate = new ScenarioSnapshot(ScenarioSnapshot.SCHEMA, "비교만", java.time.Instant.now().toString(), "ko", 1,
                DigitalWorld.DISTRICT, "가나역", "가나구", DigitalWorld.COFFEE, "커피-음료", null, null, null, null, List.of());
        long id = s.saveSnapshot(scenario.consultationId(), noEstimate).id();
        assertThatThrownBy(() -> digital.save(id, kioskAndMap())).isInstanceOf(ConsultException.class)
                .satisfies(e -> assertThat(((ConsultException) e).localized()).contains("비교만", "예상 매출"));
        assertThat(digital.checkup(id)).isEmpty();
    }

    @Test
    void aDongTotalSavedWithoutStoreDetailsIsRefusedNotSimulatedAsOneShop() {
        // 가나역's sales of every coffee shop together (what an estimate saved without store details holds)
        long id = s.saveSnapshot(scenario.consultationId(),
                Snapshots.cellTotal("가나역 전체", DigitalWorld.DISTRICT, "가나역", 2_216_000_000.0, 1_800_000_000.0, 2_700_000_000.0)).id();
        for (Runnable attempt : List.<Runnable>of(() -> digital.save(id, kioskAndMap()), () -> digital.preview(id, kioskAndMap()),
                () -> DigitalCheckups.requireOneShop(s.scenario(id).snapshot()))) {
            assertThatThrownBy(attempt::run).isInstanceOf(ConsultException.class)
                    .satisfies(e -> assertThat(((ConsultException) e).key()).isEqualTo("consult.digital.error.cellTotal"))
                    .satisfies(e -> assertThat(((ConsultException) e).localized()).contains("가나역 전체", "가나역", "가게 한 곳"));
        }
        assertThat(digital.checkup(id)).isEmpty();
        assertThat(s.scenario(id).snapshot().attachments()).isEmpty();

        // the shared scenario of setUp is one shop's share of a 행정동 four times as large: the plan rests on the share
        assertThat(s.scenario(scenario.id()).snapshot().estimate().monthly()).isEqualTo(8_000_000.0 * Snapshots.SHARING);
        assertThat(digital.preview(scenario.id(), kioskAndMap()).before().sales().monthly()).isEqualTo(8_000_000.0);
        DigitalCheckups.requireOneShop(s.scenario(scenario.id()).snapshot());
    }
}
