package kr.sanggwon.district;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.sanggwon.store.ReadSession;

/**
 * The lookalike features of every district, read from district_feature (V30). A 상권 without its own population or
 * income rows takes its 행정동's values.
 */
final class FeatureTable {
    static final class Entry {
        final String code;
        final String level;
        final String name;
        final String guName;
        final String typeCode;
        final String typeName;
        final String dongCode;
        final Map<Feature, Double> values = new EnumMap<>(Feature.class);

        Entry(String code, String level, String name, String guName, String typeCode, String typeName, String dongCode) {
            this.code = code;
            this.level = level;
            this.name = name;
            this.guName = guName;
            this.typeCode = typeCode;
            this.typeName = typeName;
            this.dongCode = dongCode;
        }
    }

    final long version;
    final List<Entry> entries;

    private FeatureTable(long version, List<Entry> entries) {
        this.version = version;
        this.entries = entries;
    }

    static FeatureTable load(ReadSession s, long version) {
        List<Entry> entries = new ArrayList<>();
        Map<String, Entry> byCode = new HashMap<>();
        for (DistrictRepository.FeatureRow row : DistrictRepository.features(s)) {
            Entry e = new Entry(row.code(), row.level(), row.name(), row.guName(), row.typeCode(), row.typeName(), row.dongCode());
            double[] v = row.values();
            double floating = v[0];
            if (floating > 0) {
                e.values.put(Feature.FLOATING, floating);
                putShare(e, Feature.FEMALE_SHARE, v[1], floating);
                putShare(e, Feature.YOUNG_SHARE, v[2] + v[3], floating);
                putShare(e, Feature.SENIOR_SHARE, v[4] + v[5], floating);
                putShare(e, Feature.LUNCH_SHARE, v[6], floating);
                putShare(e, Feature.EVENING_SHARE, v[7] + v[8], floating);
            }
            put(e, Feature.WORKERS, v[9]);
            put(e, Feature.RESIDENTS, v[10]);
            put(e, Feature.FACILITIES, v[11]);
            put(e, Feature.SUBWAY, v[12]);
            put(e, Feature.INCOME, v[13]);
            put(e, Feature.APT_PRICE, v[14]);
            entries.add(e);
            byCode.put(e.code, e);
        }
        for (Entry e : entries) {
            Entry dong = e.dongCode == null ? null : byCode.get(e.dongCode);
            if ("T".equals(e.level) && dong != null) {
                for (Map.Entry<Feature, Double> v : dong.values.entrySet()) {
                    e.values.putIfAbsent(v.getKey(), v.getValue());
                }
            }
        }
        return new FeatureTable(version, List.copyOf(entries));
    }

    private static void putShare(Entry e, Feature f, double part, double total) {
        if (!Double.isNaN(part)) {
            e.values.put(f, part / total);
        }
    }

    private static void put(Entry e, Feature f, double v) {
        if (!Double.isNaN(v)) {
            e.values.put(f, v);
        }
    }
}
