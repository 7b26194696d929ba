package dev.contentlint.core.engine;

import dev.contentlint.core.cache.RunCache;
import dev.contentlint.core.config.Config;
import dev.contentlint.core.rule.RuleMeta;
import dev.contentlint.core.rule.RuleRegistry;
import dev.contentlint.core.rule.ServiceFactory;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything besides a file's bytes and path that its run cache entry depends on: the effective config, the
 * run's date, whether inline config and the rules run, the inputs services read, the rule classes and, in
 * development builds, the jars that hold them.
 */
final class CacheContext {
    private CacheContext() {}

    static String of(Config config, RuleRegistry registry, EngineOptions options, LocalDate today, boolean rules,
                     Collection<ServiceFactory<?>> serviceFactories, ServiceFactory.ServiceSettings settings) {
        return of(config, registry, options, today, rules, serviceFactories, settings, true);
    }

    /** As above; {@code jarStamps} false leaves out the development builds' jar stamps, which differ between copies. */
    static String of(Config config, RuleRegistry registry, EngineOptions options, LocalDate today, boolean rules,
                     Collection<ServiceFactory<?>> serviceFactories, ServiceFactory.ServiceSettings settings,
                     boolean jarStamps) {
        StringBuilder sb = new StringBuilder();
        sb.append(config.fingerprint()).append('\n').append(today).append('\n').append(options.inlineConfig());
        if (!rules) sb.append("\nno rules"); // findings about the input only
        // The same bytes read in another charset are other text; UTF-8 adds nothing, so its keys stay as they were.
        if (!options.encoding().equals(java.nio.charset.StandardCharsets.UTF_8))
            sb.append("\nencoding ").append(options.encoding().name());
        // Files a service reads (a glossary, say) change findings without changing the config.
        for (ServiceFactory<?> f : serviceFactories) {
            String fp;
            try {
                fp = f.fingerprint(settings);
            } catch (RuntimeException e) {
                fp = "unknown " + System.nanoTime(); // never reuse results that depend on an unreadable input
            }
            if (fp != null && !fp.isEmpty()) sb.append('\n').append(f.type().getName()).append(' ').append(fp);
        }
        // Third-party rule jars can come and go without the config changing.
        Set<Class<?>> classes = new LinkedHashSet<>();
        classes.add(Engine.class);
        for (RuleMeta m : registry.metas()) {
            Class<?> type = registry.rule(m.id()).getClass();
            classes.add(type);
            sb.append('\n').append(m.id()).append(' ').append(type.getName());
        }
        String version = RunCache.toolVersion();
        if (jarStamps && (version.equals("dev") || version.endsWith("-SNAPSHOT"))) {
            // Development builds change code without changing the version: the jars' size and time tell.
            Set<String> jars = new TreeSet<>();
            for (Class<?> c : classes) jars.add(jarStamp(c));
            for (String j : jars) sb.append('\n').append(j);
        }
        return sb.toString();
    }

    private static String jarStamp(Class<?> c) {
        try {
            CodeSource source = c.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) return "";
            Path p = Path.of(source.getLocation().toURI());
            if (!Files.isRegularFile(p)) return p.toString(); // a classes folder: nothing cheap to compare
            return p + " " + Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "";
        }
    }
}
