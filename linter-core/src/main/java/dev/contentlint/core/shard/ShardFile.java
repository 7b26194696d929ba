package dev.contentlint.core.shard;

import dev.contentlint.core.document.Location;
import dev.contentlint.core.engine.FilePart;
import dev.contentlint.core.engine.Shard;
import dev.contentlint.core.engine.ShardRun;
import dev.contentlint.core.frontend.UsageException;
import dev.contentlint.core.report.JsonWriter;
import dev.contentlint.core.rule.Finding;
import dev.contentlint.core.rule.Fix;
import dev.contentlint.core.rule.FixSafety;
import dev.contentlint.core.rule.Severity;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One shard's output, as {@code check --shard K/N} writes it and {@code contentlint merge} reads it: a JSON
 * document of format {@value #FORMAT}, version {@value #VERSION}, described in {@code docs/ci-sharding.md}.
 * A new version is a new number: a merge refuses files of any version but its own.
 *
 * @param name what to call the file in messages (as the user named it)
 * @param tool the version of contentlint that wrote it
 * @param run  the shard's files and how it ran
 */
public record ShardFile(String name, String tool, ShardRun run) {
    /** The value of the document's {@code format} member. */
    public static final String FORMAT = "contentlint-shard";
    /** The layout this class writes and reads. */
    public static final int VERSION = 1;

    /**
     * Writes {@code run} as a shard file.
     *
     * @throws UsageException when a corpus rule enabled in the run cannot store its summaries, so a merge could
     *                        not report for it
     */
    public static void write(ShardRun run, String tool, Appendable out) throws IOException {
        if (!run.unstored().isEmpty())
            throw new UsageException("cannot check in shards: " + String.join(", ", run.unstored()) + " compare"
                    + (run.unstored().size() == 1 ? "s" : "") + " files with each other but cannot store what "
                    + "they keep of each file; turn " + (run.unstored().size() == 1 ? "it" : "them")
                    + " off in the config, or check without --shard");
        JsonWriter w = new JsonWriter(out);
        w.beginObject();
        w.member("format", FORMAT);
        w.member("version", VERSION);
        w.name("tool").beginObject().member("name", "contentlint").member("version", tool).endObject();
        w.name("shard").beginObject().member("index", run.shard().index()).member("count", run.shard().count()).endObject();
        w.member("today", run.today().toString());
        w.name("inlineConfig").value(run.inlineConfig());
        w.member("context", run.context());
        w.name("files").beginArray();
        for (FilePart f : run.files()) writeFile(f, w);
        w.endArray();
        w.endObject();
        w.finish();
    }

    private static void writeFile(FilePart f, JsonWriter w) throws IOException {
        w.beginObject();
        w.member("path", f.path());
        w.name("findings").beginArray();
        for (Finding x : f.findings()) {
            if (!x.path().equals(f.path()))
                throw new IllegalStateException("a finding of " + f.path() + " names " + x.path());
            w.beginObject();
            w.member("rule", x.ruleId());
            w.member("severity", x.severity().id());
            w.member("message", x.message());
            location(x.location(), w);
            if (!x.fixes().isEmpty()) {
                w.name("fixes").beginArray();
                for (Fix fix : x.fixes()) {
                    w.beginObject();
                    location(fix.location(), w);
                    w.member("replacement", fix.replacement());
                    w.member("description", fix.description());
                    w.member("safety", fix.safety() == null ? null : fix.safety().name().toLowerCase(Locale.ROOT));
                    w.endObject();
                }
                w.endArray();
            }
            if (!x.properties().isEmpty()) {
                w.name("properties").beginObject();
                for (Map.Entry<String, String> p : new TreeMap<>(x.properties()).entrySet()) w.member(p.getKey(), p.getValue());
                w.endObject();
            }
            w.endObject();
        }
        w.endArray();
        w.name("summaries").beginObject();
        for (Map.Entry<String, String> s : f.summaries().entrySet()) w.member(s.getKey(), s.getValue());
        w.endObject();
        w.member("inlineConfig", f.suppressions());
        w.endObject();
    }

    private static void location(Location l, JsonWriter w) throws IOException {
        w.member("line", l.line()).member("column", l.column()).member("endLine", l.endLine())
                .member("endColumn", l.endColumn());
    }

    /**
     * Reads the shard file at {@code file}, called {@code name} in messages.
     *
     * @throws UsageException when it cannot be read, is no shard file, is of another version or is damaged
     */
    public static ShardFile read(Path file, String name) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new UsageException("no shard file " + name + ": name the files 'check --shard K/N --output FILE' wrote");
        } catch (CharacterCodingException e) {
            throw notShard(name, "it is not UTF-8 text");
        } catch (IOException e) {
            throw new UsageException("cannot read the shard file " + name + ": " + e.getMessage());
        }
        Object parsed;
        try {
            parsed = JsonReader.parse(text);
        } catch (IllegalArgumentException e) {
            throw notShard(name, "it is " + e.getMessage());
        }
        Fields doc = new Fields(name, "the document", parsed);
        if (!FORMAT.equals(doc.raw("format"))) throw notShard(name, "its format member is not \"" + FORMAT + "\"");
        long version = doc.number("version");
        if (version != VERSION)
            throw new UsageException(name + " is a shard file of format version " + version + ", and this contentlint "
                    + "reads version " + VERSION + "; check every shard and merge with the same contentlint");
        try {
            String tool = doc.object("tool").string("version");
            Fields shard = doc.object("shard");
            Shard s;
            try {
                s = new Shard(shard.integer("index"), shard.integer("count"));
            } catch (IllegalArgumentException e) {
                throw damaged(name, e.getMessage());
            }
            LocalDate today = LocalDate.parse(doc.string("today"));
            boolean inline = doc.bool("inlineConfig");
            String context = doc.string("context");
            List<FilePart> files = new ArrayList<>();
            for (Fields f : doc.objects("files")) files.add(file(f));
            return new ShardFile(name, tool, new ShardRun(s, today, inline, context, files, Set.of()));
        } catch (DateTimeParseException e) {
            throw damaged(name, "today is not a date");
        }
    }

    private static FilePart file(Fields f) {
        String path = f.string("path");
        List<Finding> findings = new ArrayList<>();
        for (Fields x : f.objects("findings")) {
            List<Fix> fixes = new ArrayList<>();
            if (x.has("fixes")) for (Fields fix : x.objects("fixes")) {
                String safety = fix.nullableString("safety");
                fixes.add(new Fix(location(fix), fix.nullableString("replacement"), fix.nullableString("description"),
                        safety == null ? null : fix.choice("safety", FixSafety.class)));
            }
            Map<String, String> properties = new LinkedHashMap<>();
            if (x.has("properties")) {
                Fields p = x.object("properties");
                for (String key : p.names()) properties.put(key, p.string(key));
            }
            Severity severity = Severity.parse(x.string("severity")).orElseThrow(() -> x.wrong("severity", "a severity"));
            findings.add(new Finding(x.string("rule"), severity, x.string("message"), path, location(x), fixes,
                    properties));
        }
        Map<String, String> summaries = new LinkedHashMap<>();
        Fields s = f.object("summaries");
        for (String id : s.names()) summaries.put(id, s.nullableString(id));
        return new FilePart(path, findings, summaries, f.nullableString("inlineConfig"));
    }

    private static Location location(Fields f) {
        return new Location(f.integer("line"), f.integer("column"), f.integer("endLine"), f.integer("endColumn"));
    }

    private static UsageException notShard(String name, String why) {
        return new UsageException(name + " is not a contentlint shard file (" + why + "); name the files that "
                + "'check --shard K/N --output FILE' wrote");
    }

    static UsageException damaged(String name, String why) {
        return new UsageException("the shard file " + name + " is damaged (" + why + "); run its shard again");
    }

    /** The members of one JSON object, read by type, with messages that name the file and the member. */
    private record Fields(String file, String where, Map<String, Object> members) {
        Fields(String file, String where, Object value) {
            this(file, where, asMap(file, where, value));
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> asMap(String file, String where, Object value) {
            if (value instanceof Map<?, ?> m) return (Map<String, Object>) m;
            throw notShard(file, where + " is not a JSON object");
        }

        Object raw(String name) {
            return members.get(name);
        }

        boolean has(String name) {
            return members.containsKey(name);
        }

        Set<String> names() {
            return members.keySet();
        }

        UsageException wrong(String name, String expected) {
            return damaged(file, "'" + name + "' of " + where + " is not " + expected);
        }

        String string(String name) {
            if (members.get(name) instanceof String s) return s;
            throw wrong(name, "a string");
        }

        String nullableString(String name) {
            Object v = members.get(name);
            if (v == null && members.containsKey(name)) return null;
            if (v instanceof String s) return s;
            throw wrong(name, "a string or null");
        }

        long number(String name) {
            if (members.get(name) instanceof Long n) return n;
            throw wrong(name, "a whole number");
        }

        int integer(String name) {
            long n = number(name);
            if (n != (int) n) throw wrong(name, "a number of int size");
            return (int) n;
        }

        boolean bool(String name) {
            if (members.get(name) instanceof Boolean b) return b;
            throw wrong(name, "true or false");
        }

        <E extends Enum<E>> E choice(String name, Class<E> type) {
            try {
                return Enum.valueOf(type, string(name).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw wrong(name, "one of " + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
            }
        }

        Fields object(String name) {
            Object v = members.get(name);
            if (v instanceof Map<?, ?>) return new Fields(file, "'" + name + "'", v);
            throw wrong(name, "an object");
        }

        List<Fields> objects(String name) {
            if (!(members.get(name) instanceof List<?> list)) throw wrong(name, "an array");
            List<Fields> out = new ArrayList<>(list.size());
            for (Object o : list) {
                if (!(o instanceof Map<?, ?>)) throw wrong(name, "an array of objects");
                out.add(new Fields(file, "an entry of '" + name + "'", o));
            }
            return out;
        }
    }
}
