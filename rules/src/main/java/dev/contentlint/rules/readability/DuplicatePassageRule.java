package dev.contentlint.rules.readability;

import dev.contentlint.core.document.Document;
import dev.contentlint.core.document.Location;
import dev.contentlint.core.document.ProseBlock;
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
import java.util.HashMap;
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
     * The passages as text for the run cache, one per line: location, word count, then the shingle hashes in
     * hexadecimal. An unchanged file then needs no parse in a cached run.
     */
    @Override
    public String storeSummary(Summary summary) {
        StringBuilder sb = new StringBuilder();
        for (Passage p : summary.passages()) {
            Location l = p.location();
            sb.append(l.line()).append(' ').append(l.column()).append(' ').append(l.endLine()).append(' ')
                    .append(l.endColumn()).append(' ').append(p.words()).append(' ');
            for (int k = 0; k < p.shingles().length; k++) {
                if (k > 0) sb.append(',');
                sb.append(Integer.toHexString(p.shingles()[k]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @Override
    public Summary loadSummary(String stored) {
        List<Passage> passages = new ArrayList<>();
        for (String line : stored.split("\n")) {
            if (line.isEmpty()) continue;
            String[] f = line.split(" ", -1);
            String[] hex = f[5].isEmpty() ? new String[0] : f[5].split(",");
            int[] shingles = new int[hex.length];
            for (int k = 0; k < hex.length; k++) shingles[k] = Integer.parseUnsignedInt(hex[k], 16);
            passages.add(new Passage(shingles, new Location(Integer.parseInt(f[0]), Integer.parseInt(f[1]),
                    Integer.parseInt(f[2]), Integer.parseInt(f[3])), Integer.parseInt(f[4])));
        }
        return new Summary(passages);
    }

    @Override
    public void checkCorpus(Map<String, Summary> summaries, CorpusContext context) {
        Map<Integer, List<Ref>> index = new HashMap<>();
        List<String> paths = new ArrayList<>(summaries.keySet());
        for (String path : paths) {
            Summary summary = summaries.get(path);
            if (summary == null) continue;
            boolean enabled = context.enabledFor(path);
            Options o = enabled ? context.options(path, Options.class) : null;
            List<Match> matches = new ArrayList<>();
            for (int i = 0; i < summary.passages().size(); i++) {
                Passage p = summary.passages().get(i);
                if (enabled) {
                    Match m = bestMatch(p, i, path, o, index, summaries);
                    if (m != null) matches.add(m);
                }
                for (int h : p.shingles()) index.computeIfAbsent(h, k -> new ArrayList<>()).add(new Ref(path, i));
            }
            report(path, summary, matches, summaries, context);
        }
    }

    /** A passage of a file and the earlier passage it (nearly) repeats. */
    private record Match(int index, Ref earlier, double similarity) {}

    private static Match bestMatch(Passage p, int i, String path, Options o, Map<Integer, List<Ref>> index,
                                   Map<String, Summary> summaries) {
        Map<Ref, Integer> shared = new HashMap<>();
        for (int h : p.shingles()) {
            List<Ref> refs = index.get(h);
            if (refs == null || refs.size() > COMMON) continue;
            for (Ref r : refs)
                if (o.acrossFiles() || r.path().equals(path)) shared.merge(r, 1, Integer::sum);
        }
        Ref best = null;
        double bestScore = 0;
        for (Map.Entry<Ref, Integer> e : shared.entrySet()) {
            Passage q = summaries.get(e.getKey().path()).passages().get(e.getKey().index());
            double jaccard = (double) e.getValue() / (p.shingles().length + q.shingles().length - e.getValue());
            if (jaccard > bestScore || jaccard == bestScore && best != null && before(e.getKey(), best)) {
                bestScore = jaccard;
                best = e.getKey();
            }
        }
        return best != null && bestScore >= o.similarity() ? new Match(i, best, bestScore) : null;
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
