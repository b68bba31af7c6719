package kr.sanggwon.finance;

import java.util.Locale;

/**
 * One default value of the simulation with where it comes from: {@code sourceKo}/{@code sourceEn} name the
 * publication or say it is an assumption; {@code year} is the year it refers to. {@code userSet}: the user replaced
 * the bundled value (stored in the database); then the sources say so.
 */
public record Assumption(Param param, String scope, int year, double value, String sourceKo, String sourceEn, boolean userSet) {

    public String source(Locale locale) {
        return locale.getLanguage().equals("en") ? sourceEn : sourceKo;
    }
}
