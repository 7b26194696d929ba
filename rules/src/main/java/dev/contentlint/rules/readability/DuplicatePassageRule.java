package dev.contentlint.rules.readability;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Location;
import dev.contentlint.core.document.ProseBlock;
import dev.contentlint.core.io.FieldReader;
import dev.contentlint.core.io.FieldWriter;
import dev.contentlint.core.readability.BlockReadability;
import dev.contentlint.core.readability.DocumentReadability;
import dev.contentlint.core.readability.Sentence;
import dev.contentlint.core.readability.Word;
import dev.contentlint.core.rule.Category;
import dev.contentlint.core.rule.CorpusContext;
import dev.contentlint.core.rule.CorpusRule;
import dev.contentlint.core.rule.Option;
import dev.contentlint.core.rule.RuleContext;
import dev.contentlint.core.rule.RuleInfo;
import dev.contentlint.core.rule.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A rule; see its {@link RuleInfo}. */
@RuleInfo(id = "readability/duplicate-passage",
        summary = "A sentence should not nearly duplicate another one in the same page or in another file",
        severity = Severity.WARNING, category = Category.READABILITY)
public final class DuplicatePassageRule implements CorpusRule<DuplicatePassageRule.Summary> {
    /** A shingle shared by more sentences than this is too common to point at a duplicate. */
    private static final int COMMON = 400;

    /** Options of {@code readability/duplicate-passage}. */
    public record Options(
            @Option(description = "Fewest words a sentence needs to be compared", defaultValue = "12")
            int minWords,
            @Option(description = "Share of word triples two sentences must have in common (Jaccard), 0 to 1",
                    defaultValue = "0.8")
            double similarity,
            @Option(description = "Also compare sentences across the files of the run", defaultValue = "true")
            boolean acrossFiles) {
        public Options {
            if (minWords < 3) throw new IllegalArgumentException("min-words must be >= 3");
            if (similarity <= 0 || similarity > 1) throw new IllegalArgumentException("similarity must be > 0 and <= 1");
        }
    }

    /** One compared sentence: its word-triple hashes (sorted, distinct) and where it is. */
    public record Passage(int[] shingles, Location location, int words) {}

    /** The comparable sentences of one file, in document order. */
    public record Summary(List<Passage> passages) {
        public Summary {
            passages = List.copyOf(passages);
        }
    }

    @Override
    public void check(Document document, RuleContext context) {
        // All work happens across the run, in checkCorpus.
    }

    @Override
    public Summary summarize(Document document, RuleContext context) {
        Options o = context.options(Options.class);
        List<Passage> passages = new ArrayList<>();
        for (BlockReadability b : DocumentReadability.of(document).blocks()) {
            if (b.block().kind() == ProseBlock.Kind.HEADING) continue;
            for (Sentence s : b.sentences()) {
                if (s.words().size() < o.minWords() || Sentences.codeLike(s)) continue;
                passages.add(new Passage(shingles(s), document.location(b.block().sourceSpan(s.start(), s.end())),
                        s.words().size()));
            }
        }
        return passages.isEmpty() ? null : new Summary(passages);
    }

    private static int[] shingles(Sentence s) {
        List<Word> w = s.words();
        int[] out = new int[w.size() - 2];
        for (int i = 0; i + 2 < w.size(); i++)
            out[i] = (norm(w.get(i)) + ' ' + norm(w.get(i + 1)) + ' ' + norm(w.get(i + 2))).hashCode();
        return Arrays.stream(out).distinct().sorted().toArray();
    }

    private static String norm(Word w) {
        return w.core().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    /**
     * The passages for the run cache: location, word count and shingle hashes of each. An unchanged file then
     * needs no parse in a cached run.
     */
    @Override
    public boolean storeSummary(Summary summary, FieldWriter out) {
        out.number(summary.passages().size());
        for (Passage p : summary.passages()) {
            out.location(p.location()).number(p.words()).number(p.shingles().length);
            for (int shingle : p.shingles()) out.number(shingle);
        }
        return true;
    }

    @Override
    public Summary loadSummary(FieldReader in, java.nio.file.Path file) {
        int n = in.integer();
        List<Passage> passages = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Location location = in.location();
            int words = in.integer();
            int[] shingles = new int[in.integer()];
            for (int k = 0; k < shingles.length; k++) shingles[k] = in.integer();
            passages.add(new Passage(shingles, location, words));
        }
        return new Summary(passages);
    }

    @Override
    public void checkCorpus(Map<String, Summary> summaries, CorpusContext context) {
        Passages all = new Passages(summaries);
        if (all.count == 0) return;
        ShingleIndex index = new ShingleIndex(all);
        int files = all.paths.size();
        Options[] options = new Options[files];
        for (int f = 0; f < files; f++)
            if (context.enabledFor(all.paths.get(f))) options[f] = context.options(all.paths.get(f), Options.class);
        // Each passage is compared with the passages before it in path order, so the later of two repeats is the
        // one reported; the comparisons are independent, so they run in parallel, and the reports in order.
        Match[] best = new Match[all.count];
        ThreadLocal<int[]> counts = ThreadLocal.withInitial(() -> new int[all.count]);
        java.util.stream.IntStream.range(0, all.count).parallel().forEach(g -> {
            Options o = options[all.file[g]];
            if (o != null) best[g] = bestMatch(g, o, all, index, counts.get());
        });
        for (int f = 0; f < files; f++) {
            if (all.summaries[f] == null) continue;
            List<Match> matches = new ArrayList<>();
            for (int g = all.first[f]; g < all.first[f] + all.summaries[f].passages().size(); g++)
                if (best[g] != null) matches.add(best[g]);
            report(all.paths.get(f), all.summaries[f], matches, summaries, context);
        }
    }

    /** A passage of a file and the earlier passage it (nearly) repeats. */
    private record Match(int index, Ref earlier, double similarity) {}

    /** Every passage of the run, numbered in path order and, within a file, in document order. */
    private static final class Passages {
        final List<String> paths;
        final Summary[] summaries;
        /** Number of the first passage of each file. */
        final int[] first;
        /** File and index in that file of each passage, by number. */
        final int[] file;
        final int[] index;
        final Passage[] passage;
        final int count;

        Passages(Map<String, Summary> byPath) {
            paths = new ArrayList<>(byPath.keySet());
            summaries = new Summary[paths.size()];
            first = new int[paths.size()];
            int n = 0;
            for (int f = 0; f < paths.size(); f++) {
                summaries[f] = byPath.get(paths.get(f));
                first[f] = n;
                if (summaries[f] != null) n += summaries[f].passages().size();
            }
            count = n;
            file = new int[n];
            index = new int[n];
            passage = new Passage[n];
            for (int f = 0; f < paths.size(); f++) {
                if (summaries[f] == null) continue;
                for (int i = 0; i < summaries[f].passages().size(); i++) {
                    file[first[f] + i] = f;
                    index[first[f] + i] = i;
                    passage[first[f] + i] = summaries[f].passages().get(i);
                }
            }
        }

        Ref ref(int g) {
            return new Ref(paths.get(file[g]), index[g]);
        }
    }

    /**
     * Which passages hold each shingle: every (shingle, passage) occurrence, sorted by shingle and then passage
     * number, so the passages before a given one that share a shingle are a prefix of that shingle's run.
     */
    private static final class ShingleIndex {
        /** Distinct shingles, ascending, and where each one's run of passages starts in {@link #holders}. */
        final int[] shingles;
        final int[] start;
        final int[] holders;

        ShingleIndex(Passages all) {
            int total = 0;
            for (Passage p : all.passage) total += p.shingles().length;
            long[] pairs = new long[total];
            int k = 0;
            for (int g = 0; g < all.count; g++)
                for (int h : all.passage[g].shingles()) pairs[k++] = ((long) h << 32) | g;
            Arrays.parallelSort(pairs);
            holders = new int[total];
            int distinct = 0;
            for (int i = 0; i < total; i++) {
                holders[i] = (int) pairs[i];
                if (i == 0 || (int) (pairs[i] >> 32) != (int) (pairs[i - 1] >> 32)) distinct++;
            }
            shingles = new int[distinct];
            start = new int[distinct + 1];
            int d = 0;
            for (int i = 0; i < total; i++) {
                if (i == 0 || (int) (pairs[i] >> 32) != (int) (pairs[i - 1] >> 32)) {
                    shingles[d] = (int) (pairs[i] >> 32);
                    start[d++] = i;
                }
            }
            start[distinct] = total;
        }
    }

    /**
     * The earlier passage most like passage {@code g}, if similar enough. As the passages are read in order,
     * a shingle held by more than {@link #COMMON} earlier passages is boilerplate and does not count.
     * {@code counts} is a zeroed scratch array, one slot per passage, left zeroed.
     */
    private static Match bestMatch(int g, Options o, Passages all, ShingleIndex index, int[] counts) {
        Passage p = all.passage[g];
        int file = all.file[g];
        int[] touched = new int[16];
        int touchedCount = 0;
        for (int h : p.shingles()) {
            int d = Arrays.binarySearch(index.shingles, h);
            if (d < 0) continue;
            int lo = index.start[d];
            int hi = lowerBound(index.holders, lo, index.start[d + 1], g);
            if (hi - lo > COMMON) continue;
            for (int i = lo; i < hi; i++) {
                int r = index.holders[i];
                if (!o.acrossFiles() && all.file[r] != file) continue;
                if (counts[r]++ == 0) {
                    if (touchedCount == touched.length) touched = Arrays.copyOf(touched, touchedCount * 2);
                    touched[touchedCount++] = r;
                }
            }
        }
        int best = -1;
        double bestScore = 0;
        for (int t = 0; t < touchedCount; t++) {
            int r = touched[t];
            int shared = counts[r];
            counts[r] = 0;
            double jaccard = (double) shared / (p.shingles().length + all.passage[r].shingles().length - shared);
            if (jaccard > bestScore || jaccard == bestScore && best >= 0 && before(all.ref(r), all.ref(best))) {
                bestScore = jaccard;
                best = r;
            }
        }
        return best >= 0 && bestScore >= o.similarity() ? new Match(all.index[g], all.ref(best), bestScore) : null;
    }

    /** The first position in {@code a[from, to)} (ascending) whose value is not below {@code key}. */
    private static int lowerBound(int[] a, int from, int to, int key) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /**
     * One finding per run of consecutive repeated sentences in the same file, and one per other file: a
     * page copied into another version folder is one problem, not one per sentence.
     */
    private static void report(String path, Summary summary, List<Match> matches, Map<String, Summary> summaries,
                               CorpusContext context) {
        Map<String, List<Match>> otherFiles = new LinkedHashMap<>();
        List<List<Match>> runs = new ArrayList<>();
        for (Match m : matches) {
            if (!m.earlier().path().equals(path)) {
                otherFiles.computeIfAbsent(m.earlier().path(), k -> new ArrayList<>()).add(m);
                continue;
            }
            List<Match> last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last.get(last.size() - 1).index() == m.index() - 1) last.add(m);
            else runs.add(new ArrayList<>(List.of(m)));
        }
        List<List<Match>> groups = new ArrayList<>(runs);
        groups.addAll(otherFiles.values());
        groups.sort(java.util.Comparator.comparingInt(g -> g.get(0).index()));
        for (List<Match> g : groups) {
            Match first = g.get(0);
            Passage p = summary.passages().get(first.index());
            Passage q = summaries.get(first.earlier().path()).passages().get(first.earlier().index());
            boolean same = first.earlier().path().equals(path);
            String where = same ? "line " + q.location().line() : first.earlier().path() + ":" + q.location().line();
            String how = first.similarity() >= 0.999 ? "repeats" : String.format(Locale.ROOT,
                    "nearly repeats (%.0f%% of its word triples)", 100 * first.similarity());
            String more = g.size() == 1 ? "" : same
                    ? " (and the " + (g.size() - 1) + " sentence" + (g.size() == 2 ? "" : "s") + " after it repeat"
                            + (g.size() == 2 ? "s" : "") + " the ones after that)"
                    : " (" + g.size() + " sentences of this file repeat that file)";
            context.report(path, p.location(), "This sentence " + how + " the one on " + where + more
                    + ": keep one and cut or reword the other.");
        }
    }

    /** A passage of the run: file and index in that file's summary. */
    private record Ref(String path, int index) {}

    /** The earlier of two equally similar passages is named, so a repeated sentence always points at its first use. */
    private static boolean before(Ref a, Ref b) {
        int c = a.path().compareTo(b.path());
        return c != 0 ? c < 0 : a.index() < b.index();
    }
}
