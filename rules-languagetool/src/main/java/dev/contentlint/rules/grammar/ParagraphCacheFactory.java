package dev.contentlint.rules.grammar;

import dev.contentlint.core.rule.ServiceFactory;

/** One {@link ParagraphCache} per run, in {@code languagetool/paragraphs.bin} of the run cache folder (if any). */
public final class ParagraphCacheFactory implements ServiceFactory<ParagraphCache> {
    @Override
    public Class<ParagraphCache> type() {
        return ParagraphCache.class;
    }

    @Override
    public ParagraphCache create(ServiceSettings settings) {
        var dir = settings.cacheDirectory();
        return new ParagraphCache(dir == null ? null : dir.resolve("languagetool").resolve("paragraphs.bin"),
                ParagraphCache.DEFAULT_MAX_ENTRIES);
    }
}
