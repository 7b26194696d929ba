package dev.contentlint.cli;

/** The process exit codes contentlint promises (DESIGN.md, "Output and exit codes"). */
public final class ExitCode {
    /** No finding at or above the failure threshold. */
    public static final int OK = 0;
    /** Findings at or above {@code --fail-on}, or more warnings than {@code --max-warnings}. */
    public static final int FINDINGS = 1;
    /** Usage, config, input or internal error. */
    public static final int ERROR = 2;

    private ExitCode() {
    }
}
