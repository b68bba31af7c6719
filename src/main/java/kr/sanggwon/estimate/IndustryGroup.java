package kr.sanggwon.estimate;

/** Coarse industry groups for calibrating ranges: the first three characters of the 서비스 업종 code (CS1/CS2/CS3). */
public final class IndustryGroup {
    public static final String ALL = "ALL";

    private IndustryGroup() {
    }

    public static String of(String industry) {
        return industry != null && industry.length() >= 3 ? industry.substring(0, 3) : ALL;
    }
}
