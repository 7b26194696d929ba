package dev.contentlint.core.engine;

import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.RuleMeta;
import dev.contentlint.core.rule.RuleStatus;
import dev.contentlint.core.rule.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The engine's own {@code contentlint/*} finding ids: problems with the input or the run, not with the content. */
public final class InternalRules {
    public static final String INTERNAL_ERROR = "contentlint/internal-error";
    public static final String PARSE_ERROR = "contentlint/parse-error";
    public static final String FRONT_MATTER = "contentlint/front-matter";
    public static final String ENCODING = "contentlint/encoding";
    public static final String BINARY_FILE = "contentlint/binary-file";
    public static final String FILE_TOO_LARGE = "contentlint/file-too-large";
    public static final String UNREADABLE = "contentlint/unreadable";
    public static final String INLINE_CONFIG = "contentlint/inline-config";
    public static final String TIMEOUT = "contentlint/timeout";
    public static final String OUT_OF_MEMORY = "contentlint/out-of-memory";
    /** An inline disable comment that hid nothing; reported only when the run asks for it. */
    public static final String UNUSED_DIRECTIVE = "contentlint/unused-disable-directive";

    private static final List<RuleMeta> ALL = List.of(
            meta(BINARY_FILE, "The file holds binary content and was not linted", Severity.INFO),
            meta(ENCODING, "The file is not valid in its encoding; bad bytes were replaced", Severity.WARNING),
            meta(FILE_TOO_LARGE, "The file is larger than max-file-size and was not linted", Severity.WARNING),
            meta(FRONT_MATTER, "The YAML front matter cannot be parsed", Severity.ERROR),
            meta(INLINE_CONFIG, "An inline contentlint comment is malformed or names an unknown rule", Severity.WARNING),
            meta(INTERNAL_ERROR, "A rule or parser failed on the file; the run went on without it", Severity.ERROR),
            meta(OUT_OF_MEMORY, "Linting the file ran out of memory and was stopped", Severity.ERROR),
            meta(PARSE_ERROR, "The file cannot be parsed", Severity.ERROR),
            meta(TIMEOUT, "Linting the file took longer than file-time-budget and was stopped", Severity.ERROR),
            meta(UNREADABLE, "The file cannot be read", Severity.ERROR),
            meta(UNUSED_DIRECTIVE, "An inline disable comment hides no finding", Severity.WARNING));

    private static final Map<String, RuleMeta> BY_ID =
            ALL.stream().collect(Collectors.toUnmodifiableMap(RuleMeta::id, Function.identity()));

    /** Ids an inline comment can never hide: they report problems with the run itself or with the comments. */
    private static final Set<String> UNSUPPRESSIBLE = Set.of(INTERNAL_ERROR, INLINE_CONFIG, UNUSED_DIRECTIVE);

    private InternalRules() {}

    /** Every internal rule's metadata, sorted by id. */
    public static List<RuleMeta> all() {
        return ALL;
    }

    /** The metadata of an internal id, or null when {@code id} is not one. */
    public static RuleMeta meta(String id) {
        return BY_ID.get(id);
    }

    public static boolean isInternal(String id) {
        return BY_ID.containsKey(id);
    }

    /** The default severity of an internal id; {@link Severity#WARNING} for an id the engine does not know. */
    public static Severity severity(String id) {
        RuleMeta m = BY_ID.get(id);
        return m == null ? Severity.WARNING : m.severity();
    }

    /** Whether inline suppressions may hide findings of {@code id}. */
    public static boolean suppressible(String id) {
        return !UNSUPPRESSIBLE.contains(id);
    }

    private static RuleMeta meta(String id, String summary, Severity severity) {
        return new RuleMeta(id, summary, severity, Category.INTERNAL, List.of(), List.of(), RuleStatus.STABLE,
                List.of(), List.of());
    }
}
