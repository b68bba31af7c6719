package kr.sanggwon.ui.map;

import java.util.Arrays;

/** Ring helpers for the map: thinning points closer than a tolerance (fast redraw while panning) and hit testing. */
public final class RingSimplifier {
    private RingSimplifier() {
    }

    /** True when (x, y) lies inside the rings (even-odd rule, so holes are outside). */
    public static boolean contains(java.util.List<double[]> rings, double x, double y) {
        boolean inside = false;
        for (double[] r : rings) {
            int n = r.length / 2;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double xi = r[2 * i];
                double yi = r[2 * i + 1];
                double xj = r[2 * j];
                double yj = r[2 * j + 1];
                if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                    inside = !inside;
                }
            }
        }
        return inside;
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
