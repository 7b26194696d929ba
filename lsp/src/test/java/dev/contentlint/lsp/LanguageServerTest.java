package dev.contentlint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server as an editor meets it: through the protocol on a pair of streams. */
class LanguageServerTest {
    private static final String PAGE = """
            # Install guide

            Last updated: 2020-01-02

            Open the box in order to start. The colour is blue.
            """;
    private static final String CONFIG = """
            today: 2026-11-26
            rules:
              test/gate: warning
              test/colour: warning
              glossary/undefined-acronym: warning
            glossary: glossary.yml
            dictionary: words.txt
            """;

    @TempDir Path root;
    private EditorClient editor;
    private String uri;

    @BeforeEach
    void workspace() throws Exception {
        Files.createDirectories(root.resolve(".git"));
        Files.writeString(root.resolve(".contentlint.yml"), CONFIG);
        Files.writeString(root.resolve("glossary.yml"), "terms:\n  - term: widget\n    definition: A small part.\n");
        Files.writeString(root.resolve("words.txt"), "# accepted words\n");
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("docs/page.md"), PAGE);
        uri = root.resolve("docs/page.md").toUri().toString();
        TestRules.entered = new CountDownLatch(1);
        TestRules.gate = new CountDownLatch(0);
        editor = new EditorClient(TestRules.registry());
        JsonObject options = new JsonObject();
        options.addProperty("debounceMillis", 20);
        options.addProperty("corpusDebounceMillis", 50);
        editor.initialize(root, options);
    }

    @AfterEach
    void stop() throws Exception {
        TestRules.gate.countDown();
        editor.close();
        assertEquals(0, editor.exitCode, "shut down, then exited");
    }

    private void open(String text) {
        editor.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, "markdown", 1, text)));
    }

    private void change(int version, Range range, String text) {
        TextDocumentContentChangeEvent e = range == null ? new TextDocumentContentChangeEvent(text)
                : new TextDocumentContentChangeEvent(range, text);
        editor.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(e)));
    }

    private static List<String> codes(PublishDiagnosticsParams p) {
        return p.getDiagnostics().stream().map(Diagnostics::code).sorted().toList();
    }

    private static Diagnostic find(PublishDiagnosticsParams p, String code) {
        return p.getDiagnostics().stream().filter(d -> code.equals(Diagnostics.code(d))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + codes(p)));
    }

    private List<CodeAction> actions(Range range, List<String> only) throws Exception {
        CodeActionParams p = new CodeActionParams(new TextDocumentIdentifier(uri), range, new CodeActionContext(List.of(), only));
        List<CodeAction> out = new ArrayList<>();
        for (Either<org.eclipse.lsp4j.Command, CodeAction> e : editor.server.getTextDocumentService().codeAction(p)
                .get(30, TimeUnit.SECONDS)) out.add(e.getRight());
        return out;
    }

    /** Applies edits that do not overlap to {@code text}, last first, as an editor does. */
    private static String apply(String text, List<TextEdit> edits) {
        TextPositions positions = new TextPositions(text);
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt((TextEdit e) -> positions.offset(e.getRange().getStart())).reversed());
        StringBuilder sb = new StringBuilder(text);
        for (TextEdit e : sorted)
            sb.replace(positions.offset(e.getRange().getStart()), positions.offset(e.getRange().getEnd()), e.getNewText());
        return sb.toString();
    }

    @Test
    void anOpenedPageGetsItsFindingsAndAnIncrementalChangeUpdatesThem() throws Exception {
        open(PAGE);
        PublishDiagnosticsParams first = editor.await(uri, p -> !p.getDiagnostics().isEmpty());
        assertEquals(List.of("freshness/stale-date", "style/wordy-phrases", "test/colour"), codes(first));
        Diagnostic stale = find(first, "freshness/stale-date");
        assertEquals("contentlint", stale.getSource());
        assertEquals(DiagnosticSeverity.Warning, stale.getSeverity());
        assertEquals(2, stale.getRange().getStart().getLine(), "line 3 of the page");
        assertTrue(stale.getCodeDescription().getHref().endsWith("/docs/rules/freshness/stale-date.md"),
                stale.getCodeDescription().getHref());
        assertEquals(DiagnosticSeverity.Information, find(first, "style/wordy-phrases").getSeverity(),
                "the preset's severity");
        assertEquals(1, first.getVersion());

        // Delete "in order " (line 4, characters 13 to 22): the wordy phrase goes, the rest stays.
        change(2, new Range(new Position(4, 13), new Position(4, 22)), "");
        PublishDiagnosticsParams second = editor.await(uri, p -> p.getVersion() == 2);
        assertEquals(List.of("freshness/stale-date", "test/colour"), codes(second));
        assertEquals(new Range(new Position(4, 27), new Position(4, 33)), find(second, "test/colour").getRange());
    }

    @Test
    void aQuickFixAppliedAndFixAllApplyOnlyTheSafeFix() throws Exception {
        open(PAGE);
        PublishDiagnosticsParams first = editor.await(uri, p -> !p.getDiagnostics().isEmpty());
        Diagnostic colour = find(first, "test/colour");
        List<CodeAction> quick = actions(colour.getRange(), List.of(CodeActionKind.QuickFix));
        List<String> titles = quick.stream().map(CodeAction::getTitle).toList();
        assertTrue(titles.containsAll(List.of("Replace with \"color\"", "Replace with \"hue\"",
                "Disable test/colour for this line")), titles.toString());
        CodeAction color = quick.stream().filter(a -> a.getTitle().equals("Replace with \"color\"")).findFirst().orElseThrow();
        CodeAction hue = quick.stream().filter(a -> a.getTitle().equals("Replace with \"hue\"")).findFirst().orElseThrow();
        assertEquals(Boolean.TRUE, color.getIsPreferred(), "the safe fix is preferred");
        assertFalse(Boolean.TRUE.equals(hue.getIsPreferred()));
        assertEquals(CodeActionKind.QuickFix, color.getKind());

        String fixed = apply(PAGE, color.getEdit().getChanges().get(uri));
        assertTrue(fixed.contains("The color is blue."), fixed);
        change(2, null, fixed);
        assertEquals(List.of("freshness/stale-date", "style/wordy-phrases"), codes(editor.await(uri, p -> p.getVersion() == 2)));

        String twice = fixed.replace("blue.", "blue, colour and colour.");
        change(3, null, twice);
        editor.await(uri, p -> p.getVersion() == 3);
        List<CodeAction> all = actions(new Range(new Position(0, 0), new Position(0, 0)), List.of(CodeActions.FIX_ALL));
        assertEquals(1, all.size(), all.toString());
        assertEquals(CodeActions.FIX_ALL, all.get(0).getKind());
        String fixedAll = apply(twice, all.get(0).getEdit().getChanges().get(uri));
        assertTrue(fixedAll.contains("blue, color and color."), fixedAll);
        assertTrue(fixedAll.contains("Open the box to start."), "a wordy phrase with one replacement is a safe fix: " + fixedAll);
    }

    @Test
    void disablingTheRuleForTheLineInsertsTheCommentThatSilencesIt() throws Exception {
        open(PAGE);
        Diagnostic colour = find(editor.await(uri, p -> !p.getDiagnostics().isEmpty()), "test/colour");
        CodeAction disable = actions(colour.getRange(), null).stream()
                .filter(a -> a.getTitle().equals("Disable test/colour for this line")).findFirst().orElseThrow();
        String text = apply(PAGE, disable.getEdit().getChanges().get(uri));
        assertTrue(text.contains("<!-- contentlint-disable-next-line test/colour -->\nOpen the box"), text);
        change(2, null, text);
        assertFalse(codes(editor.await(uri, p -> p.getVersion() == 2)).contains("test/colour"));
    }

    @Test
    void hoverGivesTheRulesSummaryWhyAndPage() throws Exception {
        open(PAGE);
        Diagnostic stale = find(editor.await(uri, p -> !p.getDiagnostics().isEmpty()), "freshness/stale-date");
        Hover h = editor.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                stale.getRange().getStart())).get(30, TimeUnit.SECONDS);
        assertNotNull(h);
        String md = h.getContents().getRight().getValue();
        assertTrue(md.contains("**freshness/stale-date**"), md);
        assertTrue(md.contains("Readers use a page's \"last updated\" date"), "the Why section: " + md);
        assertTrue(md.contains("(https://github.com/contentlint/contentlint/blob/main/docs/rules/freshness/stale-date.md)"), md);
        assertEquals(null, editor.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                new Position(0, 2))).get(30, TimeUnit.SECONDS), "no finding on the heading");
    }

    @Test
    void aChangedConfigFileIsReadAgain() throws Exception {
        open(PAGE);
        assertTrue(codes(editor.await(uri, p -> !p.getDiagnostics().isEmpty())).contains("freshness/stale-date"));
        assertFalse(editor.registrations.isEmpty(), "the server asks to watch config files");
        Files.writeString(root.resolve(".contentlint.yml"), CONFIG.replace("rules:\n", "rules:\n  freshness/stale-date: off\n"));
        editor.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(List.of(
                new FileEvent(root.resolve(".contentlint.yml").toUri().toString(), FileChangeType.Changed))));
        PublishDiagnosticsParams after = editor.await(uri, p -> !codes(p).contains("freshness/stale-date"));
        assertEquals(List.of("style/wordy-phrases", "test/colour"), codes(after));
    }

    @Test
    void aBrokenConfigIsOneDiagnosticThatSaysWhatIsWrong() throws Exception {
        Files.writeString(root.resolve(".contentlint.yml"), "rules:\n  no/such-rule: warning\n");
        open(PAGE);
        PublishDiagnosticsParams p = editor.await(uri, x -> !x.getDiagnostics().isEmpty());
        assertEquals(List.of(Checker.CONFIG_ERROR), codes(p));
        assertTrue(p.getDiagnostics().get(0).getMessage().contains("no/such-rule"), p.getDiagnostics().get(0).getMessage());
    }

    @Test
    void aNewerChangeSupersedesTheRunningCheckWhoseResultIsNeverPublished() throws Exception {
        TestRules.gate = new CountDownLatch(1);
        open("v1 gate\n");
        assertTrue(TestRules.entered.await(30, TimeUnit.SECONDS), "the first check runs");
        change(2, null, "v2 gate\n");
        change(3, null, "v3 gate\n");
        editor.sync();
        TestRules.gate.countDown();
        PublishDiagnosticsParams p = editor.await(uri, x -> !x.getDiagnostics().isEmpty());
        assertEquals(3, p.getVersion());
        assertEquals("gate on: v3 gate", find(p, "test/gate").getMessage());
        synchronized (editor.allDiagnostics) {
            for (PublishDiagnosticsParams d : editor.allDiagnostics)
                if (d.getUri().equals(uri)) assertEquals(3, d.getVersion(), "only the newest text is published");
        }
    }

    @Test
    void aMalformedRequestGetsAnErrorReplyAndTheServerGoesOn() throws Exception {
        ExecutionException bad = assertThrows(ExecutionException.class, () -> editor.launcher.getRemoteEndpoint()
                .request("textDocument/hover", Map.of("textDocument", "not an object", "position", 7))
                .get(30, TimeUnit.SECONDS));
        ResponseErrorException error = assertInstanceOf(ResponseErrorException.class, bad.getCause());
        int code = error.getResponseError().getCode();
        assertTrue(code == ResponseErrorCode.ParseError.getValue() || code == ResponseErrorCode.InvalidParams.getValue(),
                error.getResponseError().toString());
        ExecutionException unknown = assertThrows(ExecutionException.class, () -> editor.launcher.getRemoteEndpoint()
                .request("contentlint/noSuchMethod", Map.of()).get(30, TimeUnit.SECONDS));
        assertEquals(ResponseErrorCode.MethodNotFound.getValue(),
                ((ResponseErrorException) unknown.getCause()).getResponseError().getCode());
        open(PAGE);
        assertFalse(editor.await(uri, p -> !p.getDiagnostics().isEmpty()).getDiagnostics().isEmpty(), "still serving");
    }

    @Test
    void aDocumentOverMaxFileSizeIsOneFindingThatSaysSo() throws Exception {
        Files.writeString(root.resolve(".contentlint.yml"), CONFIG + "max-file-size: 200\n");
        open(PAGE + "More text. ".repeat(30));
        PublishDiagnosticsParams p = editor.await(uri, x -> !x.getDiagnostics().isEmpty());
        assertEquals(List.of("contentlint/file-too-large"), codes(p));
        assertTrue(p.getDiagnostics().get(0).getMessage().contains("max-file-size (200 bytes)"),
                p.getDiagnostics().get(0).getMessage());
    }

    @Test
    void anUndefinedAcronymCanBeAddedToTheGlossaryTheConfigNames() throws Exception {
        String page = "# Guide\n\nThe QZX box is blue.\n";
        open(page);
        PublishDiagnosticsParams p = editor.await(uri, x -> codes(x).contains("glossary/undefined-acronym"));
        Diagnostic acronym = find(p, "glossary/undefined-acronym");
        CodeAction add = actions(acronym.getRange(), null).stream()
                .filter(a -> a.getTitle().startsWith("Add \"QZX\" to the glossary")).findFirst()
                .orElseThrow(() -> new AssertionError("no glossary action"));
        assertEquals(CodeActions.ADD_TERM, add.getCommand().getCommand());
        editor.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(add.getCommand().getCommand(),
                add.getCommand().getArguments())).get(30, TimeUnit.SECONDS);
        assertTrue(Files.readString(root.resolve("glossary.yml")).endsWith("  - term: \"QZX\"\n"),
                Files.readString(root.resolve("glossary.yml")));
        editor.await(uri, x -> !codes(x).contains("glossary/undefined-acronym"));
    }

    @Test
    void aWordGoesIntoTheDictionaryOnlyWhenTheConfigNamesTheFile() throws Exception {
        open(PAGE);
        editor.await(uri, p -> !p.getDiagnostics().isEmpty());
        String words = root.resolve("words.txt").toString();
        editor.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(CodeActions.ADD_WORD,
                List.of("kubectl", words))).get(30, TimeUnit.SECONDS);
        assertEquals("# accepted words\nkubectl\n", Files.readString(root.resolve("words.txt")));
        ExecutionException e = assertThrows(ExecutionException.class, () -> editor.server.getWorkspaceService()
                .executeCommand(new ExecuteCommandParams(CodeActions.ADD_WORD,
                        List.of("kubectl", root.resolve("docs/page.md").toString()))).get(30, TimeUnit.SECONDS));
        assertTrue(e.getCause().getMessage().contains("is not a dictionary file that a config names"),
                e.getCause().getMessage());
        assertEquals(PAGE, Files.readString(root.resolve("docs/page.md")));
        assertThrows(ExecutionException.class, () -> editor.server.getWorkspaceService().executeCommand(
                new ExecuteCommandParams(CodeActions.ADD_WORD, List.of("kubectl", root.resolve("glossary.yml").toString())))
                .get(30, TimeUnit.SECONDS), "the glossary is no word list");
        assertEquals(CONFIG, Files.readString(root.resolve(".contentlint.yml")));
    }

    @Test
    void corpusRulesSeeTheWorkspaceWithTheOpenBufferInPlaceOfItsFile() throws Exception {
        String glossaryUri = root.resolve("glossary.yml").toUri().toString();
        editor.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(glossaryUri, "yaml", 1, Files.readString(root.resolve("glossary.yml")))));
        PublishDiagnosticsParams unused = editor.await(glossaryUri, p -> codes(p).contains("glossary/unused-entry"));
        assertTrue(find(unused, "glossary/unused-entry").getMessage().contains("widget"));
        open(PAGE.replace("The colour is blue.", "The widget is blue."));
        editor.await(glossaryUri, p -> !codes(p).contains("glossary/unused-entry"));
    }
}
