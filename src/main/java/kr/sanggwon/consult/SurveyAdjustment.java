package kr.sanggwon.consult;

import java.util.List;

/**
 * Base estimate → factors → adjusted estimate. The adjusted figures are always computed from the base (base × the
 * product of the factors that are on, in file order), so turning a factor off gives back exactly what it would be
 * without it, and turning all off gives back the base itself.
 */
public record SurveyAdjustment(double baseMonthly, Double baseLow, Double baseHigh, List<Applied> factors,
                               double multiplier, double monthly, Double low, Double high) {

    /** A factor that matched the survey: its effect (for {@code count} matches) and whether it is on. */
    public record Applied(String id, String label, String rationale, String source, int count, double effect, boolean on) {
    }

    /** Applies the factors that match {@code survey} to the base figures. */
    public static SurveyAdjustment of(double baseMonthly, Double baseLow, Double baseHigh, List<SurveyFactor> factors, FieldSurvey survey) {
        List<Applied> applied = new java.util.ArrayList<>();
        double product = 1.0;
        for (SurveyFactor f : factors) {
            int n = f.matches(survey);
            if (n == 0) {
                continue;
            }
            boolean on = !survey.switchedOff().contains(f.id());
            double effect = f.effect(n);
            applied.add(new Applied(f.id(), f.label(), f.rationale(), f.source(), n, effect, on));
            if (on) {
                product *= effect;
            }
        }
        return new SurveyAdjustment(baseMonthly, baseLow, baseHigh, applied, product, baseMonthly * product,
                baseLow == null ? null : baseLow * product, baseHigh == null ? null : baseHigh * product);
    }
}
