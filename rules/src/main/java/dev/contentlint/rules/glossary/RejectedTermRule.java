package dev.contentlint.rules.glossary;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.ProseBlock;
import dev.contentlint.core.document.Span;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Fix;
import dev.contentlint.core.rule.FixSafety;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "glossary/rejected-term",
        summary = "Rejected spellings of glossary terms should be replaced by the preferred term",
        severity = Severity.WARNING, category = Category.GLOSSARY, fixes = FixSafety.SAFE)
public final class RejectedTermRule implements Rule {
    private record Rejected(GlossaryEntry entry, String variant, TermPattern pattern, List<TermPattern> accepted) {}

    @Override
    public void check(Document document, RuleContext context) {
        Glossary glossary = Glossary.of(context);
        if (glossary.isEmpty() || glossary.isGlossaryFile(document.path())) return;
        List<Rejected> rejected = document.derived(List.of(RejectedTermRule.class, glossary), d -> patterns(glossary));
        if (rejected.isEmpty()) return;
        for (ProseBlock b : document.prose()) {
            List<int[]> taken = new ArrayList<>();
            for (Rejected r : rejected) {
                for (TermPattern.Match m : r.pattern().find(b.text())) {
                    if (overlaps(taken, m.start(), m.end())) continue;
                    // "e-mail" rejected for "email": the hyphen-free spelling is the preferred one, not a variant.
                    if (r.accepted().stream().anyMatch(a -> a.matchesWhole(m.text()))) continue;
                    taken.add(new int[] {m.start(), m.end()});
                    Span base = b.sourceSpan(m.start(), m.baseEnd());
                    String written = b.text().substring(m.start(), m.baseEnd());
                    String replacement = matchCase(written, r.entry().term());
                    String preferred = r.entry().term();
                    Fix fix = new Fix(document.location(base), replacement, "Replace with \"" + replacement + "\"");
                    context.report(base, "Use \"" + preferred + "\" instead of \"" + written.replaceAll("\\s+", " ")
                            + "\" (the glossary rejects this spelling).", List.of(fix), Map.of("preferred", preferred));
                }
            }
        }
    }

    /** Every rejected spelling, longest first so "annual percent rate" wins over "percent rate". */
    private static List<Rejected> patterns(Glossary glossary) {
        List<Rejected> out = new ArrayList<>();
        for (GlossaryEntry e : glossary.entries()) {
            List<TermPattern> accepted = new ArrayList<>();
            for (String s : e.spellings()) {
                TermPattern p = TermPattern.of(s);
                if (p != null) accepted.add(p);
            }
            for (String v : e.rejected()) {
                TermPattern p = TermPattern.of(v);
                if (p != null) out.add(new Rejected(e, v, p, accepted));
            }
        }
        out.sort((a, b) -> Integer.compare(b.variant().length(), a.variant().length()));
        return out;
    }

    private static boolean overlaps(List<int[]> taken, int start, int end) {
        for (int[] t : taken) if (start < t[1] && t[0] < end) return true;
        return false;
    }

    /** The preferred term, capitalised when the rejected one was (at a sentence start, say). */
    static String matchCase(String written, String preferred) {
        if (preferred.isEmpty() || written.isEmpty()) return preferred;
        if (Character.isUpperCase(written.codePointAt(0)) && Character.isLowerCase(preferred.codePointAt(0)))
            return preferred.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + preferred.substring(1);
        return preferred;
    }
}
