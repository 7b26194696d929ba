package dev.contentlint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkDoneProgressKind;
import org.eclipse.lsp4j.WorkDoneProgressNotification;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LanguageTool loads in the background with progress, and grammar findings carry LanguageTool's rule id. */
@Tag("slow")
class GrammarWarmupTest {
    @TempDir Path root;

    @Test
    void languageToolLoadsWithProgressAndItsFindingsNameItsRule() throws Exception {
        Files.createDirectories(root.resolve(".git"));
        Files.writeString(root.resolve(".contentlint.yml"), "today: 2026-11-26\nrules:\n  grammar/languagetool: warning\n");
        String uri = root.resolve("page.md").toUri().toString();
        try (EditorClient editor = new EditorClient(TestRules.registry())) {
            JsonObject options = new JsonObject();
            options.addProperty("debounceMillis", 20);
            editor.initialize(root, options);
            // LanguageTool takes seconds to load, minutes on a busy machine; the page is checked without it first.
            editor.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                    new TextDocumentItem(uri, "markdown", 1, "# Notes\n\nThis is an test of the checker.\n")));
            PublishDiagnosticsParams p = editor.await(uri, x -> x.getDiagnostics().stream()
                    .anyMatch(d -> "grammar/languagetool".equals(Diagnostics.code(d))), 300);
            Diagnostic d = p.getDiagnostics().stream().filter(x -> "grammar/languagetool".equals(Diagnostics.code(x)))
                    .findFirst().orElseThrow();
            assertEquals("EN_A_VS_AN", ((JsonObject) d.getData()).get("languagetoolRule").getAsString());
            assertTrue(d.getMessage().contains("(EN_A_VS_AN)"), d.getMessage());
            List<WorkDoneProgressKind> kinds;
            synchronized (editor.progress) {
                kinds = editor.progress.stream().map(x -> x.getValue().getLeft())
                        .map(WorkDoneProgressNotification::getKind).toList();
            }
            assertEquals(List.of(WorkDoneProgressKind.begin, WorkDoneProgressKind.end), kinds.subList(0, 2),
                    "progress while LanguageTool loads: " + kinds);
        }
    }
}
