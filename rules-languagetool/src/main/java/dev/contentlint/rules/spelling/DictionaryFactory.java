package dev.contentlint.rules.spelling;

import dev.contentlint.core.rule.ServiceFactory;

/** Reads the run's {@code dictionary:} word lists once, when the spelling rule first asks (the setting names them; the config checked they exist). */
public final class DictionaryFactory implements ServiceFactory<Dictionary> {
    @Override
    public Class<Dictionary> type() {
        return Dictionary.class;
    }

    @Override
    public Dictionary create(ServiceSettings settings) {
        return Dictionary.load(settings.setting(Dictionary.SETTING));
    }

    /** The word lists' sizes and times: cached spelling findings depend on their content. */
    @Override
    public String fingerprint(ServiceSettings settings) {
        return settings.setting(Dictionary.SETTING).fingerprint();
    }
}
