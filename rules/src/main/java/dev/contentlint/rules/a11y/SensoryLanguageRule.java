package dev.contentlint.rules.a11y;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.ProseBlock;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import dev.contentlint.rules.PhraseMatcher;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "a11y/sensory-language", summary = "Instructions should not rely only on colour, shape, size, position or sound",
        severity = Severity.WARNING, category = Category.ACCESSIBILITY, wcag = {"1.3.3", "1.4.1"})
public final class SensoryLanguageRule implements Rule {
    private static final PhraseMatcher PHRASES =
            PhraseMatcher.load(SensoryLanguageRule.class, "sensory-language.tsv", PhraseMatcher.Edges.WORDS);

    /** Verbs that make a sentence an instruction; a sentence without one describes a layout or a behaviour. */
    private static final Pattern INSTRUCTION = Pattern.compile("(?i)(?<![\\w-])(?:click|press|tap|select|choose|hit"
            + "|push|use|find|see|look|go|open|drag|scroll|navigate|type|enter|follow|check|read)(?![\\w-])");

    /** A control named by a word before its kind: "the Expand arrow", "the X button", "the browse icon". */
    private static final Pattern NAMED_CONTROL = Pattern.compile("([\\p{L}\\p{N}{}\\[\\]()+*#&-]+)\\s+(?:button|icon"
            + "|arrow|menu|tab|link|box|field|checkbox|pane|panel|bar|toolbar|key|control|option|item|column)s?(?![\\w-])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Words before a control's kind that say what it looks like or where it is, not what it is called. */
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "this", "that", "each", "every", "any",
            "one", "its", "your", "of", "on", "in", "at", "to", "from", "with", "and", "or", "first", "last", "next",
            "red", "green", "blue", "yellow", "orange", "purple", "pink", "grey", "gray", "black", "white", "brown",
            "round", "square", "circular", "triangular", "rectangular", "oval", "star-shaped", "diamond-shaped",
            "big", "large", "small", "little", "tiny", "top", "bottom", "upper", "lower", "left", "right",
            "left-hand", "right-hand", "middle", "side", "text", "navigation", "highlighted", "marked", "shown");

    private static final Set<ProseBlock.MarkupKind> NAMING_MARKUP = Set.of(ProseBlock.MarkupKind.CODE);

    @Override
    public void check(Document doc, RuleContext ctx) {
        for (ProseBlock block : doc.prose()) {
            // Alt text describes what an image shows, its colours and shapes included.
            if (block.kind() == ProseBlock.Kind.ALT_TEXT) continue;
            String text = block.text();
            for (PhraseMatcher.Match m : PHRASES.find(text)) {
                int from = sentenceStart(text, m.start()), to = sentenceEnd(text, m.end());
                String sentence = text.substring(from, to);
                if (!INSTRUCTION.matcher(sentence).find() || namesControl(block, sentence, from, to)) continue;
                ctx.report(block.sourceSpan(m.start(), m.end()), "\"" + m.text().replaceAll("\\s+", " ")
                        + "\" identifies something by its " + m.phrase().note()
                        + " alone: also name it by its label or text, so everyone can find it.");
            }
        }
    }

    /**
     * Whether the sentence also names what it points at, by a label before the control's kind, a quoted label
     * or code: then the colour or position only helps, and a reader who cannot perceive it still finds the control.
     */
    private static boolean namesControl(ProseBlock block, String sentence, int from, int to) {
        for (ProseBlock.Markup markup : block.markup())
            if (NAMING_MARKUP.contains(markup.kind()) && markup.textIndex() >= from && markup.textIndex() <= to) return true;
        if (sentence.matches("(?s).*[\"“‘][^\"”’]{1,40}[\"”’].*")) return true;
        for (Matcher m = NAMED_CONTROL.matcher(sentence); m.find(); )
            if (!NOT_NAMES.contains(m.group(1).toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    private static int sentenceStart(String text, int at) {
        for (int i = at - 1; i > 0; i--)
            if (Character.isWhitespace(text.charAt(i)) && ".!?".indexOf(text.charAt(i - 1)) >= 0) return i + 1;
        return 0;
    }

    private static int sentenceEnd(String text, int at) {
        for (int i = at; i < text.length() - 1; i++)
            if (".!?".indexOf(text.charAt(i)) >= 0 && Character.isWhitespace(text.charAt(i + 1))) return i + 1;
        return text.length();
    }
}
