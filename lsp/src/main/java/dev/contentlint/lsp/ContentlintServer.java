package dev.contentlint.lsp;

import com.google.gson.JsonPrimitive;
import dev.contentlint.core.config.Config;
import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.RuleMeta;
import dev.contentlint.core.rule.RuleRegistry;
import dev.contentlint.rules.glossary.GlossaryFiles;
import dev.contentlint.rules.spelling.Dictionary;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersOptions;
import org.eclipse.lsp4j.WorkspaceServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The contentlint language server: lints the editor's buffers as they change, publishes the findings as
 * diagnostics, and offers fixes, hovers and commands on them. Logs go to the client's log and standard error,
 * never to the protocol's stream.
 */
public final class ContentlintServer implements LanguageServer, LanguageClientAware, TextDocumentService,
        WorkspaceService {
    private final RuleRegistry registry;
    private final Map<String, String> env;
    private final String version;
    private final PrintStream err;
    private final RuleHovers hovers = new RuleHovers(ContentlintServer.class.getClassLoader());
    private volatile LanguageClient client;
    private volatile boolean progressSupported;
    private volatile boolean watchRegistration;
    private volatile Configs configs;
    private volatile Checker checker;
    private volatile CorpusRuns corpus;
    private volatile GrammarWarmup warmup;
    private volatile ServerOptions options = ServerOptions.DEFAULTS;
    private volatile boolean shutdown;
    private final CompletableFuture<Integer> exited = new CompletableFuture<>();

    /**
     * @param version what {@code serverInfo} names
     * @param err     where the log goes besides the client's log
     */
    public ContentlintServer(RuleRegistry registry, Map<String, String> env, String version, PrintStream err) {
        this.registry = registry;
        this.env = Map.copyOf(env);
        this.version = version;
        this.err = err;
    }

    @Override
    public void connect(LanguageClient client) {
        this.client = client;
    }

    /** Completes with the exit code once the client sent {@code exit}: 0 after {@code shutdown}, else 1. */
    public CompletableFuture<Integer> exited() {
        return exited;
    }

    void log(String message) {
        err.println("contentlint lsp: " + message);
        LanguageClient c = client;
        if (c != null) c.logMessage(new MessageParams(MessageType.Log, message));
    }

    // ---- lifecycle

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        try {
            options = ServerOptions.from(params.getInitializationOptions());
        } catch (IllegalArgumentException e) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
                    "initializationOptions: " + e.getMessage(), null));
        }
        Configs cs = new Configs(registry, env, options.config());
        for (Path folder : folders(params)) cs.addFolder(folder);
        var caps = params.getCapabilities();
        progressSupported = caps != null && caps.getWindow() != null && Boolean.TRUE.equals(caps.getWindow().getWorkDoneProgress());
        watchRegistration = caps != null && caps.getWorkspace() != null && caps.getWorkspace().getDidChangeWatchedFiles() != null
                && Boolean.TRUE.equals(caps.getWorkspace().getDidChangeWatchedFiles().getDynamicRegistration());
        Linting linting = new Linting(registry);
        Checker ch = new Checker(cs, linting, options, this::publish, this::log,
                m -> err.println("contentlint lsp: " + m));
        CorpusRuns runs = new CorpusRuns(cs, linting, options.corpusDebounceMillis(), ch::documents,
                () -> { for (OpenDocument d : ch.documents()) ch.publish(d.uri()); }, this::log);
        ch.corpus(runs);
        GrammarWarmup gw = new GrammarWarmup(cs, linting, this::beginProgress, this::log);
        ch.grammarReady(gw::ready);
        configs = cs;
        checker = ch;
        corpus = runs;
        warmup = gw;

        ServerCapabilities sc = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sync.setSave(new SaveOptions(false));
        sc.setTextDocumentSync(sync);
        sc.setHoverProvider(true);
        sc.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix, CodeActions.FIX_ALL)));
        sc.setExecuteCommandProvider(new ExecuteCommandOptions(List.of(CodeActions.ADD_WORD, CodeActions.ADD_TERM)));
        WorkspaceFoldersOptions wf = new WorkspaceFoldersOptions();
        wf.setSupported(true);
        wf.setChangeNotifications(true);
        sc.setWorkspace(new WorkspaceServerCapabilities(wf));
        return CompletableFuture.completedFuture(new InitializeResult(sc, new ServerInfo("contentlint", version)));
    }

    private static List<Path> folders(InitializeParams params) {
        List<Path> out = new ArrayList<>();
        if (params.getWorkspaceFolders() != null)
            for (WorkspaceFolder f : params.getWorkspaceFolders()) {
                Path p = path(f.getUri());
                if (p != null) out.add(p);
            }
        @SuppressWarnings("deprecation")
        String rootUri = params.getRootUri();
        if (out.isEmpty() && rootUri != null) {
            Path p = path(rootUri);
            if (p != null) out.add(p);
        }
        return out;
    }

    @Override
    public void initialized(InitializedParams params) {
        if (watchRegistration) registerWatchers();
        if (options.warmGrammar()) warmup.start(checker::recheckAll);
        // After the quiet time, not at once: the first documents' checks come first on a busy machine.
        corpus.request();
    }

    private void registerWatchers() {
        List<FileSystemWatcher> watchers = new ArrayList<>();
        watchers.add(new FileSystemWatcher(Either.forLeft("**/.contentlint.{yml,yaml}")));
        watchers.add(new FileSystemWatcher(Either.forLeft("**/*.{yml,yaml}")));
        try {
            for (Path folder : configs.folders()) configs.scope(folder.resolve("index.md"));
        } catch (ConfigException e) {
            // The documents' diagnostics say what is wrong; the watchers still see the config when it is fixed.
        }
        for (Path p : configs.watchedFiles()) watchers.add(new FileSystemWatcher(Either.forLeft(p.toString().replace('\\', '/'))));
        Registration r = new Registration(UUID.randomUUID().toString(), "workspace/didChangeWatchedFiles",
                new DidChangeWatchedFilesRegistrationOptions(watchers));
        client.registerCapability(new RegistrationParams(List.of(r))).exceptionally(e -> {
            log("the client did not take the file watchers: " + e.getMessage());
            return null;
        });
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        if (checker != null) checker.close();
        if (corpus != null) corpus.close();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        if (!shutdown) shutdown();
        exited.complete(shutdown ? 0 : 1);
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return this;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return this;
    }

    private AutoCloseable beginProgress(String title, String message) {
        LanguageClient c = client;
        if (c == null || !progressSupported) {
            log(message);
            return () -> { };
        }
        Either<String, Integer> token = Either.forLeft("contentlint-" + UUID.randomUUID());
        try {
            c.createProgress(new WorkDoneProgressCreateParams(token)).get();
        } catch (Exception e) {
            log(message);
            return () -> { };
        }
        WorkDoneProgressBegin begin = new WorkDoneProgressBegin();
        begin.setTitle(title);
        begin.setMessage(message);
        begin.setCancellable(false);
        c.notifyProgress(new ProgressParams(token, Either.forLeft(begin)));
        return () -> {
            WorkDoneProgressEnd end = new WorkDoneProgressEnd();
            end.setMessage("LanguageTool loaded");
            c.notifyProgress(new ProgressParams(token, Either.forLeft(end)));
        };
    }

    private void publish(PublishDiagnosticsParams p) {
        LanguageClient c = client;
        if (c != null && !shutdown) c.publishDiagnostics(p);
    }

    // ---- documents

    private boolean ready() {
        return checker != null && !shutdown;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        if (!ready()) return;
        var d = params.getTextDocument();
        checker.opened(new OpenDocument(d.getUri(), path(d.getUri()), d.getLanguageId() == null ? "" : d.getLanguageId(),
                d.getVersion(), d.getText()));
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        if (!ready()) return;
        OpenDocument doc = checker.document(params.getTextDocument().getUri());
        if (doc == null) return;
        Integer v = params.getTextDocument().getVersion();
        checker.changed(doc.changed(v == null ? doc.version() + 1 : v, params.getContentChanges()));
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        if (ready()) checker.closed(params.getTextDocument().getUri());
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        if (!ready()) return;
        Path p = path(params.getTextDocument().getUri());
        if (p != null && configs.affects(p)) reload();
        else corpus.requestNow();
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        if (!ready()) return CompletableFuture.completedFuture(List.of());
        String uri = params.getTextDocument().getUri();
        OpenDocument doc = checker.document(uri);
        Checker.Checked c = checker.current(uri);
        if (doc == null || c == null) return CompletableFuture.completedFuture(List.of()); // a check is on its way
        Config config;
        try {
            config = configs.scope(doc.path()).config();
        } catch (ConfigException e) {
            return CompletableFuture.completedFuture(List.of());
        }
        List<String> only = params.getContext() == null ? null : params.getContext().getOnly();
        return CompletableFuture.completedFuture(
                CodeActions.of(doc, c.text(), c.findings(), c.rules(), params.getRange(), only, config));
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        if (!ready()) return CompletableFuture.completedFuture(null);
        String uri = params.getTextDocument().getUri();
        OpenDocument doc = checker.document(uri);
        Checker.Checked c = checker.current(uri);
        if (doc == null || c == null) return CompletableFuture.completedFuture(null);
        TextPositions positions = new TextPositions(doc.text());
        int at = positions.offset(params.getPosition());
        List<Finding> all = new ArrayList<>(c.findings());
        all.addAll(checker.corpusFindings(uri));
        Map<String, RuleMeta> rules = new HashMap<>(corpus.rules());
        rules.putAll(c.rules());
        List<String> parts = new ArrayList<>();
        Range first = null;
        for (Finding f : all) {
            Range r = positions.range(f.location());
            if (at < positions.offset(r.getStart()) || at > positions.offset(r.getEnd())) continue;
            RuleMeta meta = rules.containsKey(f.ruleId()) ? rules.get(f.ruleId()) : registry.meta(f.ruleId());
            if (meta == null) continue;
            parts.add(hovers.markdown(meta, f.message()));
            if (first == null) first = r;
        }
        if (parts.isEmpty()) return CompletableFuture.completedFuture(null);
        return CompletableFuture.completedFuture(
                new Hover(new MarkupContent(MarkupKind.MARKDOWN, String.join("\n\n---\n\n", parts)), first));
    }

    // ---- workspace

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        // The server's settings are its initialization options and the project's config files.
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        if (!ready()) return;
        for (FileEvent e : params.getChanges()) {
            Path p = path(e.getUri());
            if (p != null && configs.affects(p)) {
                reload();
                return;
            }
        }
        corpus.request();
    }

    private void reload() {
        configs.reload();
        log("config files changed; checking the open documents again");
        if (options.warmGrammar()) warmup.start(checker::recheckAll);
        checker.recheckAll();
        corpus.requestNow();
    }

    @Override
    public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
        if (!ready()) return;
        var event = params.getEvent();
        if (event.getRemoved() != null) for (WorkspaceFolder f : event.getRemoved()) {
            Path p = path(f.getUri());
            if (p != null) configs.removeFolder(p);
        }
        if (event.getAdded() != null) for (WorkspaceFolder f : event.getAdded()) {
            Path p = path(f.getUri());
            if (p != null) configs.addFolder(p);
        }
        reload();
    }

    @Override
    public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
        String command = params.getCommand();
        List<Object> args = params.getArguments();
        if (!ready() || args == null || args.size() != 2)
            return failed(ResponseErrorCode.InvalidParams, command + " takes two arguments: the word and the file");
        String value = string(args.get(0));
        String file = string(args.get(1));
        if (value == null || file == null)
            return failed(ResponseErrorCode.InvalidParams, command + " takes two strings: the word and the file");
        Path target = Path.of(file).toAbsolutePath().normalize();
        boolean word = CodeActions.ADD_WORD.equals(command);
        if (!word && !CodeActions.ADD_TERM.equals(command))
            return failed(ResponseErrorCode.MethodNotFound, "no command " + command);
        // Only a file the config names for this purpose is written: never a page, a config or an editor setting.
        if (!configs.namedFiles(word ? Dictionary.SETTING : GlossaryFiles.SETTING).contains(target))
            return failed(ResponseErrorCode.InvalidParams, file + " is not a " + (word ? "dictionary" : "glossary")
                    + " file that a config names");
        try {
            if (word) WordLists.addWord(target, value);
            else WordLists.addTerm(target, value);
        } catch (IOException | IllegalArgumentException e) {
            return failed(ResponseErrorCode.InternalError, "could not write " + file + ": " + e.getMessage());
        }
        reload();
        return CompletableFuture.completedFuture(null);
    }

    private static String string(Object arg) {
        if (arg instanceof String s) return s;
        if (arg instanceof JsonPrimitive p && p.isString()) return p.getAsString();
        return null;
    }

    private static CompletableFuture<Object> failed(ResponseErrorCode code, String message) {
        return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(code, message, null)));
    }

    /** The file a {@code file:} URI names; null for other schemes (untitled buffers) and malformed URIs. */
    static Path path(String uri) {
        if (uri == null) return null;
        try {
            URI u = URI.create(uri);
            if (!"file".equalsIgnoreCase(u.getScheme())) return null;
            return Path.of(u).toAbsolutePath().normalize();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }
}
