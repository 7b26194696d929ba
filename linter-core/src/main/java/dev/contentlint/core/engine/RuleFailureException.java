package dev.contentlint.core.engine;

/**
 * A rule or parser failed and the run was told to halt on errors ({@link EngineOptions#haltOnError()}):
 * carries the rule id and file so a test failure points at the culprit.
 */
public final class RuleFailureException extends RuntimeException {
    private final String ruleId;
    private final String path;

    public RuleFailureException(String ruleId, String path, Throwable cause) {
        super(ruleId + " failed on " + path + ": " + cause, cause);
        this.ruleId = ruleId;
        this.path = path;
    }

    public String ruleId() { return ruleId; }

    public String path() { return path; }
}
