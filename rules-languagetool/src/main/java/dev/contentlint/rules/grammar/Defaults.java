package dev.contentlint.rules.grammar;

/**
 * The LanguageTool rules {@code grammar/languagetool} switches off unless told otherwise, chosen by reading
 * its findings on real documentation (docs/grammar.md records the sample): each misfires on technical writing
 * far more often than it finds a real problem. {@code EN_DATE_WEEKDAY_CURRENTYEAR} checks a weekday and a date
 * without a year against the year of the day the check runs, so every dated page is wrong once its year is over;
 * a date with its year is still checked ({@code DATE_WEEKDAY}). {@code THANK_FULL} reads "use full names" as
 * "useful", and {@code IN_FACEBOOK} holds "an article in Wikipedia" wrong, a matter of style. {@code METRIC_UNITS_EN_US} is off for speed: it was the costliest
 * single rule in LanguageTool's profile of that sample and found nothing there.
 * {@code MISSING_COMMA_AFTER_INTRODUCTORY_PHRASE} asks for a comma that is optional after a short opening
 * phrase: a matter of style. {@code COMMA_PERIOD_CONFUSION} reads a decimal value with three places
 * ({@code 0.000 to 1.000}) as a thousands separator, and technical writing writes such values far more often
 * than it confuses the two. {@code EN_COMPOUNDS_MULTI_DIMENSIONAL} holds "multi-dimensional" wrong, a standard
 * variant, like {@code EN_COMPOUNDS_MULTI_THREADED}. {@code A_INFINITIVE} ("the execute bit", "a validate
 * set"), {@code A_INSTALL} ("an install parameter") and {@code ADVISE_VBG} ("help updating", the updating of
 * help files) read a noun as a verb: documentation names permissions, commands, targets and features by
 * verbs, and uses them as nouns before another noun. {@code ARROWS} offers an arrow character for {@code ->} and
 * {@code <=}: technical writing writes ASCII arrows and comparison operators on purpose, and the choice is
 * typography, not grammar.
 */
final class Defaults {
    /** As YAML list items, for the option's default. */
    static final String DISABLED_YAML = "STYLE, REDUNDANCY, REPETITIONS_STYLE, "
            + "WHITESPACE_RULE, UPPERCASE_SENTENCE_START, SENTENCE_WHITESPACE, CONSECUTIVE_SPACES, CURRENCY, "
            + "EN_UNPAIRED_QUOTES, EN_UNPAIRED_BRACKETS, COMMA_COMPOUND_SENTENCE, COMMA_COMPOUND_SENTENCE_2, PRP_COMMA, "
            + "SENT_START_CONJUNCTIVE_LINKING_ADVERB_COMMA, BY_DEFAULT_COMMA, EN_CONTRACTION_SPELLING, "
            + "POSSESSIVE_APOSTROPHE, AFFECT_EFFECT, FILE_EXTENSIONS_CASE, ID_CASING, PRP_JJ, KIND_OF_A, "
            + "COMPOUNDING, EN_COMPOUNDS_CASE_SENSITIVE, EN_COMPOUNDS_MULTI_THREADED, EN_COMPOUNDS_EVER_INCREASING, "
            + "CD_OF_MY_FRIEND, HAVE_A_LOOK, RETURN_IN_THE, PHRASE_REPETITION, PRP_MD_NN, METRIC_UNITS_EN_US, "
            + "NUMBERS_IN_WORDS, ANY_BODY, SHORT_COMPARATIVES, EN_DATE_WEEKDAY_CURRENTYEAR, THANK_FULL, IN_FACEBOOK, "
            + "MISSING_COMMA_AFTER_INTRODUCTORY_PHRASE, COMMA_PERIOD_CONFUSION, EN_COMPOUNDS_MULTI_DIMENSIONAL, "
            + "A_INFINITIVE, A_INSTALL, ADVISE_VBG, ARROWS";

    private Defaults() {
    }
}
