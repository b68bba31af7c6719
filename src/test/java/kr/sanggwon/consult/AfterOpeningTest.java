package kr.sanggwon.consult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import kr.sanggwon.AppContext;
import kr.sanggwon.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 사후 점검: actual sales against the forecast given, the portfolio, and range calibration only past the minimum count. */
class AfterOpeningTest {
    @TempDir
    Path dir;
    AppContext app;
    ConsultService s;

    @BeforeEach
    void open() {
        Messages.setLocale(Locale.KOREAN);
        app = AppContext.open(dir);
        s = ConsultFixture.unlocked(app);
    }

    @AfterEach
    void close() {
        app.close();
    }

    /** A client with one scenario forecasting 10,000,000 won a month, range 8,000,000–12,500,000 (±ln 1.25). */
    private long[] clientWithForecast(String name) {
        Client c = s.addClient(new ClientInput(name, null, null, null, null, null, null, null));
        Consultation k = s.addConsultation(c.id(), new ConsultationInput(LocalDate.of(2025, 3, 2), null, null, null, null));
        Scenario sc = s.saveSnapshot(k.id(), Snapshots.estimate("예측", "11680640", "역삼1동", 10_000_000, 8_000_000, 12_500_000));
        return new long[] {c.id(), sc.id()};
    }

    @Test
    void actualSalesAreComparedWithTheForecastAsSavedIncludingTheFieldSurvey() {
        long[] a = clientWithForecast("조사후");
        s.surveys().save(a[1], new FieldSurvey(null, 2, null, null, null, null, null, null, null));   // 2층 ×0.85
        AfterOpening.Compared c = s.afterOpening().record(a[0], a[1], YearMonth.of(2025, 9), 9_350_000);
        assertThat(c.forecast()).isCloseTo(8_500_000, offset(1e-6));
        assertThat(c.error()).isCloseTo(0.10, offset(1e-9));
        assertThat(c.inside()).isTrue();
        assertThat(s.afterOpening().portfolio().rows()).singleElement()
                .satisfies(r -> assertThat(r.actual().sales()).isEqualTo(9_350_000));

        assertThatThrownBy(() -> s.afterOpening().record(a[0], a[1], YearMonth.now().plusMonths(1), 1)).hasMessageContaining("month");
        assertThatThrownBy(() -> s.afterOpening().record(a[0], a[1], YearMonth.of(2025, 10), 0)).hasMessageContaining("sales");
        long[] other = clientWithForecast("다른고객");
        assertThatThrownBy(() -> s.afterOpening().record(other[0], a[1], YearMonth.of(2025, 10), 5_000_000))
                .hasMessageContaining("otherClient");
        assertThat(s.afterOpening().portfolio().rows()).hasSize(1);
    }

    @Test
    void rangesChangeOnlyOnceThereAreEnoughRecordsAndThenBySpreadOverWidth() {
        double wide = Math.exp(1.5 * Math.log(1.25));   // every shop off by 1.5 × the range's half-width
        long[][] clients = {clientWithForecast("가"), clientWithForecast("나"), clientWithForecast("다")};
        int n = 0;
        for (long[] c : clients) {
            s.afterOpening().record(c[0], c[1], YearMonth.of(2025, 6), Math.round(10_000_000 * wide));
            n++;
            RangeCalibration early = s.afterOpening().portfolio().calibration();
            assertThat(early.active()).isFalse();
            assertThat(early.k()).isEqualTo(1.0);
            assertThat(early.apply(10_000_000, 8_000_000, 12_500_000)).containsExactly(8_000_000, 12_500_000);
        }
        for (long[] c : List.of(clients[0], clients[1], clients[2])) {
            s.afterOpening().record(c[0], c[1], YearMonth.of(2025, 7), Math.round(10_000_000 / wide));
        }
        RangeCalibration cal = s.afterOpening().portfolio().calibration();
        assertThat(cal.records()).isEqualTo(6);
        assertThat(cal.active()).isTrue();
        assertThat(cal.coverage()).isZero();
        assertThat(cal.k()).isCloseTo(1.5, offset(1e-6));
        double[] range = cal.apply(10_000_000, 8_000_000, 12_500_000);
        assertThat(range[0]).isCloseTo(10_000_000 / wide, offset(1.0));
        assertThat(range[1]).isCloseTo(10_000_000 * wide, offset(1.0));
    }

    @Test
    void aDongTotalSavedWithoutStoreDetailsIsNoForecastForOneShop() {
        Client c = s.addClient(new ClientInput("동전체", null, null, null, null, null, null, null));
        Consultation k = s.addConsultation(c.id(), new ConsultationInput(LocalDate.of(2025, 3, 2), null, null, null, null));
        Scenario cell = s.saveSnapshot(k.id(),
                Snapshots.cellTotal("역삼 전체", "11680640", "역삼1동", 2_216_000_000.0, 1_800_000_000.0, 2_700_000_000.0));
        assertThatThrownBy(() -> s.afterOpening().record(c.id(), cell.id(), YearMonth.of(2025, 9), 46_000_000))
                .isInstanceOf(ConsultException.class)
                .satisfies(e -> assertThat(((ConsultException) e).key()).isEqualTo("consult.actual.error.cellTotal"))
                .satisfies(e -> assertThat(((ConsultException) e).localized()).contains("역삼 전체", "역삼1동", "가게 한 곳"));
        assertThat(s.afterOpening().portfolio().rows()).isEmpty();

        // a month kept against such a scenario (an older client file) shows no forecast and no error, and stays out of
        // the calibration
        s.afterOpening().restore(c.id(), cell.id(), YearMonth.of(2025, 9), 46_000_000);
        AfterOpening.Portfolio p = s.afterOpening().portfolio();
        assertThat(p.rows()).singleElement().satisfies(r -> {
            assertThat(r.scenarioTitle()).isEqualTo("역삼 전체");
            assertThat(r.forecast()).isNull();
            assertThat(r.error()).isNull();
            assertThat(r.inside()).isNull();
        });
        assertThat(p.calibration().records()).isZero();

        // the same client's month without a scenario is still recorded
        assertThat(s.afterOpening().record(c.id(), null, YearMonth.of(2025, 10), 47_000_000).forecast()).isNull();
    }
}
