package dev.contentlint.rules.grammar;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.Language;

/**
 * LanguageTool for one run, bound either to LanguageTool in this process or to the run's {@link DaemonClient}.
 * Safe to share between the run's worker threads: each thread gets its own LanguageTool instances, or its own
 * connection to the daemon, and falls back to its own instances once the daemon has failed.
 */
public final class LanguageToolService implements AutoCloseable {
    /** Null when the run checks in this process. */
    private final DaemonClient daemon;
    private final Map<Thread, Lane> lanes = new ConcurrentHashMap<>();

    private LanguageToolService(DaemonClient daemon) {
        this.daemon = daemon;
    }

    /** A service that checks in this process. */
    static LanguageToolService inProcess() {
        return new LanguageToolService(null);
    }

    /** A service that checks in the daemon of {@code client}, and here once it fails. */
    static LanguageToolService viaDaemon(DaemonClient client) {
        return new LanguageToolService(client);
    }

    /** The outcome of checking one unit: its matches, or {@code timedOut} when the budget ran out first. */
    public record Outcome(List<LtMatch> matches, boolean timedOut) {}

    /** The LanguageTool language for a code such as {@code en-US}; an unknown code is an error saying which exist. */
    public static Language language(String code) {
        return InProcessLanguageTool.language(code);
    }

    /** Checks one unit within {@code budgetMillis}: in the daemon when the run uses one, else here. */
    public Outcome check(ProseUnit unit, LtSettings settings, long budgetMillis) throws IOException {
        // Only the current thread touches its own lane, so it needs no lock of its own.
        Lane lane = lanes.computeIfAbsent(Thread.currentThread(), t -> new Lane());
        if (daemon != null && !lane.connectTried) {
            lane.connectTried = true;
            lane.connection = daemon.connect();
        }
        if (lane.connection != null) {
            try {
                return lane.connection.check(unit.text(), unit.parts(), settings, budgetMillis);
            } catch (IOException e) {
                daemon.fail("the connection to the LanguageTool daemon failed (" + e.getMessage() + ")");
                lane.disconnect();
            }
        }
        if (lane.local == null) lane.local = new InProcessLanguageTool();
        return lane.local.check(unit.text(), unit.annotated(), settings, budgetMillis);
    }

    /** Closes the daemon connections and gives the instances back to the pool for the next run. */
    @Override
    public void close() {
        for (Lane lane : lanes.values()) lane.close();
        lanes.clear();
    }

    /** What one worker thread checks with. */
    private static final class Lane implements AutoCloseable {
        boolean connectTried;
        DaemonConnection connection;
        InProcessLanguageTool local;

        void disconnect() {
            if (connection != null) connection.close();
            connection = null;
        }

        @Override
        public void close() {
            disconnect();
            if (local != null) local.close();
            local = null;
        }
    }
}
