package dev.contentlint.rules.glossary;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.ProseBlock;
import dev.contentlint.core.document.Span;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Option;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "glossary/undefined-acronym",
        summary = "Acronyms should be expanded on first use or defined in a glossary",
        severity = Severity.WARNING, category = Category.GLOSSARY)
public final class UndefinedAcronymRule implements Rule {

    /** Options of {@code glossary/undefined-acronym}. */
    public record Options(
            @Option(description = "Acronyms accepted without an expansion, in addition to the shipped list of common ones",
                    defaultValue = "[]")
            List<String> allow,
            @Option(description = "Use the shipped list of common acronyms (PDF, URL, USA, ...)", defaultValue = "true")
            boolean commonAcronyms,
            @Option(description = "Headings that open an in-document glossary (compared without case and final punctuation)",
                    defaultValue = "[Glossary, Important Terms, Key Terms, Definitions, Terminology]")
            List<String> glossaryHeadings) {
        public Options {
            allow = List.copyOf(allow);
            glossaryHeadings = List.copyOf(glossaryHeadings);
            for (String a : allow) if (a.isBlank()) throw new IllegalArgumentException("allow must not hold an empty entry");
        }
    }

    @Override
    public void check(Document document, RuleContext context) {
        Options o = context.options(Options.class);
        Glossary glossary = Glossary.of(context);
        if (glossary.isGlossaryFile(document.path())) return;
        Map<String, Span> defined = DocumentDefinitions.of(document, o.glossaryHeadings()).acronyms();
        Set<String> allowed = new HashSet<>(o.allow());
        if (o.commonAcronyms()) allowed.addAll(Acronyms.common());
        Set<String> seen = new HashSet<>();
        for (ProseBlock b : document.prose()) {
            // A block set all in capitals ("## SYNTAX", "## SEE ALSO") is styling, not a row of acronyms.
            if (b.text().chars().noneMatch(Character::isLowerCase)) continue; // also "- RELATED LINKS" items
            String whole = b.text().strip();
            for (Acronyms.Token t : Acronyms.find(b.text())) {
                String a = t.acronym();
                // A block that is the acronym alone (a table cell, a list entry, a heading naming it) is a label.
                if (whole.length() <= a.length() + 2 && whole.startsWith(a)) continue;
                if (allowed.contains(a) || allowed.contains(a.replaceFirst("[0-9]+$", "")) || seen.contains(a)
                        || glossary.definesAcronym(a)) continue;
                Span at = b.sourceSpan(t.start(), t.end());
                Span definition = defined.get(a);
                // A title or heading may name an acronym that the text below it expands.
                if (b.kind() == ProseBlock.Kind.HEADING && definition != null) continue;
                seen.add(a);
                if (definition != null && definition.start() <= at.start()) continue;
                if (definition != null) {
                    context.report(at, "\"" + a + "\" is used before its expansion on line "
                            + document.source().line(definition.start()) + ": expand it here, at its first use.");
                } else {
                    context.report(at, "\"" + a + "\" is not defined: expand it at its first use, as in \"Long Name ("
                            + a + ")\", or define it in the glossary.");
                }
            }
        }
    }
}
