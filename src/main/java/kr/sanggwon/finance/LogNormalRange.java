package kr.sanggwon.finance;

/**
 * Monthly sales as a log-normal whose 10% and 90% quantiles are the ends of the estimate's 80% range:
 * {@code ln S ~ N(mu, sigma²)} with {@code mu = (ln low + ln high) / 2} and
 * {@code sigma = (ln high − ln low) / (2 · z₀.₉)}. Its median is the geometric mean of the range ends, which may differ a
 * little from the estimate's point when the range is not symmetric on the log scale.
 */
public record LogNormalRange(double mu, double sigma) {
    /** The standard normal's 90% quantile. */
    public static final double Z90 = 1.2815515655446004;

    public static LogNormalRange fromRange(double low, double high) {
        if (!(low > 0) || !(high >= low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("range must satisfy 0 < low <= high");
        }
        double mu = (Math.log(low) + Math.log(high)) / 2;
        double sigma = (Math.log(high) - Math.log(low)) / (2 * Z90);
        return new LogNormalRange(mu, sigma);
    }

    public double median() {
        return Math.exp(mu);
    }

    /** P(S ≤ x). */
    public double cdf(double x) {
        if (!(x > 0)) {
            return 0;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 1;
        }
        if (sigma == 0) {
            return x >= Math.exp(mu) ? 1 : 0;
        }
        return normalCdf((Math.log(x) - mu) / sigma);
    }

    /** The sales level of a standard normal draw {@code z}. */
    public double at(double z) {
        return Math.exp(mu + sigma * z);
    }

    /** Standard normal CDF (Abramowitz & Stegun 26.2.17, absolute error below 7.5e-8). */
    public static double normalCdf(double z) {
        if (z < 0) {
            return 1 - normalCdf(-z);
        }
        double t = 1 / (1 + 0.2316419 * z);
        double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        return 1 - Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI) * poly;
    }
}
