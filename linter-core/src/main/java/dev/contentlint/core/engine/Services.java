package dev.contentlint.core.engine;

import dev.contentlint.core.rule.ServiceFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shared services of one run, each created on its first request: one instance for the run, or one per
 * worker thread when the factory says its service is not thread-safe. Factories read the run's settings and
 * the options the engine's caller set for it. When the run ends, every instance that is
 * {@link AutoCloseable} is closed and all are dropped; closing may hand what is costly to load to a pool of
 * the JVM (LanguageTool's instances), so a later run in the same JVM starts warm.
 */
final class Services {
    private final Map<Class<?>, ServiceFactory<?>> factories;
    private final ServiceFactory.ServiceSettings settings;
    private final Map<Class<?>, Object> shared = new ConcurrentHashMap<>();
    private final Map<Thread, Map<Class<?>, Object>> perThread = new ConcurrentHashMap<>();

    Services(Map<Class<?>, ServiceFactory<?>> factories, ServiceFactory.ServiceSettings settings) {
        this.factories = factories;
        this.settings = settings;
    }

    ServiceFactory.ServiceSettings settings() {
        return settings;
    }

    <T> T get(Class<T> type) {
        ServiceFactory<?> factory = factories.get(type);
        if (factory == null)
            throw new IllegalStateException("No service factory provides " + type.getName()
                    + "; put the jar that registers one in META-INF/services/" + ServiceFactory.class.getName()
                    + " on the class path.");
        if (factory.perThread()) {
            // Only this thread touches its own map, so creating without a lock lets threads start in parallel.
            Map<Class<?>, Object> own = perThread.computeIfAbsent(Thread.currentThread(), t -> new ConcurrentHashMap<>());
            Object instance = own.get(type);
            if (instance == null) own.put(type, instance = create(factory, type));
            return type.cast(instance);
        }
        Object instance = shared.get(type);
        if (instance == null) {
            // Creation may take seconds (LanguageTool); other types must not wait, so lock per factory.
            synchronized (factory) {
                instance = shared.get(type);
                if (instance == null) shared.put(type, instance = create(factory, type));
            }
        }
        return type.cast(instance);
    }

    /** Closes every instance that is {@link AutoCloseable}; a failure to close one does not stop the others. */
    void close() {
        List<Object> all = new ArrayList<>(shared.values());
        for (Map<Class<?>, Object> own : perThread.values()) all.addAll(own.values());
        for (Object instance : all) {
            if (instance instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception e) {
                    // Closing only frees resources early; the run's results stand.
                }
            }
        }
        shared.clear();
        perThread.clear();
    }

    private Object create(ServiceFactory<?> factory, Class<?> type) {
        Object instance = factory.create(settings);
        if (instance == null)
            throw new IllegalStateException(factory.getClass().getName() + " created no " + type.getName());
        return instance;
    }
}
