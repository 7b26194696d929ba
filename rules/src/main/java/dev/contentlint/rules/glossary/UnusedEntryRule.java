package dev.contentlint.rules.glossary;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.ProseBlock;
import dev.contentlint.core.io.FieldReader;
import dev.contentlint.core.io.FieldWriter;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.CorpusContext;
import dev.contentlint.core.rule.CorpusRule;
import dev.contentlint.core.rule.Option;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * A rule; see its {@link RuleInfo}. In-document glossaries are checked per document; the entries of project
 * glossary files are checked across the run, and reported in the glossary file.
 */
@RuleInfo(id = "glossary/unused-entry",
        summary = "Glossary entries should be used in the text they explain",
        severity = Severity.WARNING, category = Category.GLOSSARY)
public final class UnusedEntryRule implements CorpusRule<BitSet> {

    /** Options of {@code glossary/unused-entry}. */
    public record Options(
            @Option(description = "Headings that open an in-document glossary (compared without case and final punctuation)",
                    defaultValue = "[Glossary, Important Terms, Key Terms, Definitions, Terminology]")
            List<String> glossaryHeadings) {
        public Options {
            glossaryHeadings = List.copyOf(glossaryHeadings);
        }
    }

    @Override
    public void check(Document document, RuleContext context) {
        Options o = context.options(Options.class);
        if (Glossary.of(context).isGlossaryFile(document.path())) return;
        DocumentDefinitions defs = DocumentDefinitions.of(document, o.glossaryHeadings());
        if (defs.isGlossaryPage()) return; // a glossary page explains terms other pages use
        for (DocumentDefinitions.Entry e : defs.entries()) {
            List<TermPattern> patterns = new ArrayList<>();
            add(patterns, e.term());
            if (e.abbreviation() != null) add(patterns, e.abbreviation());
            boolean used = false;
            for (ProseBlock b : document.prose()) {
                // A block that overlaps the entry (its own definition, or a list holding every entry) is no use.
                if (b.span().start() < e.definition().end() && e.definition().start() < b.span().end()) continue;
                if (patterns.stream().anyMatch(p -> p.occursIn(b))) { used = true; break; }
            }
            if (!used)
                context.report(e.at(), "Glossary entry \"" + e.term() + "\" is never used in this document outside its"
                        + " definition: use the term in the text or remove the entry.");
        }
    }

    @Override
    public BitSet summarize(Document document, RuleContext context) {
        Glossary glossary = Glossary.of(context);
        if (glossary.isEmpty() || glossary.isGlossaryFile(document.path())) return null;
        List<List<TermPattern>> patterns = document.derived(List.of(UnusedEntryRule.class, glossary), d -> patterns(glossary));
        BitSet used = new BitSet();
        for (int i = 0; i < patterns.size(); i++) {
            for (ProseBlock b : document.prose()) {
                final int entry = i;
                if (patterns.get(entry).stream().anyMatch(p -> p.occursIn(b))) { used.set(entry); break; }
            }
        }
        return used;
    }

    /** The entries used, as the words of the set: unchanged files then need no parse in cached runs. */
    @Override
    public boolean storeSummary(BitSet used, FieldWriter out) {
        long[] words = used.toLongArray();
        out.number(words.length);
        for (long word : words) out.number(word);
        return true;
    }

    @Override
    public BitSet loadSummary(FieldReader in, java.nio.file.Path file) {
        long[] words = new long[in.integer()];
        for (int i = 0; i < words.length; i++) words[i] = in.number();
        return BitSet.valueOf(words);
    }

    @Override
    public void checkCorpus(Map<String, BitSet> summaries, CorpusContext context) {
        if (summaries.isEmpty()) return;
        Glossary glossary = context.service(Glossary.class);
        BitSet used = new BitSet();
        for (BitSet s : summaries.values()) used.or(s);
        List<GlossaryEntry> entries = glossary.entries();
        for (int i = 0; i < entries.size(); i++) {
            if (used.get(i)) continue;
            GlossaryEntry e = entries.get(i);
            context.report(glossary.pathOf(e.file()), e.location(), "Glossary entry \"" + e.term() + "\" is not used in any of the "
                    + summaries.size() + (summaries.size() == 1 ? " checked file" : " checked files")
                    + ": use it in the text or remove the entry.");
        }
    }

    private static List<List<TermPattern>> patterns(Glossary glossary) {
        List<List<TermPattern>> out = new ArrayList<>();
        for (GlossaryEntry e : glossary.entries()) {
            List<TermPattern> ps = new ArrayList<>();
            for (String s : e.spellings()) add(ps, s);
            out.add(ps);
        }
        return out;
    }

    private static void add(List<TermPattern> patterns, String term) {
        TermPattern p = TermPattern.of(term);
        if (p != null) patterns.add(p);
    }
}
