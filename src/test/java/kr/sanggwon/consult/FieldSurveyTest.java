package kr.sanggwon.consult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import kr.sanggwon.AppContext;
import kr.sanggwon.common.Messages;
import kr.sanggwon.consult.FieldSurvey.Competitor;
import kr.sanggwon.consult.FieldSurvey.Parking;
import kr.sanggwon.consult.FieldSurvey.TrafficSample;
import kr.sanggwon.consult.FieldSurvey.Visibility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 현장 조사: factors from the editable file apply to the saved estimate and its range, and reverse exactly. */
class FieldSurveyTest {
    @TempDir
    Path dir;
    AppContext app;
    ConsultService s;
    Scenario scenario;

    @BeforeEach
    void open() {
        Messages.setLocale(Locale.KOREAN);
        app = AppContext.open(dir);
        s = ConsultFixture.unlocked(app);
        Client c = s.addClient(new ClientInput("박현장", null, null, null, null, null, null, null));
        Consultation k = s.addConsultation(c.id(), new ConsultationInput(LocalDate.of(2026, 4, 1), null, null, null, null));
        scenario = s.saveSnapshot(k.id(), Snapshots.estimate("역삼 1층", "11680640", "역삼1동", 30_000_000, 22_000_000, 41_000_000));
    }

    @AfterEach
    void close() {
        app.close();
    }

    /** Second floor, partly visible, corner, two competitors within 50 m, one farther away, about 700 passers-by an hour. */
    private static FieldSurvey onSite() {
        return new FieldSurvey(5.5, 2, Visibility.PARTIAL, true, Parking.NONE,
                List.of(new TrafficSample("12:00", 10, 120), new TrafficSample("18:30", 15, 170)),
                List.of(new Competitor("카페 하나", 20), new Competitor("카페 둘", 45), new Competitor("카페 셋", 120)), List.of(), "맞은편 공사 중");
    }

    @Test
    void matchingFactorsMultiplyTheEstimateAndItsRangeAndEachIsNamedWithItsRationale() {
        SurveyAdjustment a = s.surveys().save(scenario.id(), onSite());
        assertThat(a.factors()).extracting(SurveyAdjustment.Applied::id)
                .containsExactly("floor_second", "visibility_partial", "corner", "traffic_high", "competitor_near");
        SurveyAdjustment.Applied near = a.factors().get(4);
        assertThat(near.count()).isEqualTo(2);
        assertThat(near.effect()).isEqualTo(0.97 * 0.97);
        assertThat(near.rationale()).contains("같은 손님");
        double product = 0.85 * 0.95 * 1.05 * 1.08 * (0.97 * 0.97);
        assertThat(a.monthly()).isCloseTo(30_000_000 * product, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(a.low()).isCloseTo(22_000_000 * product, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(a.high()).isCloseTo(41_000_000 * product, org.assertj.core.data.Offset.offset(1e-6));

        // the saved scenario now carries base → factors → adjusted, and the survey comes back as typed
        ScenarioSnapshot.Attachment att = s.scenario(scenario.id()).snapshot().attachments().get(0);
        assertThat(att.kind()).isEqualTo(FieldSurveys.KIND);
        assertThat(att.rows()).hasSize(7);
        assertThat(att.rows().get(6).number()).isEqualTo(a.monthly());
        assertThat(s.surveys().survey(scenario.id())).contains(onSite().validated());
    }

    /** A 행정동 total saved without store details is every shop's sales: one storefront's survey cannot adjust it. */
    @Test
    void aCellTotalIsRefusedAndNothingIsSaved() {
        Scenario total = s.saveSnapshot(scenario.consultationId(),
                Snapshots.cellTotal("역삼 전체", "11680640", "역삼1동", 3_000_000_000.0, 2_200_000_000.0, 4_100_000_000.0));
        for (Runnable attempt : List.<Runnable>of(() -> s.surveys().save(total.id(), onSite()),
                () -> s.surveys().preview(total.id(), onSite()))) {
            assertThatThrownBy(attempt::run).isInstanceOf(ConsultException.class)
                    .satisfies(e -> assertThat(((ConsultException) e).key()).isEqualTo("consult.survey.error.cellTotal"))
                    .satisfies(e -> assertThat(((ConsultException) e).localized()).contains("역삼 전체", "역삼1동", "점포 한 곳"));
        }
        assertThat(s.surveys().survey(total.id())).isEmpty();
        assertThat(s.scenario(total.id()).snapshot().attachments()).isEmpty();
    }

    @Test
    void turningFactorsOffGivesBackExactlyTheFiguresWithoutThemAndAllOffGivesTheBase() {
        SurveyAdjustment all = s.surveys().save(scenario.id(), onSite());
        SurveyAdjustment noCorner = s.surveys().toggle(scenario.id(), "corner", false);
        assertThat(noCorner.factors()).filteredOn(f -> f.id().equals("corner")).singleElement()
                .satisfies(f -> assertThat(f.on()).isFalse());
        assertThat(noCorner.monthly()).isNotEqualTo(all.monthly());
        // back on: bit-for-bit the same as before
        SurveyAdjustment again = s.surveys().toggle(scenario.id(), "corner", true);
        assertThat(again.monthly()).isEqualTo(all.monthly());
        assertThat(again.low()).isEqualTo(all.low());
        assertThat(again.high()).isEqualTo(all.high());

        FieldSurvey off = onSite();
        for (SurveyAdjustment.Applied f : all.factors()) {
            off = off.withFactor(f.id(), false);
        }
        SurveyAdjustment none = s.surveys().save(scenario.id(), off);
        assertThat(none.multiplier()).isEqualTo(1.0);
        assertThat(none.monthly()).isEqualTo(30_000_000.0);
        assertThat(none.low()).isEqualTo(22_000_000.0);
        assertThat(none.high()).isEqualTo(41_000_000.0);
        assertThat(none.factors()).hasSize(5).allMatch(f -> !f.on());
    }

    @Test
    void theFactorsAreAnEditableFileInTheWorkspaceAndAnEditCountsAtOnce() throws Exception {
        Path file = s.surveys().factorBook().file();
        assertThat(file).startsWith(dir).exists();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains("illustrative");
        Files.writeString(file, text.replace("corner,corner,=,yes,no,1.05", "corner,corner,=,yes,no,1.20"), StandardCharsets.UTF_8);
        SurveyAdjustment a = s.surveys().preview(scenario.id(), new FieldSurvey(null, null, null, true, null, null, null, null, null));
        assertThat(a.monthly()).isEqualTo(30_000_000 * 1.20);

        Files.writeString(file, text.replace("corner,corner,=,yes,no,1.05", "corner,corner,=,yes,no,많이"), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> s.surveys().preview(scenario.id(), onSite())).isInstanceOf(ConsultException.class)
                .satisfies(e -> assertThat(((ConsultException) e).localized()).contains(file.toString(), "6열"));
        s.surveys().factorBook().restoreDefaults();
        assertThat(s.surveys().factorBook().factors()).isEqualTo(SurveyFactorBook.defaults());
    }

    @Test
    void impossibleSurveyValuesAreRefusedAndNothingIsSaved() {
        assertThatThrownBy(() -> s.surveys().save(scenario.id(), new FieldSurvey(-2.0, null, null, null, null, null, null, null, null)))
                .hasMessageContaining("consult.survey.error.frontage");
        assertThatThrownBy(() -> s.surveys().save(scenario.id(), new FieldSurvey(null, null, null, null, null,
                List.of(new TrafficSample("25:00", 10, 5)), null, null, null))).hasMessageContaining("consult.survey.error.time");
        assertThatThrownBy(() -> s.surveys().save(scenario.id(), new FieldSurvey(null, null, null, null, null,
                List.of(new TrafficSample("12:00", 0, 5)), null, null, null))).hasMessageContaining("consult.survey.error.sample");
        assertThat(s.surveys().survey(scenario.id())).isEmpty();
        assertThat(s.scenario(scenario.id()).snapshot().attachments()).isEmpty();
    }
}
