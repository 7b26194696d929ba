package dev.contentlint.core.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The outcome of one shard of a run, waiting for the others: the parts of its files, and what a merge needs to
 * check that every shard ran alike and to run the corpus rules as this run would have.
 *
 * @param shard        which part of the files this is
 * @param today        the date the run judged against
 * @param inlineConfig whether inline configuration comments were honoured
 * @param context      a fingerprint of everything besides the files that findings depend on (config, the files
 *                     services read, the rules, the version); equal for runs that would report alike
 * @param files        the parts of the shard's files, by path
 * @param unstored     corpus rules enabled here that cannot store their summaries, so their corpus findings
 *                     could not be made in a merge; none for the built-in rules
 */
public record ShardRun(Shard shard, LocalDate today, boolean inlineConfig, String context, List<FilePart> files,
                       Set<String> unstored) {
    public ShardRun {
        files = List.copyOf(files);
        unstored = Set.copyOf(unstored);
    }
}
