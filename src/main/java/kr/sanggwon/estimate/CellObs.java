package kr.sanggwon.estimate;

/**
 * One cell in one quarter: sales of the quarter and, at 상권 grain, store counts (NaN when not published).
 * {@code target} is sales per store (상권) or total sales (행정동); NaN when it cannot be formed.
 */
public record CellObs(double sales, double stores, double similarStores, double openRate, double closeRate, double franchise,
                      double target) {
}
