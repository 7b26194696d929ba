package dev.contentlint.rules;

import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleDefiner;
import dev.contentlint.core.rule.RuleProvider;
import dev.contentlint.core.rule.SeparateArtifact;
import dev.contentlint.core.rule.SettingSpec;
import dev.contentlint.rules.a11y.AriaAllowedAttrRule;
import dev.contentlint.rules.a11y.AriaAttrRule;
import dev.contentlint.rules.a11y.AriaHiddenFocusRule;
import dev.contentlint.rules.a11y.AriaRequiredContextRule;
import dev.contentlint.rules.a11y.AriaRoleRule;
import dev.contentlint.rules.a11y.AutocompleteValidRule;
import dev.contentlint.rules.a11y.ButtonNameRule;
import dev.contentlint.rules.a11y.DuplicateAttributeRule;
import dev.contentlint.rules.a11y.DuplicateIdRule;
import dev.contentlint.rules.a11y.EmphasisAsHeadingRule;
import dev.contentlint.rules.a11y.FormLabelRule;
import dev.contentlint.rules.a11y.FrameFocusableRule;
import dev.contentlint.rules.a11y.FrameTitleRule;
import dev.contentlint.rules.a11y.HeadingEmptyRule;
import dev.contentlint.rules.a11y.HeadingOrderRule;
import dev.contentlint.rules.a11y.HtmlLangRule;
import dev.contentlint.rules.a11y.ImageAltRule;
import dev.contentlint.rules.a11y.ImageAltSuspiciousRule;
import dev.contentlint.rules.a11y.InclusiveLanguageRule;
import dev.contentlint.rules.a11y.LabelInNameRule;
import dev.contentlint.rules.a11y.LangValidRule;
import dev.contentlint.rules.a11y.LinkDestinationRule;
import dev.contentlint.rules.a11y.LinkNameRule;
import dev.contentlint.rules.a11y.LinkTextRule;
import dev.contentlint.rules.a11y.MenuitemNameRule;
import dev.contentlint.rules.a11y.MetaRefreshRule;
import dev.contentlint.rules.a11y.MetaViewportRule;
import dev.contentlint.rules.a11y.NestedInteractiveRule;
import dev.contentlint.rules.a11y.PageHeadingRule;
import dev.contentlint.rules.a11y.PageTitleRule;
import dev.contentlint.rules.a11y.PresentationConflictRule;
import dev.contentlint.rules.a11y.SensoryLanguageRule;
import dev.contentlint.rules.a11y.SummaryNameRule;
import dev.contentlint.rules.a11y.TabindexPositiveRule;
import dev.contentlint.rules.a11y.TableHeaderRule;
import dev.contentlint.rules.a11y.TableHeadersAttrRule;
import dev.contentlint.rules.a11y.VideoCaptionRule;
import dev.contentlint.rules.disclaimer.Disclaimers;
import dev.contentlint.rules.disclaimer.EmptyRule;
import dev.contentlint.rules.disclaimer.MissingRule;
import dev.contentlint.rules.disclaimer.ModifiedRule;
import dev.contentlint.rules.freshness.BehindGitRule;
import dev.contentlint.rules.freshness.ConflictingDatesRule;
import dev.contentlint.rules.freshness.DateParser;
import dev.contentlint.rules.freshness.FutureDateRule;
import dev.contentlint.rules.freshness.MissingDateRule;
import dev.contentlint.rules.freshness.StaleDateRule;
import dev.contentlint.rules.glossary.GlossaryFiles;
import dev.contentlint.rules.glossary.RejectedTermRule;
import dev.contentlint.rules.glossary.UndefinedAcronymRule;
import dev.contentlint.rules.glossary.UndefinedTermRule;
import dev.contentlint.rules.glossary.UnusedEntryRule;
import dev.contentlint.rules.readability.DuplicatePassageRule;
import dev.contentlint.rules.readability.GradeLevelRule;
import dev.contentlint.rules.readability.LongParagraphRule;
import dev.contentlint.rules.readability.LongSentenceRule;
import dev.contentlint.rules.readability.PassiveVoiceRule;
import dev.contentlint.rules.readability.RepeatedPhraseRule;
import dev.contentlint.rules.readability.RepeatedStartRule;
import dev.contentlint.rules.structure.EmptySectionRule;
import dev.contentlint.rules.structure.PlaceholderTextRule;
import dev.contentlint.rules.style.StyleRuleDefiner;
import dev.contentlint.rules.style.WeaselWordsRule;
import dev.contentlint.rules.style.WordyPhrasesRule;
import java.lang.reflect.InvocationTargetException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The rules and presets contentlint ships, found through {@link java.util.ServiceLoader}. */
public final class BuiltInRules implements RuleProvider {
    /** Every built-in rule class, sorted by rule id (RuleCatalogTest keeps it so). */
    public static final List<Class<? extends Rule>> RULES = List.of(
            AriaAllowedAttrRule.class, // a11y/aria-allowed-attr
            AriaAttrRule.class, // a11y/aria-attr
            AriaHiddenFocusRule.class, // a11y/aria-hidden-focus
            AriaRequiredContextRule.class, // a11y/aria-required-context
            AriaRoleRule.class, // a11y/aria-role
            AutocompleteValidRule.class, // a11y/autocomplete-valid
            ButtonNameRule.class, // a11y/button-name
            DuplicateAttributeRule.class, // a11y/duplicate-attribute
            DuplicateIdRule.class, // a11y/duplicate-id
            EmphasisAsHeadingRule.class, // a11y/emphasis-as-heading
            FormLabelRule.class, // a11y/form-label
            FrameFocusableRule.class, // a11y/frame-focusable
            FrameTitleRule.class, // a11y/frame-title
            HeadingEmptyRule.class, // a11y/heading-empty
            HeadingOrderRule.class, // a11y/heading-order
            HtmlLangRule.class, // a11y/html-lang
            ImageAltRule.class, // a11y/image-alt
            ImageAltSuspiciousRule.class, // a11y/image-alt-suspicious
            InclusiveLanguageRule.class, // a11y/inclusive-language
            LabelInNameRule.class, // a11y/label-in-name
            LangValidRule.class, // a11y/lang-valid
            LinkDestinationRule.class, // a11y/link-destination
            LinkNameRule.class, // a11y/link-name
            LinkTextRule.class, // a11y/link-text
            MenuitemNameRule.class, // a11y/menuitem-name
            MetaRefreshRule.class, // a11y/meta-refresh
            MetaViewportRule.class, // a11y/meta-viewport
            NestedInteractiveRule.class, // a11y/nested-interactive
            PageHeadingRule.class, // a11y/page-heading
            PageTitleRule.class, // a11y/page-title
            PresentationConflictRule.class, // a11y/presentation-conflict
            SensoryLanguageRule.class, // a11y/sensory-language
            SummaryNameRule.class, // a11y/summary-name
            TabindexPositiveRule.class, // a11y/tabindex-positive
            TableHeaderRule.class, // a11y/table-header
            TableHeadersAttrRule.class, // a11y/table-headers-attr
            VideoCaptionRule.class, // a11y/video-caption
            EmptyRule.class,    // disclaimer/empty
            MissingRule.class,  // disclaimer/missing
            ModifiedRule.class, // disclaimer/modified
            BehindGitRule.class,     // freshness/behind-git
            ConflictingDatesRule.class, // freshness/conflicting-dates
            FutureDateRule.class,       // freshness/future-date
            MissingDateRule.class,      // freshness/missing-date
            StaleDateRule.class,     // freshness/stale-date
            RejectedTermRule.class,     // glossary/rejected-term
            UndefinedAcronymRule.class, // glossary/undefined-acronym
            UndefinedTermRule.class,    // glossary/undefined-term
            UnusedEntryRule.class,      // glossary/unused-entry
            DuplicatePassageRule.class, // readability/duplicate-passage
            GradeLevelRule.class,       // readability/grade-level
            LongParagraphRule.class,    // readability/long-paragraph
            LongSentenceRule.class,     // readability/long-sentence
            PassiveVoiceRule.class,     // readability/passive-voice
            RepeatedPhraseRule.class,   // readability/repeated-phrase
            RepeatedStartRule.class,    // readability/repeated-start
            EmptySectionRule.class,  // structure/empty-section
            PlaceholderTextRule.class, // structure/placeholder-text
            WeaselWordsRule.class,   // style/weasel-words
            WordyPhrasesRule.class); // style/wordy-phrases

    /** Preset name to the classpath resource of its YAML config. */
    public static final Map<String, String> PRESETS = Collections.unmodifiableMap(new TreeMap<>(Map.of(
            "recommended", "dev/contentlint/presets/recommended.yml",
            "strict", "dev/contentlint/presets/strict.yml")));

    @Override
    public List<Rule> rules() {
        return RULES.stream().map(BuiltInRules::instantiate).toList();
    }

    @Override
    public Map<String, String> presets() {
        return PRESETS;
    }

    /** A config that names no base gets the checks almost every page should pass. */
    @Override
    public Optional<String> defaultPreset() {
        return Optional.of("recommended");
    }

    /** User style rules: the {@code styles:} setting names their YAML files. */
    @Override
    public List<RuleDefiner> definers() {
        return List.of(new StyleRuleDefiner());
    }

    /** The top-level settings the built-in rule families read. */
    @Override
    public List<SettingSpec<?>> settings() {
        return List.of(DateParser.Order.SETTING, Disclaimers.SETTING, GlossaryFiles.SETTING);
    }

    /**
     * The grammar and spelling rules ship in their own artifact, since LanguageTool is most of contentlint's
     * download and most builds leave both rules off; the presets still name them.
     */
    public static final SeparateArtifact LANGUAGETOOL = new SeparateArtifact("dev.contentlint:contentlint-languagetool",
            "it beside contentlint (in a Maven build, as a <dependency> of the contentlint-maven-plugin <plugin>;"
                    + " see docs/maven-plugin.md)",
            List.of("grammar/languagetool", "spelling/misspelling"), List.of("dictionary"));

    @Override
    public List<SeparateArtifact> separateArtifacts() {
        return List.of(LANGUAGETOOL);
    }

    private static Rule instantiate(Class<? extends Rule> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (InstantiationException | IllegalAccessException | NoSuchMethodException | InvocationTargetException e) {
            throw new IllegalStateException("cannot create rule " + type.getName() + ": " + e, e);
        }
    }
}
