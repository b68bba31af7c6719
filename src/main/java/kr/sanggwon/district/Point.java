package kr.sanggwon.district;

/** One quarter of a series. */
public record Point(int quarter, double value) {
}
