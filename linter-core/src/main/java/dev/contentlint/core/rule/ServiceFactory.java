package dev.contentlint.core.rule;

/**
 * Creates a shared, expensive service (e.g. a LanguageTool instance) on first use. Registered through
 * {@link java.util.ServiceLoader}; the engine calls {@link #create} once per run, or once per worker
 * thread when {@link #perThread()} is true because the service is not thread-safe.
 */
public interface ServiceFactory<T> {
    Class<T> type();

    T create(ServiceSettings settings);

    default boolean perThread() {
        return false;
    }

    /** Run-wide settings a factory may read (language, cache directory, config settings). */
    interface ServiceSettings {
        String language();

        java.nio.file.Path cacheDirectory();

        Object setting(String key);

        /** The folder of the config file, against which relative paths in settings resolve; null without one. */
        default java.nio.file.Path configDirectory() {
            return null;
        }
    }
}
