package dev.contentlint.cli;

import dev.contentlint.core.rule.RuleRegistry;
import dev.contentlint.lsp.LspServer;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;

/** {@code contentlint lsp}: the language server, speaking the protocol on standard input and output. */
@Command(name = "lsp", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
            "Runs the language server that editors start.",
            "It speaks LSP 3.17 on standard input and output, lints unsaved buffers as",
            "they change with the config 'check' would use for each file, and offers",
            "fixes. Logs go to standard error and to the editor's log. Editor setups:",
            "docs/editors.md."})
final class LspCommand implements Callable<Integer> {
    private final Terminal terminal;
    private final Supplier<RuleRegistry> registry;

    LspCommand(Terminal terminal, Supplier<RuleRegistry> registry) {
        this.terminal = terminal;
        this.registry = registry;
    }

    @Override
    public Integer call() {
        PrintStream protocol = terminal.out();
        // Standard output carries the protocol's frames only: anything a library prints there would corrupt them.
        PrintStream previous = System.out;
        System.setOut(terminal.err());
        try {
            return LspServer.run(terminal.in(), protocol, terminal.err(), registry.get(), terminal.env(), Version.get());
        } finally {
            System.setOut(previous);
        }
    }
}
