package dev.contentlint.rules.grammar;

import dev.contentlint.core.rule.ServiceFactory;

/**
 * One {@link LanguageToolService} per run: bound to the LanguageTool daemon when the run's caller set a
 * {@link DaemonOption}, else to LanguageTool in this process. Nothing loads until a grammar or spelling rule asks.
 */
public final class LanguageToolServiceFactory implements ServiceFactory<LanguageToolService> {
    @Override
    public Class<LanguageToolService> type() {
        return LanguageToolService.class;
    }

    @Override
    public LanguageToolService create(ServiceSettings settings) {
        return settings.option(DaemonOption.class)
                .map(option -> LanguageToolService.viaDaemon(new DaemonClient(option)))
                .orElseGet(LanguageToolService::inProcess);
    }

    // One service per run, not per thread: the run's daemon client, and its one warning, are shared by its
    // threads; the service keeps each thread's LanguageTool instances apart itself.
    @Override
    public boolean perThread() {
        return false;
    }
}
