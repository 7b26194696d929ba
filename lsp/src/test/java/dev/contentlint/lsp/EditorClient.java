package dev.contentlint.lsp;

import dev.contentlint.core.rule.RuleRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/** A client connected to a server in this JVM through piped streams, as an editor would be through a process's. */
final class EditorClient implements AutoCloseable {
    /** What the server sent the client, in order of arrival. */
    final LinkedBlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
    final List<PublishDiagnosticsParams> allDiagnostics = Collections.synchronizedList(new ArrayList<>());
    final List<ProgressParams> progress = Collections.synchronizedList(new ArrayList<>());
    final List<RegistrationParams> registrations = Collections.synchronizedList(new ArrayList<>());
    final ByteArrayOutputStream log = new ByteArrayOutputStream();
    final LanguageServer server;
    final Launcher<LanguageServer> launcher;
    private final Thread serverThread;
    private final OutputStream toServer;
    private final OutputStream toClient;
    private final Socket clientSocket;
    private final Socket serverSocket;
    volatile int exitCode = -1;

    EditorClient(RuleRegistry registry) throws IOException {
        // A loopback socket, like the pipes of a process: java.io's piped streams fail a reader once the thread that
        // wrote last has ended, and channel pipes close when a thread using them is interrupted.
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            clientSocket = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
            serverSocket = listener.accept();
        }
        InputStream serverIn = serverSocket.getInputStream();
        toClient = serverSocket.getOutputStream();
        InputStream clientIn = clientSocket.getInputStream();
        toServer = clientSocket.getOutputStream();
        PrintStream err = new PrintStream(log, true, StandardCharsets.UTF_8);
        serverThread = new Thread(() -> exitCode = LspServer.run(serverIn, toClient, err, registry, Map.of(), "test"),
                "test-lsp-server");
        serverThread.setDaemon(true);
        serverThread.start();
        launcher = LSPLauncher.createClientLauncher(new Client(), clientIn, toServer);
        launcher.startListening();
        server = launcher.getRemoteProxy();
    }

    /** Initializes with one workspace folder and {@code options} as initialization options. */
    void initialize(Path folder, Object options) throws Exception {
        InitializeParams p = new InitializeParams();
        p.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "root")));
        ClientCapabilities caps = new ClientCapabilities();
        WindowClientCapabilities window = new WindowClientCapabilities();
        window.setWorkDoneProgress(true);
        caps.setWindow(window);
        WorkspaceClientCapabilities ws = new WorkspaceClientCapabilities();
        ws.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
        caps.setWorkspace(ws);
        p.setCapabilities(caps);
        p.setInitializationOptions(options);
        server.initialize(p).get(30, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
    }

    /** The next diagnostics for {@code uri} that {@code accept} takes, skipping others; fails after 60 s. */
    PublishDiagnosticsParams await(String uri, Predicate<PublishDiagnosticsParams> accept) throws InterruptedException {
        return await(uri, accept, 60);
    }

    /** As {@link #await(String, Predicate)}, failing after {@code seconds}. */
    PublishDiagnosticsParams await(String uri, Predicate<PublishDiagnosticsParams> accept, int seconds)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            PublishDiagnosticsParams p = diagnostics.poll(1, TimeUnit.SECONDS);
            if (p != null && p.getUri().equals(uri) && accept.test(p)) return p;
        }
        throw new AssertionError("no such diagnostics for " + uri + " in " + seconds + " s; got " + allDiagnostics
                + "\nlog: " + log);
    }

    /** Returns once the server has handled every message sent before: it handles them in order. */
    void sync() throws Exception {
        server.getTextDocumentService().hover(new org.eclipse.lsp4j.HoverParams(
                new org.eclipse.lsp4j.TextDocumentIdentifier("file:///nothing-open.md"), new org.eclipse.lsp4j.Position(0, 0)))
                .get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        try {
            try {
                server.shutdown().get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                StringBuilder dump = new StringBuilder("no reply to shutdown; threads:\n");
                Thread.getAllStackTraces().forEach((t, st) -> {
                    dump.append(t.getName()).append(' ').append(t.getState()).append('\n');
                    for (StackTraceElement el : st) dump.append("    ").append(el).append('\n');
                });
                throw new AssertionError(dump + "\nlog: " + log, e);
            }
            server.exit();
            serverThread.join(10_000);
        } finally {
            clientSocket.close();
            serverSocket.close();
        }
    }

    private final class Client implements LanguageClient {
        @Override public void telemetryEvent(Object object) { }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams d) {
            allDiagnostics.add(d);
            diagnostics.add(d);
        }

        @Override public void showMessage(MessageParams m) { }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams r) {
            return CompletableFuture.completedFuture(null);
        }

        @Override public void logMessage(MessageParams m) { }

        @Override
        public CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams params) {
            return CompletableFuture.completedFuture(new ApplyWorkspaceEditResponse(false));
        }

        @Override
        public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void notifyProgress(ProgressParams params) {
            progress.add(params);
        }

        @Override
        public CompletableFuture<Void> registerCapability(RegistrationParams params) {
            registrations.add(params);
            return CompletableFuture.completedFuture(null);
        }
    }
}
