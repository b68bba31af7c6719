package kr.sanggwon.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** EPSG:5181 against its definition: the origin, an independent meridian-arc integral, and the round trip. */
class TmProjectionTest {
    private static final double A = 6_378_137.0;
    private static final double E2 = (1 / 298.257222101) * (2 - 1 / 298.257222101);

    @Test
    void theOriginIsTheFalseEastingAndNorthing() {
        double[] p = TmProjection.toTm(127, 38);
        assertThat(p[0]).isCloseTo(200_000, within(1e-6));
        assertThat(p[1]).isCloseTo(500_000, within(1e-6));
    }

    @Test
    void onTheCentralMeridianNorthingIsTheMeridianArc() {
        // Simpson's rule over the meridian radius of curvature M(φ) = a(1−e²)/(1−e² sin²φ)^1.5, from 37° to 38°
        int n = 1000;
        double from = Math.toRadians(37);
        double to = Math.toRadians(38);
        double h = (to - from) / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double phi = from + i * h;
            double m = A * (1 - E2) / Math.pow(1 - E2 * Math.sin(phi) * Math.sin(phi), 1.5);
            sum += m * (i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2);
        }
        double arc = sum * h / 3;
        double[] p = TmProjection.toTm(127, 37);
        assertThat(p[0]).isCloseTo(200_000, within(1e-6));
        assertThat(p[1]).isCloseTo(500_000 - arc, within(0.01));
    }

    @Test
    void aDegreeOfLongitudeAtSeoulIsAbout88Kilometres() {
        double[] a = TmProjection.toTm(126.5, 37.55);
        double[] b = TmProjection.toTm(127.5, 37.55);
        // parallel arc N cos φ Δλ at 37.55°: 88.3 km (TM stretches it slightly off the central meridian)
        assertThat(b[0] - a[0]).isBetween(88_200.0, 88_500.0);
        assertThat(a[1]).isCloseTo(b[1], within(1e-6));
    }

    @Test
    void inverseUndoesForwardToAMillimetre() {
        for (double[] ll : new double[][] {{126.907167758086, 37.5206127169276}, {127.049017986567, 37.5668565302032},
                {126.8, 37.7}, {127.2, 37.4}}) {
            double[] p = TmProjection.toTm(ll[0], ll[1]);
            double[] back = TmProjection.toLonLat(p[0], p[1]);
            double[] again = TmProjection.toTm(back[0], back[1]);
            assertThat(back[0]).isCloseTo(ll[0], within(1e-8));
            assertThat(back[1]).isCloseTo(ll[1], within(1e-8));
            assertThat(Math.hypot(again[0] - p[0], again[1] - p[1])).isLessThan(0.001);
        }
    }
}
