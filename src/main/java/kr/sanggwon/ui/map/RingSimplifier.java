package kr.sanggwon.ui.map;

import java.util.Arrays;

/** Drops ring points closer than a tolerance to the last kept one, so the map redraws fast while panning. */
public final class RingSimplifier {
    private RingSimplifier() {
    }

    /** {@code ring} is [x0, y0, x1, y1, …]; the first and last points are always kept. */
    public static double[] simplify(double[] ring, double tolerance) {
        int n = ring.length / 2;
        if (n <= 4) {
            return ring;
        }
        double[] out = new double[ring.length];
        double t2 = tolerance * tolerance;
        int k = 0;
        out[k++] = ring[0];
        out[k++] = ring[1];
        for (int i = 1; i < n - 1; i++) {
            double dx = ring[2 * i] - out[k - 2];
            double dy = ring[2 * i + 1] - out[k - 1];
            if (dx * dx + dy * dy >= t2) {
                out[k++] = ring[2 * i];
                out[k++] = ring[2 * i + 1];
            }
        }
        out[k++] = ring[2 * (n - 1)];
        out[k++] = ring[2 * (n - 1) + 1];
        return k < 8 ? ring : Arrays.copyOf(out, k);
    }
}
