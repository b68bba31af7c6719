package kr.sanggwon.sample;

import java.util.ArrayList;
import java.util.List;

/** File names of a sample set, in the order they are imported (영역 master files first). */
public final class SampleFiles {
    static final String PREFIX = "서울시 상권분석서비스(";
    public static final String AREA_TRDAR = PREFIX + "영역-상권).csv";
    public static final String AREA_ADSTRD = PREFIX + "영역-행정동).json";
    public static final String SALES_T = PREFIX + "추정매출-상권).csv";
    public static final String SALES_D = PREFIX + "추정매출-행정동).csv";
    public static final String STORES_T = PREFIX + "점포-상권).csv";
    public static final String FLOATING_T = PREFIX + "길단위인구-상권).csv";
    public static final String FLOATING_D = PREFIX + "길단위인구-행정동).csv";
    public static final String RESIDENT_T = PREFIX + "상주인구-상권).csv";
    public static final String WORKER_T = PREFIX + "직장인구-상권).csv";
    public static final String INCOME_T = PREFIX + "소득소비-상권).csv";
    public static final String INCOME_D = PREFIX + "소득소비-행정동).csv";
    public static final String FACILITY_T = PREFIX + "집객시설-상권).csv";
    public static final String FACILITY_D = PREFIX + "집객시설-행정동).csv";
    public static final String CHANGE_T = PREFIX + "상권변화지표-상권).csv";
    public static final String APARTMENT_T = PREFIX + "아파트-상권).csv";

    private SampleFiles() {
    }

    /** The SEMAS 상가(상권)정보 file name of the release that matches the last quarter, e.g. …_서울_202412.csv. */
    public static String semas(int lastQuarter) {
        return "소상공인시장진흥공단_상가(상권)정보_서울_" + (lastQuarter / 10) + String.format("%02d", (lastQuarter % 10) * 3) + ".csv";
    }

    /** Every file of a set whose last quarter is {@code lastQuarter}, master files first. */
    public static List<String> all(int lastQuarter) {
        List<String> names = new ArrayList<>(List.of(AREA_TRDAR, AREA_ADSTRD, SALES_T, SALES_D, STORES_T, FLOATING_T, FLOATING_D,
                RESIDENT_T, WORKER_T, INCOME_T, INCOME_D, FACILITY_T, FACILITY_D, CHANGE_T, APARTMENT_T));
        names.add(semas(lastQuarter));
        return List.copyOf(names);
    }
}
