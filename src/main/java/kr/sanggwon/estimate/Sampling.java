package kr.sanggwon.estimate;

import java.util.ArrayList;
import java.util.List;

/** Deterministic sub-sampling and grouping by cell, so runs are repeatable and folds never split a cell. */
public final class Sampling {
    private Sampling() {
    }

    /** A stable pseudo-random number in [0, 1) for a cell (and salt). */
    public static double unit(Cell cell, int salt) {
        long h = cell.district().hashCode() * 0x9E3779B97F4A7C15L + cell.industry().hashCode() * 0xC2B2AE3D27D4EB4FL + salt;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (h >>> 11) / (double) (1L << 53);
    }

    public static int fold(Cell cell, int folds) {
        return Math.min(folds - 1, (int) (unit(cell, 7) * folds));
    }

    /** At most {@code max} examples, chosen by a stable hash of cell and quarter. */
    public static List<Example> cap(List<Example> rows, int max) {
        if (rows.size() <= max) {
            return rows;
        }
        double keep = (double) max / rows.size();
        List<Example> out = new ArrayList<>(max + max / 10);
        for (Example e : rows) {
            if (unit(e.cell(), e.quarter()) < keep) {
                out.add(e);
            }
        }
        return out;
    }
}
