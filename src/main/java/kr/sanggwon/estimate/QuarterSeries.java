package kr.sanggwon.estimate;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Values per district per quarter, read "as of" a quarter: the latest quarter at or before it. */
public final class QuarterSeries<V> {
    private final Map<String, TreeMap<Integer, V>> byDistrict = new HashMap<>();
    private int minQuarter = Integer.MAX_VALUE;
    private int maxQuarter = Integer.MIN_VALUE;

    public void put(String district, int quarter, V value) {
        byDistrict.computeIfAbsent(district, k -> new TreeMap<>()).put(quarter, value);
        minQuarter = Math.min(minQuarter, quarter);
        maxQuarter = Math.max(maxQuarter, quarter);
    }

    /** The latest entry of {@code district} at or before {@code quarter}, or null. */
    public Map.Entry<Integer, V> asOf(String district, int quarter) {
        TreeMap<Integer, V> m = byDistrict.get(district);
        return m == null ? null : m.floorEntry(quarter);
    }

    public V exact(String district, int quarter) {
        TreeMap<Integer, V> m = byDistrict.get(district);
        return m == null ? null : m.get(quarter);
    }

    public java.util.Set<String> districtCodes() {
        return java.util.Collections.unmodifiableSet(byDistrict.keySet());
    }

    public boolean isEmpty() {
        return byDistrict.isEmpty();
    }

    /** Last quarter present anywhere (Integer.MIN_VALUE when empty). */
    public int maxQuarter() {
        return maxQuarter;
    }

    public int minQuarter() {
        return minQuarter;
    }

    public int districts() {
        return byDistrict.size();
    }
}
