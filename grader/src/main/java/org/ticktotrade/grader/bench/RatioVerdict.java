package org.ticktotrade.grader.bench;

import java.util.List;
import org.ticktotrade.grader.model.Status;

/**
 * Decides "is the candidate at least {@code threshold} times better than the baseline" from ratios
 * measured pair by pair (each pair: one fork of each arm, back to back). Works on log-ratios, so 2x
 * faster and 2x slower are symmetric, and takes a 95% t-interval of their mean:
 * <ul>
 *   <li>the whole interval at or above the threshold: PASSED;</li>
 *   <li>the whole interval below it: FAILED;</li>
 *   <li>straddling it: INCONCLUSIVE, because on a noisy machine a guess in either direction is a lie.</li>
 * </ul>
 *
 * @param ratio geometric mean of the pair ratios
 * @param low   lower end of the 95% interval
 * @param high  upper end of the 95% interval
 */
public record RatioVerdict(Status status, double ratio, double low, double high, int pairs) {

    /** Two-sided 95% Student-t quantiles for 1..30 degrees of freedom. */
    private static final double[] T95 = {
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
        2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042};

    public static RatioVerdict of(List<Double> ratios, double threshold) {
        int n = ratios.size();
        if (n == 0) {
            return new RatioVerdict(Status.ERROR, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double[] logs = ratios.stream().mapToDouble(Math::log).toArray();
        double mean = 0;
        for (double l : logs) {
            mean += l;
        }
        mean /= n;
        if (n == 1) {
            double r = Math.exp(mean);
            return new RatioVerdict(Status.INCONCLUSIVE, r, 0, Double.POSITIVE_INFINITY, 1);
        }
        double var = 0;
        for (double l : logs) {
            var += (l - mean) * (l - mean);
        }
        var /= (n - 1);
        double half = t95(n - 1) * Math.sqrt(var / n);
        double low = Math.exp(mean - half);
        double high = Math.exp(mean + half);
        Status status = low >= threshold ? Status.PASSED : high < threshold ? Status.FAILED : Status.INCONCLUSIVE;
        return new RatioVerdict(status, Math.exp(mean), low, high, n);
    }

    static double t95(int degreesOfFreedom) {
        return degreesOfFreedom <= T95.length ? T95[degreesOfFreedom - 1] : 1.96;
    }
}
