package dev.contentlint.lsp;

import dev.contentlint.core.rule.RuleRegistry;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/** Runs the language server over a pair of streams until the client exits or closes its end. */
public final class LspServer {
    private LspServer() {
    }

    /**
     * Serves one client on {@code in} and {@code out}, which carry nothing but the protocol's messages, and returns
     * the exit code: 0 when the client shut the server down before exiting or closed the stream, 1 when it exited
     * without shutting down (as the protocol asks).
     */
    public static int run(InputStream in, OutputStream out, PrintStream err, RuleRegistry registry,
                          Map<String, String> env, String version) {
        ContentlintServer server = new ContentlintServer(registry, env, version, err);
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        CompletableFuture<Object> streamClosed = CompletableFuture.supplyAsync(() -> {
            try {
                listening.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | java.util.concurrent.CancellationException e) {
                // The stream ended abnormally: the client is gone all the same.
            }
            return 0;
        });
        Object code = CompletableFuture.anyOf(server.exited(), streamClosed).join();
        listening.cancel(true);
        return code instanceof Integer i ? i : 0;
    }
}
