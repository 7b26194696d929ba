package dev.contentlint.core.engine;

import dev.contentlint.core.rule.ServiceFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shared services of one run, created on first request: one instance per run, or one per worker thread
 * when the factory says its service is not thread-safe. Dropped with the run, so nothing outlives it.
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

    private Object create(ServiceFactory<?> factory, Class<?> type) {
        Object instance = factory.create(settings);
        if (instance == null)
            throw new IllegalStateException(factory.getClass().getName() + " created no " + type.getName());
        return instance;
    }
}
