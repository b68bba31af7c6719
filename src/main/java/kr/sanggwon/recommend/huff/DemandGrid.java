package kr.sanggwon.recommend.huff;

import java.util.ArrayList;
import java.util.List;

/**
 * The demand points of a catchment: a square grid clipped to the circle around the new shop. Each point is weighted by
 * the floating population around it: every nearby district spreads its people over a Gaussian as wide as the district
 * (σ = √(area/π), 150 m when the area is unknown), so a point next to a busy 상권 counts more than one in a quiet
 * block. Without floating population the points weigh the same (uniform), and the result says so.
 */
final class DemandGrid {
    static final double DEFAULT_SIGMA = 150;
    static final double MIN_SIGMA = 50;
    /** How far (in σ) a district's people reach; beyond that the Gaussian is under 1 %. */
    static final double REACH = 3;

    /** How the demand points were weighted. */
    enum Weighting { FLOATING, UNIFORM }

    record Grid(List<HuffModel.Demand> points, Weighting weighting, int districtsUsed) {
    }

    private DemandGrid() {
    }

    static Grid build(double cx, double cy, double radius, double step, List<HuffRepository.Spot> spots) {
        List<double[]> cells = new ArrayList<>();
        int n = (int) Math.floor(radius / step);
        for (int i = -n; i <= n; i++) {
            for (int j = -n; j <= n; j++) {
                double dx = i * step;
                double dy = j * step;
                if (dx * dx + dy * dy <= radius * radius) {
                    cells.add(new double[] {cx + dx, cy + dy});
                }
            }
        }
        double[] w = new double[cells.size()];
        java.util.Set<String> used = new java.util.HashSet<>();
        double total = 0;
        for (HuffRepository.Spot s : spots) {
            if (s.people() <= 0) {
                continue;
            }
            double sigma = s.area() == null ? DEFAULT_SIGMA : Math.max(MIN_SIGMA, Math.sqrt(s.area() / Math.PI));
            double norm = s.people() / (2 * Math.PI * sigma * sigma);
            for (int k = 0; k < cells.size(); k++) {
                double d = Math.hypot(cells.get(k)[0] - s.x(), cells.get(k)[1] - s.y());
                if (d <= REACH * sigma) {
                    double v = norm * Math.exp(-d * d / (2 * sigma * sigma));
                    w[k] += v;
                    total += v;
                    used.add(s.code());
                }
            }
        }
        boolean floating = total > 0;
        List<HuffModel.Demand> points = new ArrayList<>(cells.size());
        for (int k = 0; k < cells.size(); k++) {
            points.add(new HuffModel.Demand(cells.get(k)[0], cells.get(k)[1], floating ? w[k] : 1));
        }
        return new Grid(points, floating ? Weighting.FLOATING : Weighting.UNIFORM, used.size());
    }
}
