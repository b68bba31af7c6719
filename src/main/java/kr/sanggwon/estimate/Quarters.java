package kr.sanggwon.estimate;

/** Arithmetic on yyyyq quarter codes. */
public final class Quarters {
    private Quarters() {
    }

    /** {@code q} moved by {@code n} quarters (negative = back). */
    public static int plus(int q, int n) {
        int index = (q / 10) * 4 + (q % 10 - 1) + n;
        return (index / 4) * 10 + index % 4 + 1;
    }

    public static int minus(int q, int n) {
        return plus(q, -n);
    }

    public static int quarterOfYear(int q) {
        return q % 10;
    }

    /** Number of quarters from {@code a} to {@code b} (b − a). */
    public static int between(int a, int b) {
        return ((b / 10) * 4 + b % 10) - ((a / 10) * 4 + a % 10);
    }
}
