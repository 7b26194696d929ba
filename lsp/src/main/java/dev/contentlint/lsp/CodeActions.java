package dev.contentlint.lsp;

import dev.contentlint.core.config.Config;
import dev.contentlint.core.document.Format;
import dev.contentlint.core.fix.FixApplier;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.Fix;
import dev.contentlint.core.rule.FixSafety;
import dev.contentlint.core.rule.RuleMeta;
import dev.contentlint.core.rule.SettingFiles;
import dev.contentlint.rules.glossary.GlossaryFiles;
import dev.contentlint.rules.spelling.Dictionary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * The code actions on a document's findings: each fix as a quick fix (safe ones preferred), disabling the rule for
 * the line with an inline comment, adding a word to the dictionary or a term to the glossary the config names, and
 * {@value #FIX_ALL}, which applies every safe fix at once (for {@code editor.codeActionsOnSave}).
 */
final class CodeActions {
    static final String FIX_ALL = "source.fixAll.contentlint";
    static final String ADD_WORD = "contentlint.addToDictionary";
    static final String ADD_TERM = "contentlint.addToGlossary";
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    private CodeActions() {
    }

    /** Whether the server applies {@code fix} unasked (fix-all) and marks it preferred. */
    static boolean safe(Fix fix) {
        return fix.safety() == FixSafety.SAFE;
    }

    /**
     * The actions for the findings within {@code range}, of the kinds {@code only} asks for (all when null).
     *
     * @param findings the findings, positions in {@code text}
     */
    static List<Either<Command, CodeAction>> of(OpenDocument doc, String text, List<Finding> findings,
                                                Map<String, RuleMeta> rules, Range range, List<String> only,
                                                Config config) {
        TextPositions positions = new TextPositions(text);
        List<Either<Command, CodeAction>> out = new ArrayList<>();
        if (wants(only, CodeActionKind.QuickFix)) {
            // A request without a range asks about the whole document.
            int from = range == null || range.getStart() == null ? 0 : positions.offset(range.getStart());
            int to = range == null || range.getEnd() == null ? text.length() : positions.offset(range.getEnd());
            for (Finding f : findings) {
                Range r = positions.range(f.location());
                if (positions.offset(r.getStart()) > to || positions.offset(r.getEnd()) < from) continue;
                Diagnostic d = Diagnostics.of(f, positions, rules);
                quickFixes(doc, text, positions, f, d, config, out);
            }
        }
        if (wants(only, FIX_ALL)) fixAll(doc, text, positions, findings).ifPresent(a -> out.add(Either.forRight(a)));
        return out;
    }

    /** Whether an action of {@code kind} is asked for: a requested kind covers the kinds below it. */
    private static boolean wants(List<String> only, String kind) {
        if (only == null || only.isEmpty()) return true;
        for (String k : only) if (kind.equals(k) || kind.startsWith(k + ".")) return true;
        return false;
    }

    private static void quickFixes(OpenDocument doc, String text, TextPositions positions, Finding f, Diagnostic d,
                                   Config config, List<Either<Command, CodeAction>> out) {
        boolean preferredGiven = false;
        for (Fix fix : f.fixes()) {
            CodeAction a = new CodeAction(fix.description());
            a.setKind(CodeActionKind.QuickFix);
            a.setDiagnostics(List.of(d));
            if (safe(fix) && !preferredGiven) {
                a.setIsPreferred(true);
                preferredGiven = true;
            }
            a.setEdit(edit(doc.uri(), List.of(new TextEdit(positions.range(fix.location()), fix.replacement()))));
            out.add(Either.forRight(a));
        }
        String word = text.substring(positions.offset(d.getRange().getStart()), positions.offset(d.getRange().getEnd()));
        if (f.ruleId().equals("spelling/misspelling") && !word.isBlank())
            addTo(out, d, "dictionary", Dictionary.SETTING.key(), config.setting(Dictionary.SETTING), ADD_WORD, word.strip());
        if (f.ruleId().equals("glossary/undefined-acronym") || f.ruleId().equals("glossary/undefined-term")) {
            Matcher m = QUOTED.matcher(f.message());
            String term = m.find() ? m.group(1) : word.strip();
            if (!term.isBlank() && !term.startsWith("#"))
                addTo(out, d, "glossary", GlossaryFiles.SETTING.key(), config.setting(GlossaryFiles.SETTING), ADD_TERM, term);
        }
        if (!f.ruleId().startsWith("contentlint/") && commentsWork(doc))
            out.add(Either.forRight(disableForLine(doc, text, positions, f, d)));
    }

    private static void addTo(List<Either<Command, CodeAction>> out, Diagnostic d, String noun, String setting,
                              SettingFiles files, String command, String value) {
        if (files.isEmpty()) return; // the config names no file to add to; the editor's settings are never touched
        SettingFiles.NamedFile file = files.files().get(0);
        CodeAction a = new CodeAction("Add \"" + value + "\" to the " + noun + " (" + file.written() + ")");
        a.setKind(CodeActionKind.QuickFix);
        a.setDiagnostics(List.of(d));
        a.setCommand(new Command(a.getTitle(), command, List.of(value, file.path().toString())));
        out.add(Either.forRight(a));
    }

    /** Inline comments are read in Markdown and HTML; plain text has no comment syntax. */
    private static boolean commentsWork(OpenDocument doc) {
        Format format = Format.ofFileName(Linting.bufferName(doc, java.nio.file.Path.of(""))).orElse(Format.MARKDOWN);
        return format != Format.TEXT;
    }

    private static CodeAction disableForLine(OpenDocument doc, String text, TextPositions positions, Finding f,
                                             Diagnostic d) {
        int line = d.getRange().getStart().getLine();
        int start = positions.lineStart(line);
        int indentEnd = start;
        while (indentEnd < text.length() && (text.charAt(indentEnd) == ' ' || text.charAt(indentEnd) == '\t')) indentEnd++;
        String eol = text.contains("\r\n") ? "\r\n" : "\n";
        String comment = text.substring(start, indentEnd) + "<!-- contentlint-disable-next-line " + f.ruleId() + " -->" + eol;
        CodeAction a = new CodeAction("Disable " + f.ruleId() + " for this line");
        a.setKind(CodeActionKind.QuickFix);
        a.setDiagnostics(List.of(d));
        var at = positions.position(start);
        a.setEdit(edit(doc.uri(), List.of(new TextEdit(new Range(at, at), comment))));
        return a;
    }

    /** Every finding's first safe fix, as far as they do not overlap: what fix-all changes in one step. */
    private static java.util.Optional<CodeAction> fixAll(OpenDocument doc, String text, TextPositions positions,
                                                         List<Finding> findings) {
        List<Fix> chosen = new ArrayList<>();
        for (Finding f : findings)
            f.fixes().stream().filter(CodeActions::safe).findFirst().ifPresent(chosen::add);
        if (chosen.isEmpty()) return java.util.Optional.empty();
        FixApplier.Result applied = FixApplier.apply(text, chosen);
        if (!applied.changed()) return java.util.Optional.empty();
        List<TextEdit> edits = new ArrayList<>();
        for (Fix fix : applied.applied()) edits.add(new TextEdit(positions.range(fix.location()), fix.replacement()));
        CodeAction a = new CodeAction("Fix all safe contentlint problems");
        a.setKind(FIX_ALL);
        a.setEdit(edit(doc.uri(), edits));
        return java.util.Optional.of(a);
    }

    private static WorkspaceEdit edit(String uri, List<TextEdit> edits) {
        return new WorkspaceEdit(Map.of(uri, edits));
    }
}
