package dev.contentlint.rules.grammar;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a daemon as a process of its own: the same Java and class path as this one, a throughput collector and
 * its own heap ({@code CONTENTLINT_DAEMON_OPTS} replaces those), detached from the terminal, its output
 * appended to {@code daemon.log} of its state folder.
 */
final class DaemonLauncher {
    /** The log only grows by a few lines a start; past this the older part is dropped. */
    private static final long MAX_LOG_BYTES = 1 << 20;

    private DaemonLauncher() {
    }

    /** The log file of the daemon of {@code folder}. */
    static Path log(Path folder) {
        return folder.resolve("daemon.log");
    }

    /** Starts the daemon of {@code folder}, which exits after {@code idle} without requests; does not wait for it. */
    static void start(Path folder, Duration idle) throws IOException {
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> cmd = new ArrayList<>();
        if (new File("/usr/bin/setsid").canExecute()) cmd.add("/usr/bin/setsid"); // leave the terminal's group
        cmd.add(java);
        String opts = System.getenv("CONTENTLINT_DAEMON_OPTS");
        if (opts != null && !opts.isBlank()) cmd.addAll(List.of(opts.trim().split("\\s+")));
        else cmd.addAll(List.of("-XX:+UseParallelGC", "-Xmx1200m", "-XX:-UsePerfData"));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), DaemonServer.class.getName(),
                folder.toString(), Long.toString(idle.toSeconds())));
        Path log = log(folder);
        if (Files.isRegularFile(log) && Files.size(log) > MAX_LOG_BYTES)
            Files.move(log, folder.resolve("daemon.log.old"), StandardCopyOption.REPLACE_EXISTING);
        new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File(File.separatorChar == '\\' ? "NUL" : "/dev/null")))
                .start();
    }
}
