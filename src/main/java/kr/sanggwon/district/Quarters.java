package kr.sanggwon.district;

/** Arithmetic on yyyyq quarter codes. */
public final class Quarters {
    private Quarters() {
    }

    public static int previous(int yyyyq) {
        return yyyyq % 10 == 1 ? (yyyyq / 10 - 1) * 10 + 4 : yyyyq - 1;
    }

    public static int yearBefore(int yyyyq) {
        return yyyyq - 10;
    }
}
