package dev.eigwbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {
    @Test
    void binomialQuantile_whenSixteenAtFivePercent_isTwo() {
        // P(X <= 1) = 0.811, P(X <= 2) = 0.957 for X ~ Binomial(16, 0.05).
        assertEquals(2, Calibration.binomialQuantile(16, 0.05, 0.95));
    }

    @Test
    void text_whenWithinChance_statesCountAndExpectation() {
        var c = new Calibration(16, 1, 2, 0.05, 2, List.of("warm first call: sqs-send"));
        assertEquals(
                "A/A check: 1 of 16 comparisons called a difference (expected about 5 % by chance, i.e. ≤ 2):"
                        + " warm first call: sqs-send; 2 intervals excluded zero before the practical threshold.",
                c.text());
    }

    @Test
    void text_whenMoreThanChance_warnsNotToTrustTheVerdicts() {
        var c = new Calibration(16, 5, 5, 0.05, 2, List.of("a", "b", "c", "d", "e"));
        assertTrue(c.text().endsWith("MORE THAN CHANCE ALLOWS: do not trust this setup's verdicts."), c.text());
    }
}
