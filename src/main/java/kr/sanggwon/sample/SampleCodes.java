package kr.sanggwon.sample;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The district codes of the fictional sample city, which lie outside Seoul's real ranges (see {@link CityBuilder}):
 * 상권 codes start with one of the {@link DistrictType} prefixes (3118, 3128, 3138, 3008), 행정동 codes (8 digits,
 * 10 in SEMAS listings) with the sample 자치구 codes 11810–11860. Used to find sample rows in a data folder of the
 * previous version that mixed the sample with real data.
 */
public final class SampleCodes {
    /** First digits of the sample's 행정동 codes (자치구 118x0). */
    static final String DONG_PREFIX = "118";

    private SampleCodes() {
    }

    public static boolean isFictional(String code) {
        if (code == null) {
            return false;
        }
        if (code.length() == 7) {
            return Arrays.stream(DistrictType.values()).anyMatch(t -> code.startsWith(t.codePrefix));
        }
        return code.length() >= 8 && code.startsWith(DONG_PREFIX);
    }

    /** The same test as an SQL condition on {@code column} (a district or 행정동 code). */
    public static String sqlCondition(String column) {
        String trdar = Arrays.stream(DistrictType.values())
                .map(t -> column + " LIKE '" + t.codePrefix + "___'")
                .collect(Collectors.joining(" OR "));
        return "(" + trdar + " OR (LENGTH(" + column + ") >= 8 AND " + column + " LIKE '" + DONG_PREFIX + "%'))";
    }
}
