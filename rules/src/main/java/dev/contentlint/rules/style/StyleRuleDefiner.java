package dev.contentlint.rules.style;

import dev.contentlint.core.rule.ConfigException;
import dev.contentlint.core.config.Glob;
import dev.contentlint.core.rule.DefinedRule;
import dev.contentlint.core.rule.RuleDefiner;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The {@code styles:} config setting: style rule files (paths or globs relative to the config file),
 * each defining the rule {@code style/<file name>}.
 */
public final class StyleRuleDefiner implements RuleDefiner {
    /** The config key. */
    public static final String SETTING = "styles";

    @Override
    public String setting() {
        return SETTING;
    }

    @Override
    public List<DefinedRule> define(Definition d) {
        List<String> entries = new ArrayList<>();
        if (d.value() instanceof String s) entries.add(s);
        else if (d.value() instanceof List<?> list && list.stream().allMatch(String.class::isInstance))
            list.forEach(o -> entries.add((String) o));
        else throw d.error("expected a style file or a list of them (paths or globs such as styles/*.yml)");
        if (d.directory() == null) throw d.error("a preset cannot name style files; name them in your own config");

        Map<String, Path> byName = new TreeMap<>();
        List<DefinedRule> out = new ArrayList<>();
        for (String entry : entries) {
            for (Path file : files(entry, d)) {
                String name = StyleFile.nameOf(file);
                Path earlier = byName.put(name, file);
                if (earlier != null && !earlier.equals(file))
                    throw d.error(earlier + " and " + file + " both define style/" + name + "; rename one");
                if (earlier != null) continue;
                out.add(new StyleRule(StyleFile.parse(read(file), file, name)));
            }
        }
        return out;
    }

    /** The files an entry names: one path, or every .yml/.yaml file a glob matches, sorted. */
    private static List<Path> files(String entry, Definition d) {
        String written = entry.trim();
        if (written.isEmpty()) throw d.error("an empty entry names no style file");
        Path dir = d.directory();
        if (!Glob.isGlob(written)) {
            Path file = dir.resolve(written).normalize();
            if (!Files.isRegularFile(file)) throw d.error("cannot find style file " + file);
            return List.of(file);
        }
        Glob glob;
        try {
            glob = Glob.compile(written);
        } catch (IllegalArgumentException e) {
            throw d.error("bad glob '" + written + "': " + e.getMessage());
        }
        Path root = dir.resolve(literalPrefix(written)).normalize();
        List<Path> found = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                        .filter(p -> glob.matches(dir.relativize(p).toString().replace('\\', '/')))
                        .sorted()
                        .forEach(found::add);
            } catch (IOException e) {
                throw d.error("cannot list " + root + ": " + e.getMessage());
            }
        }
        if (found.isEmpty()) throw d.error("'" + written + "' matches no .yml or .yaml file in " + dir);
        return found;
    }

    /** The folders of a glob before its first wildcard: where to start looking. */
    private static String literalPrefix(String glob) {
        String[] parts = glob.split("/");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            if (Glob.isGlob(parts[i])) break;
            sb.append(parts[i]).append('/');
        }
        return sb.length() == 0 ? "." : sb.toString();
    }

    private static String read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ConfigException(file, 0, null, "style file is not valid UTF-8; save it as UTF-8");
        } catch (IOException e) {
            throw new ConfigException(file, 0, null, "cannot read style file: " + e.getMessage());
        }
    }
}
