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

    /**
     * A summary of the inputs the service reads besides the config (file sizes and times, say), so the run
     * cache forgets results when they change; empty when the service reads nothing else.
     */
    default String fingerprint(ServiceSettings settings) {
        return "";
    }

    /** Run-wide settings a factory may read (language, cache directory, config settings). */
    interface ServiceSettings {
        String language();

        java.nio.file.Path cacheDirectory();

        /** The value of a top-level config setting, parsed when the config loaded; its default when unset. */
        <T> T setting(SettingSpec<T> spec);

        /** The directory relative paths in the config are resolved against (the config file's folder), or null. */
        default java.nio.file.Path configDirectory() {
            return null;
        }

        /** The run's base directory, which findings' paths are relative to, or null when unknown. */
        default java.nio.file.Path runDirectory() {
            return null;
        }

        /**
         * The option of {@code type} that the caller of the engine set for this run's services (not from the
         * config: whether LanguageTool runs in a daemon, say), if any. Each engine run has its own, so two
         * engines in one JVM never see each other's.
         */
        default <T> java.util.Optional<T> option(Class<T> type) {
            return java.util.Optional.empty();
        }
    }
}
