package kr.sanggwon.estimate;

/**
 * A comparable cell: the same industry in a similar district, with its real target in {@code quarter}
 * (sales per store at 상권 grain, total sales at 행정동 grain). {@code distance}: 0 = identical context.
 */
public record ComparableCell(String district, String name, String guName, String industry, int quarter, double target,
                         double stores, double distance) {
}
