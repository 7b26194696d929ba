package dev.contentlint.rules.readability;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.readability.DocumentReadability;
import dev.contentlint.core.readability.Metrics;
import dev.contentlint.core.readability.SectionReadability;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Option;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import java.util.Locale;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "readability/grade-level", summary = "Pages and sections should be readable at the target school grade",
        severity = Severity.WARNING, category = Category.READABILITY, wcag = "3.1.5")
public final class GradeLevelRule implements Rule {

    /** Options of {@code readability/grade-level}. */
    public record Options(
            @Option(description = "Highest acceptable US school grade", defaultValue = "12")
            double maxGrade,
            @Option(description = "Grade formula: flesch-kincaid, gunning-fog, smog, coleman-liau, ari, or average"
                    + " (the mean of the five)", defaultValue = "flesch-kincaid")
            String formula,
            @Option(description = "Also score each section's own prose", defaultValue = "true")
            boolean sections,
            @Option(description = "Fewest words a document or section needs to be scored; grades of a few"
                    + " sentences say little", defaultValue = "100")
            int minWords) {
        public Options {
            if (Metrics.GradeFormula.of(formula) == null)
                throw new IllegalArgumentException("formula must be one of flesch-kincaid, gunning-fog, smog,"
                        + " coleman-liau, ari, average");
            if (maxGrade <= 0) throw new IllegalArgumentException("max-grade must be > 0");
            if (minWords < 1) throw new IllegalArgumentException("min-words must be >= 1");
        }
    }

    @Override
    public void check(Document document, RuleContext context) {
        Options options = context.options(Options.class);
        Metrics.GradeFormula formula = Metrics.GradeFormula.of(options.formula());
        DocumentReadability r = DocumentReadability.of(document);
        Metrics whole = r.metrics();
        if (whole.counts().words() >= options.minWords() && whole.grade(formula) > options.maxGrade())
            context.reportFile(String.format(Locale.ROOT, "The page reads at grade %.1f (%s; target %s or below): "
                    + "shorten sentences and prefer shorter words.", whole.grade(formula), options.formula(),
                    number(options.maxGrade())));
        if (!options.sections() || r.sections().size() < 2) return;
        for (SectionReadability s : r.sections()) {
            Metrics m = s.metrics();
            if (s.section().level() == 0 || m.counts().words() < options.minWords()) continue;
            if (m.grade(formula) <= options.maxGrade()) continue;
            context.report(s.section().heading(), String.format(Locale.ROOT,
                    "Section \"%s\" reads at grade %.1f (%s; target %s or below): shorten sentences and prefer"
                            + " shorter words.", s.title(), m.grade(formula), options.formula(), number(options.maxGrade())));
        }
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
