package kr.sanggwon.customer;

import java.util.List;

/** The shares of every band of one dimension. */
public record DimensionProfile(Dimension dimension, List<Share> shares) {

    /** The band with the largest district share, or null. */
    public Share top() {
        Share best = null;
        for (Share s : shares) {
            if (s.district() != null && (best == null || s.district() > best.district())) {
                best = s;
            }
        }
        return best;
    }
}
