package kr.sanggwon.sample;

/** Splits whole numbers by weights so the parts add up exactly (largest remainder), as the official sums do. */
final class Splits {
    private Splits() {
    }

    static long[] split(long total, double[] weights) {
        long[] parts = new long[weights.length];
        double sum = 0;
        for (double w : weights) {
            sum += Math.max(0, w);
        }
        if (total <= 0 || sum <= 0) {
            if (sum <= 0 && total > 0) {
                parts[0] = total;
            }
            return parts;
        }
        double[] remainders = new double[weights.length];
        long assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * Math.max(0, weights[i]) / sum;
            parts[i] = (long) Math.floor(exact);
            remainders[i] = exact - parts[i];
            assigned += parts[i];
        }
        for (long left = total - assigned; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1;
        }
        return parts;
    }

    static long sum(long[] parts, int from, int to) {
        long s = 0;
        for (int i = from; i < to; i++) {
            s += parts[i];
        }
        return s;
    }

    /** Multiplies each weight by a factor near 1 (quarter-to-quarter wobble of a mix). */
    static double[] jitter(double[] weights, java.util.Random random, double sd) {
        double[] w = new double[weights.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = weights[i] * Math.max(0.2, 1 + random.nextGaussian() * sd);
        }
        return w;
    }
}
