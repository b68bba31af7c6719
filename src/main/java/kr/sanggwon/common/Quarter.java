package kr.sanggwon.common;

/**
 * A calendar quarter, stored and passed around as its yyyyq code (20241 = 2024년 1분기) in tables, caches and hot
 * loops. The one place for quarter arithmetic: the value type for code that wants one, and the same arithmetic on
 * codes for code that keeps ints.
 */
public record Quarter(int year, int quarterOfYear) implements Comparable<Quarter> {

    public Quarter {
        if (quarterOfYear < 1 || quarterOfYear > 4 || year < 1) {
            throw new IllegalArgumentException("not a quarter: " + year + "Q" + quarterOfYear);
        }
    }

    /** The quarter of a yyyyq code; a code whose last digit is not 1–4 is refused. */
    public static Quarter of(int yyyyq) {
        return new Quarter(yyyyq / 10, yyyyq % 10);
    }

    /** The yyyyq code. */
    public int code() {
        return year * 10 + quarterOfYear;
    }

    /** This quarter moved by {@code n} quarters (negative = back). */
    public Quarter plus(int n) {
        return of(plus(code(), n));
    }

    public Quarter previous() {
        return plus(-1);
    }

    /** The same quarter one year earlier (the 전년 동기 of the KPI deltas). */
    public Quarter yearAgo() {
        return new Quarter(year - 1, quarterOfYear);
    }

    /** Quarters from this one to {@code other} (other − this). */
    public int until(Quarter other) {
        return between(code(), other.code());
    }

    @Override
    public int compareTo(Quarter o) {
        return Integer.compare(code(), o.code());
    }

    /** The code {@code n} quarters after {@code yyyyq} (negative = before). */
    public static int plus(int yyyyq, int n) {
        int index = (yyyyq / 10) * 4 + (yyyyq % 10 - 1) + n;
        return (index / 4) * 10 + index % 4 + 1;
    }

    /** The code {@code n} quarters before {@code yyyyq}. */
    public static int minus(int yyyyq, int n) {
        return plus(yyyyq, -n);
    }

    /** The code of the quarter before {@code yyyyq}. */
    public static int previous(int yyyyq) {
        return plus(yyyyq, -1);
    }

    /** The code of the same quarter a year before {@code yyyyq}. */
    public static int yearAgo(int yyyyq) {
        return yyyyq - 10;
    }

    /** 1–4 of a yyyyq code. */
    public static int quarterOfYear(int yyyyq) {
        return yyyyq % 10;
    }

    /** Quarters from code {@code a} to code {@code b} (b − a). */
    public static int between(int a, int b) {
        return ((b / 10) * 4 + b % 10) - ((a / 10) * 4 + a % 10);
    }
}
