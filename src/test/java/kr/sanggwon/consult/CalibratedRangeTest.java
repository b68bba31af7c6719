package kr.sanggwon.consult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 내 상담 기록으로 보정한 범위 on a constructed case: six months from three clients, each forecast 100 with the range
 * 80–125 (half-width ln 1.25 in log terms); their log errors are chosen so that the 80th percentile is 1.5 × that
 * half-width, so the calibrated range is 100 × 0.8^1.5 … 100 × 1.25^1.5.
 */
class CalibratedRangeTest {
    private static final double H = Math.log(1.25);

    /** Months whose |ln(actual / forecast)| are {@code errors} (alternating above and below the forecast). */
    private static List<RangeCalibration.Point> points(double... errors) {
        List<RangeCalibration.Point> out = new ArrayList<>();
        for (int i = 0; i < errors.length; i++) {
            double actual = 100 * Math.exp(i % 2 == 0 ? errors[i] : -errors[i]);
            out.add(new RangeCalibration.Point(actual, 100, 80, 125));
        }
        return out;
    }

    @Test
    void enoughRecordsStretchTheRangeByTheirEightiethPercentileError() {
        // sorted |r|: the 80th percentile of six values is the fifth exactly
        RangeCalibration c = RangeCalibration.of(points(0.05, 0.5, 0.1, 1.5 * H, 0.15, 0.2), 3);
        assertThat(c.active()).isTrue();
        assertThat(c.k()).isCloseTo(1.5, within(1e-9));
        assertThat(c.records()).isEqualTo(6);

        CalibratedRange r = CalibratedRange.of(c, 1_000_000, 800_000, 1_250_000, 3_000_000, 2_400_000, 3_750_000);
        assertThat(r.monthlyLow()).isCloseTo(1_000_000 * Math.pow(0.8, 1.5), within(1e-6));
        assertThat(r.monthlyHigh()).isCloseTo(1_000_000 * Math.pow(1.25, 1.5), within(1e-6));
        assertThat(r.quarterlyLow()).isCloseTo(3 * r.monthlyLow(), within(1e-6));
        assertThat(r.quarterlyHigh()).isCloseTo(3 * r.monthlyHigh(), within(1e-6));
        assertThat(r.monthly()).isEqualTo(1_000_000);            // the point is the model's; only the range moves
        assertThat(r.records()).isEqualTo(6);
        assertThat(r.clients()).isEqualTo(3);
        assertThat(r.k()).isCloseTo(1.5, within(1e-9));
    }

    @Test
    void shopsInsideTheRangeNarrowItAndTheFactorIsHeldWithinItsBounds() {
        RangeCalibration narrow = RangeCalibration.of(points(0.01, 0.02, 0.03, 0.04, 0.6 * H, 0.2), 3);
        assertThat(narrow.k()).isCloseTo(0.6, within(1e-9));
        CalibratedRange r = CalibratedRange.of(narrow, 100, 80, 125, Double.NaN, Double.NaN, Double.NaN);
        assertThat(r.monthlyLow()).isGreaterThan(80).isCloseTo(100 * Math.pow(0.8, 0.6), within(1e-9));
        assertThat(r.monthlyHigh()).isLessThan(125);
        assertThat(r.quarterlyLow()).isNaN();                    // no quarterly range given, none made up

        RangeCalibration wild = RangeCalibration.of(points(2, 2, 2, 2, 2, 2), 4);
        assertThat(wild.k()).isEqualTo(RangeCalibration.MAX_K);
    }

    @Test
    void tooFewRecordsOrClientsOrNoRangeGiveNoCalibratedRange() {
        assertThat(CalibratedRange.of(RangeCalibration.of(points(0.3, 0.3, 0.3, 0.3, 0.3), 3), 100, 80, 125, 300, 240, 375)).isNull();
        assertThat(CalibratedRange.of(RangeCalibration.of(points(0.3, 0.3, 0.3, 0.3, 0.3, 0.3), 2), 100, 80, 125, 300, 240, 375)).isNull();
        RangeCalibration active = RangeCalibration.of(points(0.3, 0.3, 0.3, 0.3, 0.3, 0.3), 3);
        assertThat(CalibratedRange.of(active, 100, Double.NaN, Double.NaN, 300, 240, 375)).isNull();
        assertThat(CalibratedRange.of(null, 100, 80, 125, 300, 240, 375)).isNull();
    }

    @Test
    void theCalibratedRangeScalesWithTheForecast() {
        RangeCalibration c = RangeCalibration.of(points(0.05, 0.5, 0.1, 1.5 * H, 0.15, 0.2), 3);
        CalibratedRange one = CalibratedRange.of(c, 100, 70, 140, Double.NaN, Double.NaN, Double.NaN);
        CalibratedRange tenth = CalibratedRange.of(c, 10, 7, 14, Double.NaN, Double.NaN, Double.NaN);
        // the new shop's share (a factor on point and range) can be taken before or after calibrating
        assertThat(tenth.monthlyLow() * 10).isCloseTo(one.monthlyLow(), within(1e-9));
        assertThat(tenth.monthlyHigh() * 10).isCloseTo(one.monthlyHigh(), within(1e-9));
    }
}
