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
import java.util.Locale;
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
            List<String> glossaryHeadings,
            @Option(description = "Report only when the config names a glossary (the glossary: setting);"
                    + " recommended sets it", defaultValue = "false")
            boolean onlyWithGlossary) {
        public Options {
            allow = List.copyOf(allow);
            glossaryHeadings = List.copyOf(glossaryHeadings);
            for (String a : allow) if (a.isBlank()) throw new IllegalArgumentException("allow must not hold an empty entry");
        }
    }

    @Override
    public void check(Document document, RuleContext context) {
        Options o = context.options(Options.class);
        // A team that keeps a glossary has chosen to manage its terms; without one, acronyms are unmanaged jargon.
        if (o.onlyWithGlossary() && context.setting(GlossaryFiles.SETTING).files().isEmpty()) return;
        Glossary glossary = Glossary.of(context);
        if (glossary.isGlossaryFile(document.path())) return;
        Set<String> proseWords = proseWords(document);
        List<Span> keys = keyNames(document);
        Map<String, Span> defined = DocumentDefinitions.of(document, o.glossaryHeadings()).acronyms();
        Set<String> allowed = new HashSet<>(o.allow());
        if (o.commonAcronyms()) allowed.addAll(Acronyms.common());
        Set<String> seen = new HashSet<>();
        for (ProseBlock b : document.prose()) {
            // A block set all in capitals ("## SYNTAX", "## SEE ALSO") is styling, not a row of acronyms.
            if (b.text().chars().noneMatch(Character::isLowerCase)) continue; // also "- RELATED LINKS" items
            String whole = b.text().strip();
            List<Acronyms.Token> tokens = Acronyms.outsideCapitalRuns(b.text(), Acronyms.find(b.text()));
            boolean languageList = languageCodes(b.text()) >= 2;
            for (Acronyms.Token t : tokens) {
                String a = t.acronym();
                if (speakerLabel(b.text(), t) || proseWords.contains(a.toLowerCase(Locale.ROOT))
                        || languageList && languageCode(a)) continue;
                // A block that is the acronym alone (a table cell, a list entry, a heading naming it) is a label.
                if (whole.length() <= a.length() + 2 && whole.startsWith(a)) continue;
                if (allowed.contains(a) || allowed.contains(a.replaceFirst("[0-9]+$", "")) || seen.contains(a)
                        || glossary.definesAcronym(a)) continue;
                Span at = b.sourceSpan(t.start(), t.end());
                if (keys.stream().anyMatch(k -> k.start() <= at.start() && at.end() <= k.end())) continue;
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

    /**
     * A word in capitals that opens its block and is followed by a colon, and reads as a word rather than a
     * string of initials ("KAYLA: Thanks for joining", "**NOTE:**"): a label, such as a speaker's name in a
     * transcript.
     */
    static boolean speakerLabel(String text, Acronyms.Token t) {
        if (!text.substring(0, t.start()).isBlank() || t.end() >= text.length() || text.charAt(t.end()) != ':')
            return false;
        String a = t.acronym();
        long vowels = a.chars().filter(c -> "AEIOUY".indexOf(c) >= 0).count();
        return a.length() >= 4 && vowels * 10 >= a.length() * 3;
    }

    /** Where the page names keys, program output or variables ({@code <kbd>SHIFT</kbd>}): names, not acronyms. */
    private static List<Span> keyNames(Document document) {
        if (document.format() == dev.contentlint.core.document.Format.TEXT) return List.of();
        return document.html().select("kbd, samp, var").stream().map(document::spanOf)
                .filter(s -> !s.equals(Span.START)).toList();
    }

    private static final Set<String> LANGUAGES = java.util.Arrays.stream(Locale.getISOLanguages())
            .map(l -> l.toUpperCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * A two-letter ISO 639 language code (EN, DE, JA). One alone may be an acronym; two or more in one block
     * ("in EN, DE and FR") are a list of languages.
     */
    static boolean languageCode(String token) {
        return LANGUAGES.contains(token);
    }

    private static final java.util.regex.Pattern TWO_CAPITALS =
            java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}_-])[A-Z]{2}(?![\\p{L}\\p{N}_-])");

    /** How many different language codes {@code text} names. */
    private static long languageCodes(String text) {
        return TWO_CAPITALS.matcher(text).results().map(java.util.regex.MatchResult::group)
                .filter(UndefinedAcronymRule::languageCode).distinct().count();
    }

    /**
     * The words the document's prose writes in lower case. A capitalised token whose lower-case form the page
     * also uses as a word is emphasis ("READ the notice" on a page that says "read") or a name set in capitals
     * ("HTTPD" beside "httpd"), not an acronym to expand.
     */
    private static Set<String> proseWords(Document document) {
        Set<String> out = new HashSet<>();
        java.util.regex.Matcher m = LOWER_WORD.matcher("");
        for (ProseBlock b : document.prose()) {
            m.reset(b.text());
            while (m.find()) out.add(m.group());
        }
        return out;
    }

    private static final java.util.regex.Pattern LOWER_WORD =
            java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}_.-])\\p{Ll}[\\p{Ll}\\p{N}]+(?![\\p{L}\\p{N}_])");
}
