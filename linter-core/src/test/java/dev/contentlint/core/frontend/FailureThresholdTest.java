package dev.contentlint.core.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.document.Location;
import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailureThresholdTest {
    private static RunResult run(int errors, int warnings, int infos) {
        List<Finding> findings = new ArrayList<>();
        add(findings, Severity.ERROR, errors);
        add(findings, Severity.WARNING, warnings);
        add(findings, Severity.INFO, infos);
        return new RunResult(findings, List.of("a.md"), List.of(), Duration.ZERO);
    }

    private static void add(List<Finding> findings, Severity severity, int n) {
        for (int i = 0; i < n; i++)
            findings.add(new Finding("test/rule", severity, "m", "a.md", new Location(i + 1, 1, i + 1, 2)));
    }

    @Test
    void anyFindingAtOrAboveTheSeverityFails() {
        FailureThreshold errors = FailureThreshold.atOrAbove(Severity.ERROR);
        assertFalse(errors.judge(run(0, 3, 3)).failed());
        assertTrue(errors.judge(run(1, 0, 0)).failed());
        FailureThreshold warnings = FailureThreshold.atOrAbove(Severity.WARNING);
        assertTrue(warnings.judge(run(0, 1, 0)).failed());
        assertTrue(warnings.judge(run(1, 0, 0)).failed(), "an error is above warning");
        assertFalse(warnings.judge(run(0, 0, 5)).failed());
    }

    @Test
    void allowedViolationsAreTolerated() {
        FailureThreshold t = FailureThreshold.atOrAbove(Severity.WARNING).allowing(2);
        FailureThreshold.Verdict within = t.judge(run(1, 1, 4));
        assertFalse(within.failed());
        assertEquals(2, within.violations());
        assertEquals("", within.reason());
        FailureThreshold.Verdict beyond = t.judge(run(1, 2, 0));
        assertTrue(beyond.failed());
        assertEquals("3 findings at or above warning (at most 2 allowed)", beyond.reason());
    }

    @Test
    void oneViolationIsSingular() {
        assertEquals("1 finding at or above error", FailureThreshold.atOrAbove(Severity.ERROR).judge(run(1, 0, 0)).reason());
    }

    @Test
    void moreWarningsThanTheLimitFailEvenBelowTheSeverity() {
        FailureThreshold t = FailureThreshold.atOrAbove(Severity.ERROR).withMaxWarnings(1);
        assertFalse(t.judge(run(0, 1, 0)).failed());
        FailureThreshold.Verdict v = t.judge(run(0, 2, 0));
        assertTrue(v.failed());
        assertEquals("2 warnings (at most 1 allowed)", v.reason());
        assertEquals("1 finding at or above error and 2 warnings (at most 1 allowed)", t.judge(run(1, 2, 0)).reason());
        assertFalse(t.withMaxWarnings(FailureThreshold.NO_LIMIT).judge(run(0, 50, 0)).failed());
    }

    @Test
    void negativeLimitsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> FailureThreshold.atOrAbove(Severity.ERROR).allowing(-1));
        assertThrows(IllegalArgumentException.class, () -> FailureThreshold.atOrAbove(Severity.ERROR).withMaxWarnings(-2));
    }
}
