package dev.contentlint.cli;

import dev.contentlint.rules.grammar.DaemonClient;
import dev.contentlint.rules.grammar.DaemonState;
import dev.contentlint.rules.grammar.DaemonTrustException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code contentlint daemon status|stop}: the background process {@code check --daemon} keeps LanguageTool in. */
@Command(name = "daemon", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
            "Shows or stops the LanguageTool daemon that 'check --daemon' starts.",
            "The daemon keeps LanguageTool loaded between runs. It belongs to this",
            "installation and Java, listens on a socket in a folder only you can reach,",
            "serves only runs that prove they hold its key, and exits by itself after",
            "60 idle minutes (CONTENTLINT_DAEMON_IDLE_MINUTES).",
            "Its files are in $XDG_CACHE_HOME/contentlint/daemon or",
            "~/.cache/contentlint/daemon (CONTENTLINT_DAEMON_DIR).",
            "",
            "status lists the daemons that run (of other installations or builds too);",
            "it exits 0 when this installation's daemon runs, 1 when it does not,",
            "2 when a state folder is not safely yours or what listens there is not",
            "your daemon. stop stops them all."})
final class DaemonCommand implements Callable<Integer> {
    enum Action { status, stop }

    private final Terminal terminal;

    @Parameters(index = "0", paramLabel = "ACTION", description = "status or stop")
    Action action;

    DaemonCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    /** Where daemons keep their files: CONTENTLINT_DAEMON_DIR, else the user's cache folder. */
    static Path stateRoot(Terminal terminal) {
        String dir = terminal.env().get("CONTENTLINT_DAEMON_DIR");
        return dir != null && !dir.isBlank() ? terminal.resolve(dir) : DaemonState.defaultRoot();
    }

    @Override
    public Integer call() throws IOException {
        try {
            return run();
        } catch (DaemonTrustException e) {
            terminal.err().println("contentlint: " + e.getMessage());
            return 2;
        }
    }

    private int run() throws IOException {
        Path root = stateRoot(terminal);
        DaemonClient.checkRoot(root);
        Path own = DaemonState.folder(root);
        List<Path> folders = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> list = Files.list(root)) {
                list.filter(Files::isDirectory).sorted().forEach(folders::add);
            }
        }
        if (action == Action.status) {
            boolean ownRuns = false;
            int running = 0;
            for (Path folder : folders) {
                String status;
                try {
                    status = DaemonClient.status(folder).orElse(null);
                } catch (DaemonTrustException e) {
                    if (folder.equals(own)) throw e;
                    terminal.err().println("contentlint: warning: " + e.getMessage());
                    continue;
                }
                if (status == null) continue;
                running++;
                ownRuns |= folder.equals(own);
                terminal.out().println("running: " + status + (folder.equals(own) ? "" : " (another installation or build)")
                        + " (" + folder + ")");
            }
            if (running == 0) terminal.out().println("not running (" + root + ")");
            return ownRuns ? 0 : 1;
        }
        int stopped = 0;
        for (Path folder : folders)
            if (DaemonClient.stop(folder)) stopped++;
        terminal.out().println(stopped == 0 ? "not running" : stopped == 1 ? "stopped" : "stopped " + stopped + " daemons");
        return 0;
    }
}
