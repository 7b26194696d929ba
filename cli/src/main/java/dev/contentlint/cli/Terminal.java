package dev.contentlint.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * The world a command runs in: streams, environment, working directory and whether the output streams are
 * terminals. Tests pass their own; {@link Main#main} passes the process's.
 *
 * @param stdoutTty whether standard output is an interactive terminal (colour is allowed)
 * @param stderrTty whether standard error is an interactive terminal (a progress line is allowed)
 */
public record Terminal(InputStream in, PrintStream out, PrintStream err, Map<String, String> env, Path workingDir,
                       boolean stdoutTty, boolean stderrTty) {
    /** The value of an environment variable, or null when it is unset or empty. */
    public String envValue(String name) {
        String v = env.get(name);
        return v == null || v.isEmpty() ? null : v;
    }

    /** A user-given path, resolved against the working directory rather than the JVM's. */
    public Path resolve(String path) {
        return workingDir.resolve(path).normalize();
    }
}
