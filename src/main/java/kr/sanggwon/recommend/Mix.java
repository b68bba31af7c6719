package kr.sanggwon.recommend;

/**
 * Shares of people (or sales) by age band (6), gender (2) and time band (6); NaN arrays when unknown. Built from
 * counts; shares sum to 1 within each dimension.
 */
record Mix(double[] age, double[] gender, double[] time) {
    static final String[] AGE = {"age10", "age20", "age30", "age40", "age50", "age60"};
    static final String[] GENDER = {"male", "female"};
    static final String[] TIME = {"t00_06", "t06_11", "t11_14", "t14_17", "t17_21", "t21_24"};

    static Mix of(double[] age, double[] gender, double[] time) {
        return new Mix(shares(age), shares(gender), shares(time));
    }

    static double[] shares(double[] counts) {
        double sum = 0;
        for (double c : counts) {
            if (!Double.isFinite(c) || c < 0) {
                return null;
            }
            sum += c;
        }
        if (sum <= 0) {
            return null;
        }
        double[] out = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            out[i] = counts[i] / sum;
        }
        return out;
    }

    boolean complete() {
        return age != null && gender != null && time != null;
    }

    /** 1 − half the L1 distance, averaged over the dimensions both mixes have: 1 = same mix, 0 = disjoint. */
    double similarity(Mix other) {
        double sum = 0;
        int n = 0;
        double[][] a = {age, gender, time};
        double[][] b = {other.age, other.gender, other.time};
        for (int d = 0; d < 3; d++) {
            if (a[d] != null && b[d] != null) {
                double l1 = 0;
                for (int i = 0; i < a[d].length; i++) {
                    l1 += Math.abs(a[d][i] - b[d][i]);
                }
                sum += 1 - l1 / 2;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /**
     * How much of the owner's target this mix holds relative to {@code seoul}: the mean over the chosen dimensions of
     * (share of the chosen bands here) / (their share in Seoul). 1 = as Seoul; 1.3 = 30% more of the target.
     */
    double targetLift(Target target, Mix seoul) {
        double sum = 0;
        int n = 0;
        if (!target.ages().isEmpty()) {
            double l = lift(age, seoul.age, AGE, target.ages());
            if (Double.isFinite(l)) {
                sum += l;
                n++;
            }
        }
        if (target.gender() != null) {
            double l = lift(gender, seoul.gender, GENDER, java.util.Set.of(target.gender()));
            if (Double.isFinite(l)) {
                sum += l;
                n++;
            }
        }
        if (!target.times().isEmpty()) {
            double l = lift(time, seoul.time, TIME, target.times());
            if (Double.isFinite(l)) {
                sum += l;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static double lift(double[] here, double[] base, String[] ids, java.util.Set<String> chosen) {
        if (here == null || base == null) {
            return Double.NaN;
        }
        double h = 0;
        double b = 0;
        for (int i = 0; i < ids.length; i++) {
            if (chosen.contains(ids[i])) {
                h += here[i];
                b += base[i];
            }
        }
        return b > 0 ? h / b : Double.NaN;
    }
}
