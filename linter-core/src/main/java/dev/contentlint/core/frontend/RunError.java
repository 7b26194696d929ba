package dev.contentlint.core.frontend;

import dev.contentlint.core.engine.InputException;
import dev.contentlint.core.engine.RuleFailureException;
import dev.contentlint.core.rule.ConfigException;

/**
 * What stopped a run, sorted the way every front end reports it: a config, input or usage error is the
 * user's to fix and shows as its message alone (CLI exit 2, Maven {@code MojoExecutionException}); anything
 * else is an internal error, whose stack trace belongs in the log.
 *
 * @param kind    which of the five it is
 * @param message one line for the user, without the {@code contentlint: } prefix
 * @param cause   the exception the message is about, found through any wrapping
 */
public record RunError(Kind kind, String message, Throwable cause) {
    /** The kinds of error, by who fixes them. */
    public enum Kind {
        /** A config file or setting is wrong: {@link ConfigException}. */
        CONFIG,
        /** A path or glob names nothing: {@link InputException}. */
        INPUT,
        /** A parameter or a file to write or read is wrong: {@link UsageException}. */
        USAGE,
        /** The heap is too small for the run ({@link OutOfMemoryError}): the user gives it more or asks for less. */
        MEMORY,
        /** A bug: anything else. */
        INTERNAL
    }

    /** Sorts {@code error}; a worker pool may have wrapped what a task threw, so causes are searched too. */
    public static RunError of(Throwable error) {
        ConfigException config = find(error, ConfigException.class);
        if (config != null) return new RunError(Kind.CONFIG, "config error: " + config.getMessage(), config);
        InputException input = find(error, InputException.class);
        if (input != null) return new RunError(Kind.INPUT, input.getMessage(), input);
        UsageException usage = find(error, UsageException.class);
        if (usage != null) return new RunError(Kind.USAGE, usage.getMessage(), usage);
        OutOfMemoryError memory = find(error, OutOfMemoryError.class);
        if (memory != null) return new RunError(Kind.MEMORY, "out of memory (a heap of "
                + (Runtime.getRuntime().maxMemory() >> 20) + " MB): give contentlint a larger heap "
                + "(CONTENTLINT_OPTS=-Xmx4g; MAVEN_OPTS for the Maven plugin), check fewer files at once (--jobs 1), "
                + "or lower max-file-size", memory);
        // Its message already names the rule, the file and what the rule threw.
        RuleFailureException rule = find(error, RuleFailureException.class);
        if (rule != null) return new RunError(Kind.INTERNAL, "internal error: " + rule.getMessage(), rule);
        return new RunError(Kind.INTERNAL, "internal error: " + error, error);
    }

    /** Whether the user fixes this by changing the config, the arguments or the parameters. */
    public boolean isUserError() {
        return kind != Kind.INTERNAL;
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause())
            if (type.isInstance(t)) return type.cast(t);
        return null;
    }
}
