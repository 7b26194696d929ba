package dev.contentlint.core.config;

import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.rule.DefinedRule;
import dev.contentlint.core.rule.Rule;
import dev.contentlint.core.rule.RuleDefiner;
import dev.contentlint.core.rule.RuleRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds, reads, merges ({@code extends}) and validates {@code .contentlint.yml} files. Every problem is a
 * {@link ConfigException} naming file, line and key.
 */
public final class ConfigLoader {
    /** Config file names, in the order they are looked for; two in one directory is an error. */
    public static final List<String> FILE_NAMES = List.of(".contentlint.yml", ".contentlint.yaml");

    /** Environment variable naming the config file when no {@code --config} is given. */
    public static final String ENV_VARIABLE = "CONTENTLINT_CONFIG";

    private static final String PRESET_PREFIX = "contentlint:";
    private static final String DEFINED_ID = "[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*";

    private final RuleRegistry registry;
    private final LayerParser parser;

    public ConfigLoader(RuleRegistry registry) {
        for (String key : registry.settings().keySet())
            if (LayerParser.CORE_KEYS.contains(key) || registry.definers().containsKey(key))
                throw new IllegalStateException("a rule provider declares the setting " + key
                        + ", which the config already reads itself or a rule definer reads");
        this.registry = registry;
        this.parser = new LayerParser(registry);
    }

    /**
     * Where a layer's text came from; {@code id} detects {@code extends} cycles. Relative paths in it resolve
     * against {@code directory}; for a file that is its own folder, for text from elsewhere (a class-path
     * resource, a URL) the folder the caller anchors it at, as {@code detached} says.
     */
    private record Source(String id, Path display, String text, Path directory, boolean detached) {
        Source(String id, Path display, String text, Path directory) {
            this(id, display, text, directory, false);
        }
    }

    /** The rules known while one chain is read: the registry grows with each file's defined rules. */
    private static final class Defined {
        RuleRegistry registry;
        final List<DefinedRule> rules = new ArrayList<>();

        Defined(RuleRegistry registry) {
            this.registry = registry;
        }
    }

    /** Loads one config file (and what it extends). */
    public Config load(Path file) {
        return load(read(file, null, 0, null), file);
    }

    /** Loads config from YAML text; {@code file} names it in errors and anchors relative paths. */
    public Config load(String yaml, Path file) {
        Path base = file == null ? Path.of("").toAbsolutePath()
                : parentOf(file.toAbsolutePath().normalize());
        Source source = new Source(file == null ? "<text>" : identity(file), file, yaml, base);
        List<String> stack = new ArrayList<>();
        stack.add(source.id());
        Defined defined = new Defined(registry);
        List<ConfigLayer> layers = chain(source, stack, defined, true);
        return new EffectiveConfig(layers, file, base, defined.registry, defined.rules);
    }

    /**
     * Loads config text that is no file (a class-path resource, a URL): {@code name} names it in errors, and its
     * relative paths ({@code extends} of a file, {@code glossary}, {@code files.include}) resolve against
     * {@code baseDirectory}, the folder of the documents it is for.
     */
    public Config loadDetached(String yaml, String name, Path baseDirectory) {
        Path base = baseDirectory.toAbsolutePath().normalize();
        Path display = displayPath(name);
        Source source = new Source("detached:" + name, display, yaml.startsWith("\uFEFF") ? yaml.substring(1) : yaml,
                base, true);
        List<String> stack = new ArrayList<>();
        stack.add(source.id());
        Defined defined = new Defined(registry);
        List<ConfigLayer> layers = chain(source, stack, defined, true);
        return new EffectiveConfig(layers, display, base, defined.registry, defined.rules);
    }

    private static Path displayPath(String name) {
        try {
            return Path.of(name);
        } catch (java.nio.file.InvalidPathException e) {
            return Path.of(name.replaceAll("[^A-Za-z0-9._/-]", "_"));
        }
    }

    /**
     * The built-in default, used when there is no config file: the default preset of the rule providers
     * ({@link RuleRegistry#defaultPreset()}), anchored at {@code baseDirectory}.
     */
    public Config builtin(Path baseDirectory) {
        Path base = baseDirectory.toAbsolutePath().normalize();
        Defined defined = new Defined(registry);
        return new EffectiveConfig(defaultBase(defined), null, base, defined.registry, defined.rules);
    }

    /**
     * What a top config file without {@code extends} starts from: the default preset; or, when no rule
     * provider declares one (a class path with third-party rules only), every rule on at its default
     * severity, so the tool still works with no config at all.
     */
    private List<ConfigLayer> defaultBase(Defined defined) {
        var name = registry.defaultPreset();
        if (name.isPresent()) {
            List<String> stack = new ArrayList<>();
            Source preset = preset(name.get(), null, 0, null);
            stack.add(preset.id());
            return chain(preset, stack, defined, false);
        }
        StringBuilder yaml = new StringBuilder("rules:\n");
        for (String id : registry.ids()) yaml.append("  ").append(id).append(": on\n");
        return List.of(parser.parse(registry.ids().isEmpty() ? "" : yaml.toString(), null));
    }

    /**
     * One preset on its own (with the presets it extends), anchored at {@code baseDirectory}: what a config
     * that only extends it would be, for comparing presets.
     *
     * @throws IllegalArgumentException when no rule provider ships a preset of that name
     */
    public Config loadPreset(String name, Path baseDirectory) {
        if (!registry.presets().containsKey(name))
            throw new IllegalArgumentException("no preset named " + name);
        Defined defined = new Defined(registry);
        List<String> stack = new ArrayList<>();
        Source preset = preset(name, null, 0, null);
        stack.add(preset.id());
        return new EffectiveConfig(chain(preset, stack, defined, false), null, baseDirectory.toAbsolutePath().normalize(),
                defined.registry, defined.rules);
    }

    /**
     * Discovery when no {@code --config} is given: {@code CONTENTLINT_CONFIG} from {@code env} (relative
     * to {@code startDirectory}), else the nearest {@code .contentlint.yml}/{@code .contentlint.yaml}
     * walking up from {@code startDirectory}, looking no further than the directory holding {@code .git},
     * else built-in. The nearest file wins outright (files do not cascade), so {@code root: true} only
     * documents that a file is the top of its tree.
     */
    public Config discover(Path startDirectory, Map<String, String> env) {
        String named = env.get(ENV_VARIABLE);
        if (named != null && !named.isBlank()) {
            Path p = startDirectory.resolve(named.trim());
            if (!Files.isRegularFile(p))
                throw new ConfigException(p, 0, null, ENV_VARIABLE + " names a config file that does not exist;"
                        + " fix or unset the variable");
            return load(p);
        }
        Path dir = startDirectory.toAbsolutePath().normalize();
        while (dir != null) {
            List<Path> found = new ArrayList<>();
            for (String name : FILE_NAMES) {
                Path candidate = dir.resolve(name);
                if (Files.isRegularFile(candidate)) found.add(candidate);
            }
            if (found.size() > 1)
                throw new ConfigException(found.get(1), 0, null, "both " + String.join(" and ", FILE_NAMES)
                        + " are in " + dir + "; keep one");
            if (found.size() == 1) return load(found.get(0));
            if (Files.exists(dir.resolve(".git"))) break;
            dir = dir.getParent();
        }
        return builtin(startDirectory);
    }

    /** A commented starter config, as {@code contentlint init} writes it. */
    public static String starterConfig() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream("starter.yml")) {
            if (in == null) throw new IllegalStateException("starter.yml is missing from the contentlint-core jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The layers of {@code source} and everything it extends, in merge order (extended first). What a file
     * extends is read before its own rules, so rules defined there can be configured here. Only the top
     * file ({@code top}) starts from the default preset when it has no {@code extends}: a file it extends
     * adds what it says to the top file's choice of base rather than bringing the default in again.
     */
    private List<ConfigLayer> chain(Source source, List<String> stack, Defined defined, boolean top) {
        LayerParser.Head head = new LayerParser(defined.registry).head(source.text(), source.display());
        List<ConfigLayer> out = new ArrayList<>();
        if (top && !head.extendsWritten()) out.addAll(defaultBase(defined));
        for (ConfigLayer.Extends ext : head.extendsList()) {
            Source target = resolve(ext, source);
            if (stack.contains(target.id())) {
                List<String> cycle = new ArrayList<>(stack.subList(stack.indexOf(target.id()), stack.size()));
                cycle.add(target.id());
                throw new ConfigException(source.display(), ext.line(), ext.keyPath(),
                        "extends cycle: " + String.join(" -> ", cycle) + "; remove one of these extends");
            }
            stack.add(target.id());
            out.addAll(chain(target, stack, defined, false));
            stack.remove(stack.size() - 1);
        }
        Map<String, RuleEntry> switchedOn = new LinkedHashMap<>();
        for (ConfigLayer.Setting s : head.definitions()) {
            for (DefinedRule rule : define(s, source, defined)) {
                String id = rule.meta().id();
                switchedOn.put(id, new RuleEntry(id, false, null, Map.of(), s.file(), s.line(), s.key()));
            }
        }
        ConfigLayer layer = new LayerParser(defined.registry).parse(source.text(), source.display());
        if (!switchedOn.isEmpty()) {
            // A defined rule is on; the same file's rules: section can still turn it off or change its severity.
            switchedOn.putAll(layer.rules());
            layer = new ConfigLayer(layer.file(), layer.root(), layer.extendsList(), layer.language(), layer.today(),
                    layer.maxFileSize(), layer.include(), layer.exclude(), layer.formats(), switchedOn, layer.overrides(),
                    layer.settings(), layer.lines());
        }
        out.add(layer);
        return out;
    }

    /** The new rules one rule-defining setting brings; a rule defined twice the same way counts once. */
    private static List<DefinedRule> define(ConfigLayer.Setting s, Source source, Defined defined) {
        RuleDefiner definer = defined.registry.definers().get(s.key());
        Object value = s.node().toJava();
        RuleDefiner.Definition definition = new RuleDefiner.Definition(s.key(), value, s.file(), s.line(),
                source.directory(), defined.registry);
        List<DefinedRule> fresh = new ArrayList<>();
        for (DefinedRule rule : definer.define(definition)) {
            String id = rule.meta().id();
            if (!id.matches(DEFINED_ID))
                throw definition.error(ConfigException.quote(id) + " is not a rule id: use family/name, lower case with hyphens");
            Rule known = defined.registry.rule(id);
            if (known == null) {
                fresh.add(rule);
            } else if (!(known instanceof DefinedRule d && d.definition().equals(rule.definition()))) {
                throw definition.error("defines " + id + ", but that rule id is already "
                        + (known instanceof DefinedRule ? "defined differently by an extended config" : "a built-in rule")
                        + "; rename the rule");
            }
        }
        defined.registry = defined.registry.with(fresh);
        defined.rules.addAll(fresh);
        return fresh;
    }

    private Source resolve(ConfigLayer.Extends ext, Source from) {
        String target = ext.target().trim();
        String presetName = target.startsWith(PRESET_PREFIX) ? target.substring(PRESET_PREFIX.length()) : target;
        if (registry.presets().containsKey(presetName))
            return preset(presetName, from.display(), ext.line(), ext.keyPath());
        String known = registry.presets().isEmpty() ? "none" : String.join(", ", new java.util.TreeSet<>(registry.presets().keySet()));
        if (target.startsWith(PRESET_PREFIX) || from.directory() == null)
            throw new ConfigException(from.display(), ext.line(), ext.keyPath(),
                    "unknown preset " + ConfigException.quote(presetName) + "; known presets: " + known);
        Path path;
        try {
            path = from.display() == null || from.detached() ? from.directory().resolve(target).normalize()
                    : parentOf(from.display()).resolve(target).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new ConfigException(from.display(), ext.line(), ext.keyPath(), ConfigException.quote(target) + " is not a valid path");
        }
        if (!Files.isRegularFile(path))
            throw new ConfigException(from.display(), ext.line(), ext.keyPath(), "cannot find " + ConfigException.quote(target)
                    + ": it is not a preset (known presets: " + known + ") and there is no file " + path);
        String text = read(path, from.display(), ext.line(), ext.keyPath());
        return new Source(identity(path), path, text, parentOf(path.toAbsolutePath().normalize()));
    }

    private Source preset(String name, Path from, int line, String keyPath) {
        String resource = registry.presets().get(name);
        String text = registry.presetYaml(name).orElseThrow(() -> new ConfigException(from, line, keyPath,
                "preset '" + name + "' is declared but its file " + resource + " is missing from the class path"));
        // Presets extend presets only: a relative path has no directory to resolve against.
        return new Source("preset:" + name, Path.of(resource.startsWith("/") ? resource.substring(1) : resource),
                text, null);
    }

    private static Path parentOf(Path p) {
        Path parent = p.getParent();
        return parent != null ? parent : p.toAbsolutePath().normalize().getParent();
    }

    private static String identity(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        try {
            return abs.toRealPath().toString();
        } catch (IOException e) {
            return abs.toString();
        }
    }

    private static String read(Path file, Path from, int line, String keyPath) {
        if (Files.isDirectory(file))
            throw new ConfigException(from != null ? from : file, from != null ? line : 0, keyPath,
                    (from != null ? file + " " : "") + "is a directory; name a config file such as "
                            + file.resolve(FILE_NAMES.get(0)));
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            if (from != null) throw new ConfigException(from, line, keyPath, "cannot find " + file);
            throw new ConfigException(file, 0, null, "config file not found");
        } catch (CharacterCodingException e) {
            throw new ConfigException(file, 0, null, "config file is not valid UTF-8; save it as UTF-8");
        } catch (IOException e) {
            throw new ConfigException(file, 0, null, "cannot read config file: " + e.getMessage());
        }
    }
}
