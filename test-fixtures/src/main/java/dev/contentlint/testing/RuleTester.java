package dev.contentlint.testing;

import dev.contentlint.core.config.Config;
import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.config.ConfigLoader;
import dev.contentlint.core.engine.Engine;
import dev.contentlint.core.engine.EngineOptions;
import dev.contentlint.core.engine.Input;
import dev.contentlint.core.engine.ProgressListener;
import dev.contentlint.core.fix.FixOutcome;
import dev.contentlint.core.fix.Fixer;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.RuleMeta;
import dev.contentlint.core.rule.RuleRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs rules over fixture documents through the real config loader and engine and compares the findings
 * with the fixture's {@code expect} markers, strictly both ways.
 *
 * <p>{@link #forRule} runs one rule alone, configured from the fixture's {@code contentlint-config}
 * marker; {@link #forPreset} runs a preset and compares every finding.
 */
public final class RuleTester {
    private final RuleRegistry registry;
    private final String ruleId;
    private final String preset;
    private final Path fixturesRoot;

    private RuleTester(RuleRegistry registry, String ruleId, String preset, Path fixturesRoot) {
        this.registry = registry;
        this.ruleId = ruleId;
        this.preset = preset;
        this.fixturesRoot = fixturesRoot;
    }

    /** A tester for one rule of the rules on the class path. */
    public static RuleTester forRule(String id) {
        return forRule(id, RuleRegistry.load());
    }

    /** A tester for one rule of {@code registry} (e.g. a registry built from a test provider). */
    public static RuleTester forRule(String id, RuleRegistry registry) {
        String canonical = registry.resolve(id).orElseThrow(() -> new IllegalArgumentException("unknown rule '" + id + "'"
                + registry.closest(id).map(c -> "; did you mean '" + c + "'?").orElse("")));
        return new RuleTester(registry, canonical, null, null);
    }

    /** A tester that runs a preset (e.g. {@code recommended}) and compares all of its findings. */
    public static RuleTester forPreset(String name) {
        return forPreset(name, RuleRegistry.load());
    }

    public static RuleTester forPreset(String name, RuleRegistry registry) {
        if (!registry.presets().containsKey(name))
            throw new IllegalArgumentException("unknown preset '" + name + "'; known: " + registry.presets().keySet());
        return new RuleTester(registry, null, name, null);
    }

    /** The same tester reading fixtures below another root (a rule jar's own fixtures folder). */
    public RuleTester withFixturesRoot(Path root) {
        return new RuleTester(registry, ruleId, preset, root);
    }

    private Path root() {
        return fixturesRoot != null ? fixturesRoot : Fixtures.root();
    }

    /** The fixtures of the rule under test ({@code <family>/<name>.*}, {@code <family>/<name>--*.*}). */
    public List<Path> fixtures() {
        if (ruleId == null) throw new IllegalStateException("a preset has no fixtures of its own; name them");
        return Fixtures.forRule(root(), ruleId);
    }

    /** Checks every fixture of the rule; fails when there is none. */
    public void checkAll() {
        List<Path> all = fixtures();
        if (all.isEmpty()) Assertions.fail("no fixtures for " + ruleId + " in " + root());
        for (Path p : all) check(p);
    }

    /** One dynamic test per fixture of the rule, for a JUnit {@code @TestFactory}. */
    public Stream<DynamicTest> dynamicTests() {
        return dynamicTests(fixtures());
    }

    /** One dynamic test per given fixture. */
    public Stream<DynamicTest> dynamicTests(List<Path> fixtures) {
        return fixtures.stream().map(p -> DynamicTest.dynamicTest(Fixtures.nameOf(root(), p), p.toUri(), () -> check(p)));
    }

    /**
     * Runs the fixture at {@code fixture} and fails unless its findings are exactly the expected ones and, when
     * its fixes change it, its sibling {@code NAME.fixed.EXT} holds the fixed text (see {@link #checkFixes}).
     */
    public void check(Path fixture) {
        Fixture parsed = Fixtures.read(root(), fixture);
        Path base = baseDirectory(fixture);
        check(parsed, base);
        checkFixes(parsed, fixture, base);
    }

    /**
     * Fixes the fixture with every fix that may ever be applied (safe and unsafe) and fails unless: the text
     * changes exactly when the sibling {@code NAME.fixed.EXT} exists and then equals it; each fix removed one
     * finding and brought none; and fixing the fixed text changes nothing. With
     * {@code -Dcontentlint.updateFixed=true} a missing or different sibling is written instead.
     */
    private void checkFixes(Fixture fixture, Path path, Path base) {
        Path fixedPath = Fixtures.fixedSibling(path);
        String name = fixture.name();
        String fixedName = Fixtures.nameOf(root(), fixedPath);
        String text = fixture.lintText();
        FixOutcome once = fix(name, text, fixture.config(), base);
        boolean exists = java.nio.file.Files.exists(fixedPath);
        if (once.files().isEmpty()) {
            if (exists) Assertions.fail(name + ": no fix changes it, so " + fixedName + " should not exist");
            return;
        }
        String fixed = once.files().get(0).after();
        String expected = exists ? Fixtures.read(root(), fixedPath).lintText() : null;
        if (!fixed.equals(expected)) {
            if (Boolean.getBoolean("contentlint.updateFixed") && fixedPath.getFileSystem() == FileSystems.getDefault()) {
                try {
                    java.nio.file.Files.writeString(fixedPath, fixed);
                    // The fixtures are read from the build's copy; the source beside it is what gets committed.
                    Path source = Path.of(fixedPath.toString().replace("/target/classes/", "/src/main/resources/")
                            .replace("/target/test-classes/", "/src/test/resources/"));
                    if (!source.equals(fixedPath) && java.nio.file.Files.isDirectory(source.getParent()))
                        java.nio.file.Files.writeString(source, fixed);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            } else {
                Assertions.assertEquals(expected, fixed, name + ": its fixes give other text than " + fixedName
                        + (exists ? "" : " (missing)") + "; run with -Dcontentlint.updateFixed=true to write it");
            }
        }
        Assertions.assertEquals(List.of(), once.unconverged(), name + ": fixes did not settle");
        Set<String> rules = underTest();
        long before = count(run(name, text, fixture.config(), base), rules);
        long after = count(run(name, fixed, fixture.config(), base), rules);
        Assertions.assertEquals(before - once.fixes(), after, name + ": each of the " + once.fixes()
                + " fixes should remove its finding and bring no other; " + fixedName + " has " + after + " of " + before);
        FixOutcome again = fix(name, fixed, fixture.config(), base);
        Assertions.assertEquals(List.of(), again.files(), name + ": fixing " + fixedName + " again changes it");
    }

    private static long count(List<Finding> findings, Set<String> rules) {
        return findings.stream().filter(f -> rules == null || rules.contains(f.ruleId())).count();
    }

    private FixOutcome fix(String name, String text, Map<String, Object> settings, Path baseDirectory) {
        Engine engine = engine(name, settings, baseDirectory);
        return new Fixer(engine, baseDirectory, true)
                .fix(List.of(Input.stdin(text.getBytes(StandardCharsets.UTF_8), name)));
    }

    /** Runs a fixture given as text; {@code name} (e.g. {@code case.md}) selects the format. */
    public void check(String name, String text) {
        check(Fixture.parse(name, text), Path.of("").toAbsolutePath());
    }

    private static Path baseDirectory(Path fixture) {
        if (fixture.getFileSystem() == FileSystems.getDefault() && fixture.toAbsolutePath().getParent() != null)
            return fixture.toAbsolutePath().getParent();
        Path parent = fixture.getParent();
        if (parent != null) return unpacked(parent);
        return Path.of("").toAbsolutePath();
    }

    /**
     * A copy on disk of a fixture folder inside a jar, so settings that name files next to the fixture (a
     * glossary file, say) resolve as they do when the fixtures are a folder.
     */
    private static Path unpacked(Path folder) {
        try {
            Path target = java.nio.file.Files.createTempDirectory("contentlint-fixtures");
            target.toFile().deleteOnExit();
            try (Stream<Path> all = java.nio.file.Files.walk(folder)) {
                for (Path p : (Iterable<Path>) all::iterator) {
                    Path to = target.resolve(folder.relativize(p).toString());
                    if (java.nio.file.Files.isDirectory(p)) java.nio.file.Files.createDirectories(to);
                    else java.nio.file.Files.copy(p, to);
                    to.toFile().deleteOnExit();
                }
            }
            return target;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot unpack fixtures from " + folder, e);
        }
    }

    private void check(Fixture fixture, Path baseDirectory) {
        if (!fixture.problems().isEmpty())
            Assertions.fail(fixture.name() + ": bad markers:\n  " + String.join("\n  ", fixture.problems()));
        List<Finding> findings = run(fixture.name(), fixture.lintText(), fixture.config(), baseDirectory);
        String failure = compare(fixture, findings, underTest());
        if (failure != null) Assertions.fail(failure);
    }

    /**
     * Lints one document with the rule (or preset) under test and returns every finding, without
     * comparing; {@code settings} is a fixture config object ({@code today}, options, top-level settings).
     */
    public List<Finding> lint(String name, String text, Map<String, Object> settings) {
        return run(name, text, settings, Path.of("").toAbsolutePath());
    }

    /**
     * Lints files on disk, read by the engine itself (for rules that look beyond the text, such as at git
     * history), with the rule or preset under test; paths in findings are relative to the first file's folder.
     */
    public List<Finding> lintFiles(List<Path> files, Map<String, Object> settings) {
        if (files.isEmpty()) return List.of();
        Path base = files.get(0).toAbsolutePath().getParent();
        Config config;
        try {
            config = new ConfigLoader(registry).load(configYaml(settings), base.resolve(".contentlint.yml"));
        } catch (ConfigException e) {
            throw new AssertionError("the settings are not a valid config: " + e.getMessage(), e);
        }
        EngineOptions options = new EngineOptions(base, 1, true, true, todayOf("files", settings), null,
                ProgressListener.NONE);
        return new Engine(config, registry, options)
                .run(files.stream().<Input>map(f -> new Input.PathOrGlob(f.toAbsolutePath().toString())).toList())
                .findings();
    }

    private Set<String> underTest() {
        if (ruleId != null) return Set.of(ruleId);
        return null;
    }

    private List<Finding> run(String name, String text, Map<String, Object> settings, Path baseDirectory) {
        return engine(name, settings, baseDirectory)
                .run(List.of(Input.stdin(text.getBytes(StandardCharsets.UTF_8), name)))
                .findings();
    }

    private Engine engine(String name, Map<String, Object> settings, Path baseDirectory) {
        String yaml = configYaml(settings);
        Path configFile = baseDirectory.resolve(".contentlint.yml");
        Config config;
        try {
            config = new ConfigLoader(registry).load(yaml, configFile);
        } catch (ConfigException e) {
            throw new AssertionError(name + ": the fixture's contentlint-config is not valid: " + e.getMessage()
                    + "\nconfig built from it:\n" + yaml, e);
        }
        LocalDate today = todayOf(name, settings);
        EngineOptions options = new EngineOptions(baseDirectory, 1, true, true, today, null, ProgressListener.NONE);
        return new Engine(config, registry, options);
    }

    private static LocalDate todayOf(String name, Map<String, Object> settings) {
        Object t = settings.get("today");
        if (t == null) return null;
        try {
            return LocalDate.parse(t.toString());
        } catch (DateTimeParseException e) {
            throw new AssertionError(name + ": \"today\" must be YYYY-MM-DD, got \"" + t + "\"");
        }
    }

    /**
     * The config a fixture stands for. Keys that are options of the rule under test become its options;
     * every other key ({@code today}, {@code language}, {@code glossary}, ...) is a top-level setting.
     */
    String configYaml(Map<String, Object> settings) {
        StringBuilder yaml = new StringBuilder();
        Map<String, Object> ruleOptions = new LinkedHashMap<>();
        Set<String> optionKeys = ruleId == null ? Set.of()
                : registry.meta(ruleId).options().stream().map(RuleMeta.OptionMeta::key).collect(Collectors.toSet());
        // A rule under test runs alone: without extends the config would start from the default preset.
        yaml.append("extends: ").append(preset != null ? preset : "none").append('\n');
        for (var e : settings.entrySet()) {
            if (optionKeys.contains(e.getKey())) ruleOptions.put(e.getKey(), e.getValue());
            else yaml.append(e.getKey()).append(": ").append(MiniJson.write(e.getValue())).append('\n');
        }
        if (ruleId != null) {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("severity", registry.meta(ruleId).severity().id());
            rule.putAll(ruleOptions);
            yaml.append("rules:\n  ").append(MiniJson.write(ruleId)).append(": ").append(MiniJson.write(rule)).append('\n');
        }
        return yaml.toString();
    }

    /**
     * Compares findings with expectations: the {@code (rule, line)} multisets must be equal and each
     * expected substring must occur in a finding it is matched with. Returns null when they agree, else
     * a message listing every problem, every expectation and every finding.
     *
     * @param rules the rules under test (an expectation naming another rule is unused), or null for all
     */
    static String compare(Fixture fixture, List<Finding> findings, Set<String> rules) {
        List<String> problems = new ArrayList<>();
        List<Expectation> open = new ArrayList<>();
        for (Expectation e : fixture.expectations()) {
            if (rules != null && !rules.contains(e.ruleId()))
                problems.add("unused marker, " + e.ruleId() + " is not under test: " + e.describe());
            else open.add(e);
        }
        List<Finding> unmatched = new ArrayList<>(findings);
        // Expectations with a substring choose first, so a bare one cannot take the finding they need.
        List<Expectation> ordered = new ArrayList<>(open.stream().filter(e -> e.substring() != null).toList());
        ordered.addAll(open.stream().filter(e -> e.substring() == null).toList());
        for (Expectation e : ordered) {
            Finding match = null;
            Finding sameLine = null;
            for (Finding f : unmatched) {
                if (!f.ruleId().equals(e.ruleId()) || f.location().line() != e.line()) continue;
                if (sameLine == null) sameLine = f;
                if (e.substring() == null || f.message().contains(e.substring())) {
                    match = f;
                    break;
                }
            }
            if (match != null) {
                unmatched.remove(match);
            } else if (sameLine != null) {
                unmatched.remove(sameLine);
                problems.add("wrong message: " + e.describe() + " but got " + describe(sameLine));
            } else {
                problems.add("missing finding: " + e.describe());
            }
        }
        for (Finding f : unmatched) problems.add("extra finding: " + describe(f));
        if (problems.isEmpty()) return null;
        StringBuilder sb = new StringBuilder(fixture.name()).append(": findings do not match the expect markers\n");
        for (String p : problems) sb.append("  ").append(p).append('\n');
        sb.append("expected:\n");
        if (fixture.expectations().isEmpty()) sb.append("  (nothing)\n");
        for (Expectation e : fixture.expectations()) sb.append("  ").append(e.describe()).append('\n');
        sb.append("actual:\n");
        if (findings.isEmpty()) sb.append("  (nothing)\n");
        for (Finding f : findings) sb.append("  ").append(describe(f)).append('\n');
        return sb.toString();
    }

    private static String describe(Finding f) {
        return f.path() + ":" + f.location().line() + ":" + f.location().column() + ": " + f.message() + " [" + f.ruleId() + "]";
    }
}
