package kr.sanggwon.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * What to generate: the seed (same seed, same files), the first quarter (yyyyq), how many quarters, and about how
 * many 상권.
 */
public record SampleOptions(long seed, int firstQuarter, int quarters, int districts) {
    public static final long DEFAULT_SEED = 20_241;
    public static final int DEFAULT_FIRST_QUARTER = 20_221;
    public static final int DEFAULT_QUARTERS = 12;
    public static final int DEFAULT_DISTRICTS = 120;

    public SampleOptions {
        if (quarters < 1 || quarters > 80) {
            throw new IllegalArgumentException("quarters must be 1..80");
        }
        if (districts < 30 || districts > 5_000) {
            throw new IllegalArgumentException("districts must be 30..5000");
        }
        int q = firstQuarter % 10;
        if (q < 1 || q > 4 || firstQuarter / 10 < 2000 || firstQuarter / 10 > 2100) {
            throw new IllegalArgumentException("first quarter must be yyyyq");
        }
    }

    public static SampleOptions defaults(long seed) {
        return new SampleOptions(seed, DEFAULT_FIRST_QUARTER, DEFAULT_QUARTERS, DEFAULT_DISTRICTS);
    }

    /** The quarters as yyyyq codes, oldest first. */
    public List<Integer> quarterCodes() {
        List<Integer> list = new ArrayList<>();
        int year = firstQuarter / 10;
        int q = firstQuarter % 10;
        for (int i = 0; i < quarters; i++) {
            list.add(year * 10 + q);
            if (++q > 4) {
                q = 1;
                year++;
            }
        }
        return List.copyOf(list);
    }

    public int lastQuarter() {
        List<Integer> codes = quarterCodes();
        return codes.get(codes.size() - 1);
    }
}
