package kr.sanggwon.ui.glossary;

import kr.sanggwon.district.Metric;

/** Which 용어 사전 entry explains each KPI of 상권 현황. */
public final class GlossaryKeys {
    private GlossaryKeys() {
    }

    /** Which entry explains each part of the 유망 상권 score. */
    public static String forPart(kr.sanggwon.recommend.Part p) {
        return switch (p) {
            case SALES -> "partSales";
            case TREND -> "partTrend";
            case COMPETITION -> "partCompetition";
            case SURVIVAL -> "partSurvival";
            case CHANGE -> "changeIndex";
            case FIT -> "partFit";
            case CONFIDENCE -> "partConfidence";
        };
    }

    public static String forMetric(Metric m) {
        return switch (m) {
            case SALES, SALES_COUNT -> "estimatedSales";
            case SALES_PER_STORE -> "salesPerStore";
            case STORES -> "similarStores";
            case OPEN_RATE -> "openRate";
            case CLOSE_RATE -> "closeRate";
            case FRANCHISE_SHARE -> "franchiseShare";
            case FLOATING -> "floating";
            case RESIDENTS -> "resident";
            case WORKERS -> "working";
            case CHANGE_INDEX, OP_MONTHS -> "changeIndex";
        };
    }
}
