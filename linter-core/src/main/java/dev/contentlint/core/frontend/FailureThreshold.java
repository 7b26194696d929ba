package dev.contentlint.core.frontend;

import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.rule.Severity;
import java.util.Objects;

/**
 * When a run fails (CLI exit 1, Maven {@code BUILD FAILURE}): more than {@code allowed} findings at or above
 * {@code severity} ({@code --fail-on}, {@code violationSeverity}, {@code maxAllowedViolations}), or more than
 * {@code maxWarnings} warnings ({@code --max-warnings}; {@link #NO_LIMIT} for none).
 */
public record FailureThreshold(Severity severity, long allowed, long maxWarnings) {
    /** {@code maxWarnings} when any number of warnings is fine. */
    public static final long NO_LIMIT = -1;

    public FailureThreshold {
        Objects.requireNonNull(severity, "severity");
        if (allowed < 0) throw new IllegalArgumentException("allowed must be 0 or more, not " + allowed);
        if (maxWarnings < NO_LIMIT) throw new IllegalArgumentException("maxWarnings must be -1 or more, not " + maxWarnings);
    }

    /** Fails on any finding at or above {@code severity}. */
    public static FailureThreshold atOrAbove(Severity severity) {
        return new FailureThreshold(severity, 0, NO_LIMIT);
    }

    /** This threshold tolerating {@code allowed} findings at or above its severity. */
    public FailureThreshold allowing(long allowed) {
        return new FailureThreshold(severity, allowed, maxWarnings);
    }

    /** This threshold failing on more than {@code maxWarnings} warnings too ({@link #NO_LIMIT}: no limit). */
    public FailureThreshold withMaxWarnings(long maxWarnings) {
        return new FailureThreshold(severity, allowed, maxWarnings);
    }

    /** How {@code result} stands against this threshold. */
    public Verdict judge(RunResult result) {
        return new Verdict(this, result.countAtLeast(severity), result.count(Severity.WARNING));
    }

    /**
     * A run's counts against a threshold.
     *
     * @param violations findings at or above the threshold's severity
     * @param warnings   findings of severity warning
     */
    public record Verdict(FailureThreshold threshold, long violations, long warnings) {
        /** Whether the run fails. */
        public boolean failed() {
            return tooManyViolations() || tooManyWarnings();
        }

        private boolean tooManyViolations() {
            return violations > threshold.allowed();
        }

        private boolean tooManyWarnings() {
            return threshold.maxWarnings() != NO_LIMIT && warnings > threshold.maxWarnings();
        }

        /** Why the run fails, e.g. {@code 3 findings at or above error (at most 2 allowed)}; empty when it passes. */
        public String reason() {
            StringBuilder sb = new StringBuilder();
            if (tooManyViolations()) {
                sb.append(violations).append(violations == 1 ? " finding" : " findings").append(" at or above ")
                        .append(threshold.severity().id());
                if (threshold.allowed() > 0) sb.append(" (at most ").append(threshold.allowed()).append(" allowed)");
            }
            if (tooManyWarnings()) {
                if (sb.length() > 0) sb.append(" and ");
                sb.append(warnings).append(warnings == 1 ? " warning" : " warnings").append(" (at most ")
                        .append(threshold.maxWarnings()).append(" allowed)");
            }
            return sb.toString();
        }
    }
}
