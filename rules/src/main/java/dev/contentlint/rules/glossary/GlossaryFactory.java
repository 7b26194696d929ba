package dev.contentlint.rules.glossary;

import dev.contentlint.core.rule.ServiceFactory;

/** Loads the run's project {@link Glossary} once, from the files the {@code glossary:} setting names. */
public final class GlossaryFactory implements ServiceFactory<Glossary> {
    @Override
    public Class<Glossary> type() {
        return Glossary.class;
    }

    @Override
    public Glossary create(ServiceSettings settings) {
        Glossary g = GlossaryFiles.load(settings.setting(GlossaryFiles.SETTING));
        return g.withRunDirectory(settings.runDirectory());
    }

    /** The glossary files' sizes and times: cached findings depend on their content. */
    @Override
    public String fingerprint(ServiceSettings settings) {
        return settings.setting(GlossaryFiles.SETTING).fingerprint();
    }
}
