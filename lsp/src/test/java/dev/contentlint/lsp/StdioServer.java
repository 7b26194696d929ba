package dev.contentlint.lsp;

import dev.contentlint.core.rule.RuleRegistry;

/** The server on standard input and output with the built-in rules, for clients the tests start as processes. */
public final class StdioServer {
    private StdioServer() {
    }

    public static void main(String[] args) {
        var out = System.out;
        System.setOut(System.err);
        System.exit(LspServer.run(System.in, out, System.err, RuleRegistry.load(StdioServer.class.getClassLoader()),
                System.getenv(), "test"));
    }
}
