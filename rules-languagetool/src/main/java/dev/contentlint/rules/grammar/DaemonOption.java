package dev.contentlint.rules.grammar;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The run's choice to check grammar and spelling in the LanguageTool daemon rather than in its own process, set
 * by the engine's caller as a service option ({@code EngineOptions.withServiceOption(DaemonOption.class, ...)});
 * a run without it never contacts a daemon.
 *
 * @param stateRoot where daemons keep their state folders ({@link DaemonState#defaultRoot()} by default)
 * @param idle      how long a daemon this run starts waits for requests before it exits
 * @param warn      hears, once a run, why the daemon could not be used
 */
public record DaemonOption(Path stateRoot, Duration idle, Consumer<String> warn) {
    /** Default idle time after which the daemon exits. */
    public static final Duration DEFAULT_IDLE = Duration.ofMinutes(60);

    public DaemonOption {
        Objects.requireNonNull(stateRoot, "stateRoot");
        Objects.requireNonNull(warn, "warn");
        if (idle == null || idle.isNegative() || idle.isZero())
            throw new IllegalArgumentException("the daemon's idle time must be above 0, not " + idle);
    }
}
