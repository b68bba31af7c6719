package kr.sanggwon.consult;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.sanggwon.common.Messages;
import kr.sanggwon.consult.FieldSurvey.Competitor;
import kr.sanggwon.consult.FieldSurvey.Parking;
import kr.sanggwon.consult.FieldSurvey.TrafficSample;
import kr.sanggwon.consult.FieldSurvey.Visibility;
import kr.sanggwon.digital.Adoption;
import kr.sanggwon.digital.DigitalCheckup;
import kr.sanggwon.digital.DigitalItem;
import kr.sanggwon.digital.DigitalService;
import kr.sanggwon.district.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client moved between laptops by the encrypted client file arrives whole: the client, visits, scenarios, each
 * scenario's 현장 조사 answers (switched-off factors included) and 디지털 전환 진단 checklist, the 관심 목록 and the 사후
 * 점검 months still tied to the scenario they were recorded against.
 */
class ClientTransferRoundTripTest {
    static final char[] TRANSFER = "옮길 때 쓰는 암호 2026".toCharArray();
    @TempDir
    Path dir;

    /** Everything of one client, with database ids replaced by positions so two laptops can be compared. */
    record Everything(Client client, List<String> visits, List<ScenarioSnapshot> scenarios, List<FieldSurvey> surveys,
                      List<DigitalCheckup> checkups, List<String> watches, List<String> actuals) {
    }

    private static Everything everything(ConsultService s, long clientId) {
        Client c = s.client(clientId);
        List<String> visits = new ArrayList<>();
        List<ScenarioSnapshot> snaps = new ArrayList<>();
        List<FieldSurvey> surveys = new ArrayList<>();
        List<DigitalCheckup> checkups = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        DigitalCheckups digital = s.digital(null);
        for (Consultation k : s.consultations(clientId)) {
            visits.add(k.heldOn() + "|" + k.place() + "|" + k.notes() + "|" + k.nextSteps() + "|" + k.followUpOn());
            for (Scenario sc : s.scenarios(k.id())) {
                ids.add(sc.id());
                snaps.add(sc.snapshot());
                surveys.add(s.surveys().survey(sc.id()).orElse(null));
                checkups.add(digital.checkup(sc.id()).orElse(null));
            }
        }
        List<String> watches = s.watchList().entries(clientId).stream().map(w -> w.district() + "|" + w.industry() + "|" + w.note()).toList();
        List<String> actuals = s.afterOpening().of(clientId).stream()
                .map(a -> a.month() + "|" + a.sales() + "|" + (a.scenarioId() == null ? "-" : ids.indexOf(a.scenarioId()))).toList();
        return new Everything(new Client(0, c.name(), c.phone(), c.email(), c.idea(), c.industry(), c.budget(), c.targetCustomers(),
                c.notes(), null, null, 0), visits, snaps, surveys, checkups, watches, actuals);
    }

    @Test
    void exportAndImportIntoANewFolderCarriesEveryPartOfTheClient() throws Exception {
        Messages.setLocale(Locale.KOREAN);
        Path file = dir.resolve("client" + ClientTransfer.EXTENSION);
        Everything sent;
        try (Fixture world = AnalysisWorld.build(dir.resolve("laptop-a"))) {
            ConsultService s = ConsultFixture.unlocked(world.app);
            long id = s.addClient(new ClientInput("서보름", "010-2468-1357", "boreum@example.kr", "골목 커피", AnalysisWorld.COFFEE,
                    60_000_000L, "20대 직장인", "오후에만 통화")).id();
            Consultation first = s.addConsultation(id, new ConsultationInput(LocalDate.of(2026, 3, 2), "망원동 카페", "1층 자리 둘",
                    "임대료 확인", LocalDate.of(2026, 3, 16)));
            Consultation second = s.addConsultation(id, new ConsultationInput(LocalDate.of(2026, 3, 20), null, null, null, null));
            Scenario surveyed = s.saveSnapshot(first.id(), Snapshots.estimate("상권0 1층", AnalysisWorld.FIRST, "상권0", 9_000_000, 7_000_000,
                    12_000_000));
            s.saveSnapshot(first.id(), Snapshots.estimate("상권1 2층", "3110201", "상권1", 8_000_000, 6_000_000, 10_000_000));
            Scenario later = s.saveSnapshot(second.id(), Snapshots.estimate("상권0 다시", AnalysisWorld.FIRST, "상권0", 9_500_000, 7_000_000,
                    12_000_000));
            s.surveys().save(surveyed.id(), new FieldSurvey(6.5, 1, Visibility.PARTIAL, true, Parking.NEARBY,
                    List.of(new TrafficSample("12:00", 10, 140)), List.of(new Competitor("카페 모퉁이", 30)), List.of("corner"), "공사 중"));
            DigitalCheckups digital = s.digital(new DigitalService(world.app.financeService(), world.app.database().folder()));
            digital.save(surveyed.id(), new DigitalCheckup(Map.of(DigitalItem.PAY, Adoption.ADOPTED, DigitalItem.ORDER, Adoption.PLANNED),
                    3_300_000, 400_000, 1, 30_000_000));
            digital.save(later.id(), new DigitalCheckup(Map.of(DigitalItem.MAP, Adoption.PLANNED), 2_800_000, 300_000, 0, 20_000_000));
            s.watchList().add(id, AnalysisWorld.FIRST, AnalysisWorld.COFFEE, "임대 문의");
            s.afterOpening().record(id, surveyed.id(), YearMonth.of(2025, 9), 8_700_000);
            s.afterOpening().record(id, later.id(), YearMonth.of(2025, 10), 9_100_000);
            s.afterOpening().record(id, null, YearMonth.of(2025, 11), 9_300_000);
            // another client stays behind
            s.addClient(new ClientInput("다른 고객", null, null, null, null, null, null, null));

            sent = everything(s, id);
            assertThat(sent.surveys()).filteredOn(x -> x != null).hasSize(1);
            assertThat(sent.checkups()).filteredOn(x -> x != null).hasSize(2);
            // newest visit first: 상권0 다시 (0), then 상권0 1층 (1) and 상권1 2층 (2)
            assertThat(sent.actuals()).containsExactly("2025-09|8700000|1", "2025-10|9100000|0", "2025-11|9300000|-");
            new ClientTransfer(s, 1_000).export(id, file, TRANSFER.clone());
        }
        try (Fixture other = AnalysisWorld.build(dir.resolve("laptop-b"))) {
            ConsultService s2 = ConsultFixture.unlocked(other.app);
            Client moved = new ClientTransfer(s2, 1_000).importFile(file, TRANSFER.clone());
            assertThat(s2.clients()).singleElement().extracting(Client::name).isEqualTo("서보름");
            Everything arrived = everything(s2, moved.id());
            assertThat(arrived).isEqualTo(sent);
            // the moved survey still adjusts (corner switched off stays off) and the checkup still diagnoses
            long surveyedId = s2.consultations(moved.id()).stream().flatMap(k -> s2.scenarios(k.id()).stream())
                    .filter(x -> x.snapshot().title().equals("상권0 1층")).findFirst().orElseThrow().id();
            assertThat(s2.surveys().toggle(surveyedId, "corner", false).factors())
                    .noneMatch(f -> f.id().equals("corner") && f.on());
        }
    }
}
