package dev.contentlint.core.shard;

import dev.contentlint.core.engine.Engine;
import dev.contentlint.core.engine.FilePart;
import dev.contentlint.core.engine.RunResult;
import dev.contentlint.core.frontend.UsageException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every shard of one run, checked to belong together: written by the same version, with the same config, date
 * and inline-config switch, each of the N shards exactly once.
 *
 * @param count        how many shards the run was split into
 * @param today        the date every shard judged against
 * @param inlineConfig whether every shard honoured inline configuration
 * @param context      the fingerprint every shard shares ({@link Engine#shardContext})
 * @param files        the parts of all files, by path
 */
public record ShardSet(int count, LocalDate today, boolean inlineConfig, String context, List<FilePart> files) {
    public ShardSet {
        files = List.copyOf(files);
    }

    /**
     * The shards of {@code parts} as one run.
     *
     * @throws UsageException when there are none, when they differ in version, config, date or inline-config
     *                        switch, or when one of the N shards is missing or given twice
     */
    public static ShardSet of(List<ShardFile> parts) {
        if (parts.isEmpty()) throw new UsageException("name the shard files to merge");
        ShardFile first = parts.get(0);
        Map<Integer, ShardFile> byIndex = new TreeMap<>();
        for (ShardFile p : parts) {
            if (!p.tool().equals(first.tool()))
                throw new UsageException(p.name() + " was written by contentlint " + p.tool() + " and " + first.name()
                        + " by " + first.tool() + "; check every shard with the same version");
            if (p.run().shard().count() != first.run().shard().count())
                throw new UsageException(p.name() + " is shard " + p.run().shard() + " and " + first.name() + " is shard "
                        + first.run().shard() + "; merge the shards of one run, all split into the same N");
            if (!p.run().today().equals(first.run().today()))
                throw new UsageException(p.name() + " was checked as of " + p.run().today() + " and " + first.name()
                        + " as of " + first.run().today() + "; give every shard the same --today (or 'today:' in "
                        + "the config) when the jobs may run on different days");
            if (p.run().inlineConfig() != first.run().inlineConfig())
                throw new UsageException(onlyOne(p, first) + " was checked with --no-inline-config; use it for "
                        + "every shard or for none");
            if (!p.run().context().equals(first.run().context()))
                throw new UsageException(p.name() + " and " + first.name() + " were checked with different configs "
                        + "(or different glossary, dictionary or rule files); check every shard of a run in the same "
                        + "checkout with the same config");
            ShardFile twice = byIndex.put(p.run().shard().index(), p);
            if (twice != null)
                throw new UsageException("shard " + p.run().shard() + " is given twice (" + twice.name() + " and "
                        + p.name() + "); give each shard once");
        }
        int count = first.run().shard().count();
        List<Integer> missing = new ArrayList<>();
        for (int k = 1; k <= count; k++) if (!byIndex.containsKey(k)) missing.add(k);
        if (!missing.isEmpty())
            throw new UsageException((missing.size() == 1 ? "shard " : "shards ") + String.join(", ",
                    missing.stream().map(k -> k + "/" + count).toList()) + (missing.size() == 1 ? " is" : " are")
                    + " missing; a merge needs all " + count + " shards of the run, or its findings across files "
                    + "would be wrong");
        List<FilePart> files = new ArrayList<>();
        for (ShardFile p : byIndex.values()) files.addAll(p.run().files());
        files.sort(Comparator.comparing(FilePart::path));
        for (int i = 1; i < files.size(); i++)
            if (files.get(i).path().equals(files.get(i - 1).path()))
                throw new UsageException(files.get(i).path() + " was checked in two shards; run every shard over "
                        + "the same paths (the same arguments) in the same checkout");
        return new ShardSet(count, first.run().today(), first.run().inlineConfig(), first.run().context(), files);
    }

    private static String onlyOne(ShardFile a, ShardFile b) {
        return a.run().inlineConfig() ? b.name() : a.name();
    }

    /**
     * Runs the corpus rules over the shards with {@code engine} and returns the findings of the whole run.
     * {@code engine} must run on {@link #today} with the shards' inline-config switch.
     *
     * @throws UsageException when the engine's config differs from the shards'
     */
    public RunResult merge(Engine engine) {
        if (!engine.shardContext(today).equals(context))
            throw new UsageException("the config here differs from the one the shards were checked with (or the "
                    + "glossary, dictionary or rule files do); merge in a checkout of the same tree with the same "
                    + "config (--config) as the shards");
        try {
            return engine.merge(files);
        } catch (IllegalArgumentException e) {
            throw new UsageException("cannot merge the shards: " + e.getMessage()
                    + "; check every shard and merge with the same contentlint");
        }
    }
}
