package dev.contentlint.rules.grammar;

import dev.contentlint.core.rule.ServiceFactory;

/** Gives each worker thread its own {@link LanguageToolService}; nothing loads until a grammar or spelling rule asks. */
public final class LanguageToolServiceFactory implements ServiceFactory<LanguageToolService> {
    @Override
    public Class<LanguageToolService> type() {
        return LanguageToolService.class;
    }

    @Override
    public LanguageToolService create(ServiceSettings settings) {
        return new LanguageToolService();
    }

    @Override
    public boolean perThread() {
        return true;
    }
}
