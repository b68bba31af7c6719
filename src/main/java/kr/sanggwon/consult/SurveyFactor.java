package kr.sanggwon.consult;

import java.util.Locale;

/**
 * One storefront adjustment as written in the factors file: when it applies (a field, an operator and a value), its
 * multiplier, and what the consultant and the owner read about it (label, rationale, source). {@code each}: applied
 * once per matching competitor, the product never past {@code limit}.
 */
public record SurveyFactor(String id, String field, String op, String value, boolean each, double multiplier, Double limit,
                           String labelKo, String labelEn, String rationaleKo, String rationaleEn, String source) {

    public String label() {
        return korean() ? labelKo : labelEn;
    }

    public String rationale() {
        return korean() ? rationaleKo : rationaleEn;
    }

    private static boolean korean() {
        return kr.sanggwon.common.Messages.locale().getLanguage().equals(Locale.KOREAN.getLanguage());
    }

    /** How many times the factor applies to the survey (0 = not at all; 1 for a plain condition that holds). */
    int matches(FieldSurvey s) {
        return switch (field) {
            case "frontage" -> number(s.frontageMeters());
            case "floor" -> number(s.floor() == null ? null : s.floor().doubleValue());
            case "traffic" -> number(s.trafficPerHour());
            case "visibility" -> text(s.visibility() == null ? null : s.visibility().name());
            case "parking" -> text(s.parking() == null ? null : s.parking().name());
            case "corner" -> text(s.corner() == null ? null : s.corner() ? "yes" : "no");
            case "competitor" -> (int) s.competitors().stream().filter(c -> compare(c.distanceMeters())).count();
            default -> 0;
        };
    }

    private int number(Double v) {
        return v != null && compare(v) ? 1 : 0;
    }

    private int text(String v) {
        return v != null && op.equals("=") && v.equalsIgnoreCase(value) ? 1 : 0;
    }

    private boolean compare(double v) {
        double x = Double.parseDouble(value);
        return switch (op) {
            case "=" -> v == x;
            case "<" -> v < x;
            case "<=" -> v <= x;
            case ">" -> v > x;
            case ">=" -> v >= x;
            default -> false;
        };
    }

    /** The multiplier for {@code count} matches: once, or per match for {@code each} factors, held at the limit. */
    double effect(int count) {
        if (count == 0) {
            return 1.0;
        }
        if (!each) {
            return multiplier;
        }
        double m = Math.pow(multiplier, count);
        if (limit != null) {
            m = multiplier < 1 ? Math.max(m, limit) : Math.min(m, limit);
        }
        return m;
    }
}
