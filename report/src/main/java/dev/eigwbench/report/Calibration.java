package dev.eigwbench.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.eigwbench.report.stats.Comparison;
import dev.eigwbench.report.stats.MetricComparison;
import java.util.List;
import java.util.Locale;

/**
 * An A/A run's check on the statistics: both functions are identical, so every difference called is a false
 * positive, and chance alone should call at most about (1 − confidence) of them.
 *
 * @param comparisons rows that could be compared
 * @param calledDifference rows whose verdict was a finding
 * @param intervalsExcludingZero rows whose interval excluded zero before the practical threshold was applied
 * @param chance the false-positive rate one interval allows, e.g. 0.05
 * @param expectedAtMost the 95th percentile of Binomial(comparisons, chance): more findings than this would say the
 *     method is miscalibrated (or the two functions were not alike)
 * @param metrics the rows that called a difference
 */
public record Calibration(
        int comparisons,
        int calledDifference,
        int intervalsExcludingZero,
        double chance,
        int expectedAtMost,
        List<String> metrics) {
    public Calibration {
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
    }

    public static Calibration of(Comparison comparison) {
        List<MetricComparison> compared = comparison.compared();
        double chance = 1 - comparison.settings().confidence();
        List<String> called = compared.stream()
                .filter(m -> m.difference().verdict().isFinding())
                .map(m -> m.phase().id() + " " + m.label())
                .toList();
        int excluding = (int)
                compared.stream().filter(m -> m.difference().excludesZero()).count();
        return new Calibration(
                compared.size(),
                called.size(),
                excluding,
                chance,
                binomialQuantile(compared.size(), chance, 0.95),
                called);
    }

    /** True when no more differences were called than chance allows. */
    @JsonProperty("withinChance")
    public boolean withinChance() {
        return calledDifference <= expectedAtMost;
    }

    /** "A/A check: 0 of 26 comparisons called a difference (expected about 5 % by chance, i.e. ≤ 3)". */
    @JsonProperty("text")
    public String text() {
        String line = String.format(
                Locale.ROOT,
                "A/A check: %d of %d comparisons called a difference (expected about %.0f %% by chance, i.e. ≤ %d)",
                calledDifference,
                comparisons,
                chance * 100,
                expectedAtMost);
        if (!metrics.isEmpty()) line += ": " + String.join(", ", metrics);
        line += String.format(
                Locale.ROOT,
                "; %d interval%s excluded zero before the practical threshold.",
                intervalsExcludingZero,
                intervalsExcludingZero == 1 ? "" : "s");
        return withinChance() ? line : line + " MORE THAN CHANCE ALLOWS: do not trust this setup's verdicts.";
    }

    /** The smallest k with P(X ≤ k) ≥ level for X ~ Binomial(n, p). */
    static int binomialQuantile(int n, double p, double level) {
        double probability = Math.pow(1 - p, n);
        double cumulative = probability;
        int k = 0;
        while (cumulative < level && k < n) {
            probability *= (double) (n - k) / (k + 1) * p / (1 - p);
            k++;
            cumulative += probability;
        }
        return k;
    }
}
