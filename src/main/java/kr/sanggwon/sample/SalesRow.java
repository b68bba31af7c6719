package kr.sanggwon.sample;

import java.util.Random;

/**
 * The 48 measures of one 추정매출 row: amounts then counts, each as 당월, 주중, 주말, 월–일, six time bands, 남, 여,
 * six age bands. 당월 = 주중 + 주말 = Σ요일 = Σ시간대 holds exactly; 남 + 여 covers only part of 당월 and Σ연령대 =
 * 남 + 여, as in the real files.
 */
record SalesRow(long[] amounts, long[] counts) {
    static final int WIDTH = 24;

    static SalesRow of(long amount, long count, double[] day, double[] time, double female, double[] age, double coverage,
                       Random random) {
        return new SalesRow(part(amount, day, time, female, age, coverage),
                part(count, Splits.jitter(day, random, 0.02), Splits.jitter(time, random, 0.02), female,
                        Splits.jitter(age, random, 0.03), Math.min(1, coverage + random.nextGaussian() * 0.02)));
    }

    static long[] part(long total, double[] day, double[] time, double female, double[] age, double coverage) {
        long[] v = new long[WIDTH];
        long[] days = Splits.split(total, day);
        long[] bands = Splits.split(total, time);
        v[0] = total;
        v[1] = Splits.sum(days, 0, 5);
        v[2] = Splits.sum(days, 5, 7);
        System.arraycopy(days, 0, v, 3, 7);
        System.arraycopy(bands, 0, v, 10, 6);
        long known = Math.round(total * Math.max(0, Math.min(1, coverage)));
        v[16] = Math.round(known * (1 - female));
        v[17] = known - v[16];
        System.arraycopy(Splits.split(known, age), 0, v, 18, 6);
        return v;
    }

    /** Day and time weights recovered from the parts (to re-split a scaled total at 행정동 level). */
    static double[] weights(long[] v, int from, int length) {
        double[] w = new double[length];
        for (int i = 0; i < length; i++) {
            w[i] = v[from + i];
        }
        return w;
    }
}
