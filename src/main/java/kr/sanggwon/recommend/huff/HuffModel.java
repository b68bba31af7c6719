package kr.sanggwon.recommend.huff;

import java.util.List;

/**
 * The Huff (1964) gravity model on a set of demand points: at point i a shop j is chosen with probability
 * P_ij = (A_j / d_ij^λ) / Σ_k (A_k / d_ik^λ). A shop's share is Σ_i w_i P_ij / Σ_i w_i. Pure arithmetic, no data access.
 */
final class HuffModel {
    private HuffModel() {
    }

    /** One demand point (TM metres) and its weight (people, or 1 when uniform). */
    record Demand(double x, double y, double weight) {
    }

    /** One shop (TM metres) and its attractiveness A (1 = an ordinary shop of the industry). */
    record Shop(double x, double y, double attractiveness) {
    }

    /**
     * Each shop's share of the weighted demand, in the order of {@code shops}. Distances below {@code minDistance} count
     * as {@code minDistance}. Points with no shop at all (empty list) give no share to anyone.
     */
    static double[] shares(List<Demand> demand, List<Shop> shops, double lambda, double minDistance) {
        double[] share = new double[shops.size()];
        double total = 0;
        double[] pull = new double[shops.size()];
        for (Demand d : demand) {
            total += d.weight();
            if (shops.isEmpty() || d.weight() == 0) {
                continue;
            }
            double sum = 0;
            for (int j = 0; j < pull.length; j++) {
                Shop s = shops.get(j);
                double dist = Math.max(minDistance, Math.hypot(s.x() - d.x(), s.y() - d.y()));
                pull[j] = s.attractiveness() / Math.pow(dist, lambda);
                sum += pull[j];
            }
            for (int j = 0; j < pull.length; j++) {
                share[j] += d.weight() * pull[j] / sum;
            }
        }
        if (total > 0) {
            for (int j = 0; j < share.length; j++) {
                share[j] /= total;
            }
        }
        return share;
    }
}
