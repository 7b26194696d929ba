package dev.contentlint.rules.grammar;

import dev.contentlint.core.document.ProseBlock;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.markup.AnnotatedTextBuilder;

/**
 * One prose block as LanguageTool sees it: a paragraph of its own (so headings, list items and table cells
 * are separate sentences), with inline code, URLs, template syntax and text in another language standing in as
 * a neutral word, tags and comments as nothing, and soft line breaks as spaces. Names written in the prose
 * without code markup that no sentence holds ({@code .htaccess}, {@code index.html}, {@code Libera.chat}) and
 * symbols written as numeric character references (glyph samples such as {@code &#x2581;}) stand in as that
 * word too. Match positions are indices into the block's text.
 */
public final class ProseUnit {
    /** What inline code or a URL reads as: a capitalised noun keeps the sentence grammatical in most uses. */
    static final String CODE_WORD = "Code";

    /** Bump when what LanguageTool reads for a block changes, so cached results of the old reading are not used. */
    static final int READING_VERSION = 4;

    /**
     * A name with a dot inside or in front ({@code .htaccess}, {@code .PNG}, {@code mod_ssl.c},
     * {@code Libera.chat}); {@link #isName} drops abbreviations such as {@code e.g} and plain numbers.
     */
    private static final Pattern DOTTED = Pattern.compile("(?<![\\p{L}\\p{N}_.\\-/@])"
            + "(?:\\.[\\p{L}\\p{N}_\\-]*\\p{L}[\\p{L}\\p{N}_\\-]*|[\\p{L}\\p{N}_\\-]+)(?:\\.[\\p{L}\\p{N}_\\-]+)*"
            + "(?![\\p{L}\\p{N}_\\-])");

    private final ProseBlock block;
    private final String source;
    private final List<ProseBlock.Markup> markup;
    /** Text ranges {@code [from, to)} that read as one opaque word: names and glyph samples, in order. */
    private final List<int[]> tokens;

    /** The unit of {@code block}, whose document's source text is {@code source}. */
    public ProseUnit(ProseBlock block, String source) {
        this.block = block;
        this.source = source;
        List<ProseBlock.Markup> sorted = new ArrayList<>(block.markup());
        sorted.sort(Comparator.comparingInt(ProseBlock.Markup::textIndex));
        this.markup = sorted;
        this.tokens = withGlued(tokens());
    }

    /**
     * {@code found} joined with the letters written against code without a space ({@code <code>Listen</code>ers},
     * {@code file<var>N</var>}, {@code `%{`<em>name</em>`}`}): they belong to the word the code stands in as, or
     * LanguageTool would read "Codeers" or a word cut in two. Overlapping ranges are merged, in order.
     */
    private List<int[]> withGlued(List<int[]> found) {
        String t = block.text();
        List<int[]> all = new ArrayList<>(found);
        for (ProseBlock.Markup mk : markup) {
            if (!isWord(mk.kind()) || mk.kind() == ProseBlock.MarkupKind.URL && !visible(mk)) continue;
            int i = mk.textIndex();
            int from = i;
            int to = i;
            if (i < t.length() && Character.isLetterOrDigit(t.charAt(i))
                    && noSpace(mk.source().end(), block.sourceOffset(i))) {
                while (to < t.length() && Character.isLetterOrDigit(t.charAt(to))) to++;
            }
            if (i > 0 && Character.isLetterOrDigit(t.charAt(i - 1))
                    && noSpace(block.sourceOffset(i - 1) + 1, mk.source().start())) {
                while (from > 0 && Character.isLetterOrDigit(t.charAt(from - 1))) from--;
            }
            if (from < to) all.add(new int[] {from, to});
        }
        if (all.size() == found.size()) return found;
        all.sort(Comparator.comparingInt((int[] r) -> r[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] r : all) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r[0] < last[1]) last[1] = Math.max(last[1], r[1]);
            else merged.add(new int[] {r[0], r[1]});
        }
        return merged;
    }

    /** Whether the source between {@code from} and {@code to} holds no white space (tags only, or nothing). */
    private boolean noSpace(int from, int to) {
        if (from > to || to > source.length()) return false;
        for (int k = from; k < to; k++) if (Character.isWhitespace(source.charAt(k))) return false;
        return true;
    }

    private List<int[]> tokens() {
        String t = block.text();
        List<int[]> out = new ArrayList<>();
        int i = 0;
        Matcher m = DOTTED.matcher(t);
        while (i < t.length()) {
            int run = glyphRunEnd(i);
            if (run > i) {
                out.add(new int[] {i, run});
                i = run;
                continue;
            }
            int call = callEnd(i);
            if (call > i) {
                out.add(new int[] {i, call});
                i = call;
                continue;
            }
            int glyph = glyphEnd(i);
            if (glyph > i) {
                out.add(new int[] {i, glyph});
                i = glyph;
                continue;
            }
            if (t.charAt(i) != '.' && !Character.isLetterOrDigit(t.charAt(i))) {
                i++;
                continue;
            }
            if (m.find(i) && m.start() == i) {
                if (isName(m.group())) out.add(new int[] {m.start(), m.end()});
                i = Math.max(m.end(), i + 1);
            } else {
                i++;
            }
        }
        return out;
    }

    /** Whether a dotted run of word characters is a name rather than an abbreviation, a number or a plain word. */
    static boolean isName(String s) {
        if (s.indexOf('.') < 0) return false;
        boolean letter = false;
        boolean longSegment = false;
        for (String seg : s.split("\\.", -1)) {
            if (seg.length() > 1) longSegment = true;
            for (int k = 0; k < seg.length(); k++) if (Character.isLetter(seg.charAt(k))) letter = true;
        }
        return letter && (longSegment || s.startsWith("."));
    }

    /**
     * End of the list of glyphs that starts at text index {@code i}: two or more space-separated chunks made
     * only of punctuation and symbols ("do not use # , () {} [] &", "other than ., [, ^, or \\"), which
     * name characters rather than punctuate a sentence. {@code i} when none starts there.
     */
    private int glyphRunEnd(int i) {
        String t = block.text();
        if (i > 0 && !Character.isWhitespace(t.charAt(i - 1))) return i;
        int chunks = 0;
        int end = i;
        int k = i;
        while (k < t.length()) {
            int stop = k;
            while (stop < t.length() && !Character.isWhitespace(t.charAt(stop))) stop++;
            if (stop == k || !glyphs(t, k, stop) || markupWithin(k, stop)) break;
            chunks++;
            end = stop;
            k = stop;
            while (k < t.length() && (t.charAt(k) == ' ' || t.charAt(k) == '\t')) k++;
        }
        return chunks >= 2 ? end : i;
    }

    /**
     * End of the parenthesised arguments written right after code ({@code `Name`(string input)}): they
     * belong to the code's word, or the sentence would read "Code(string input)". {@code i} when none.
     */
    private int callEnd(int i) {
        String t = block.text();
        if (t.charAt(i) != '(') return i;
        boolean afterCode = false;
        for (ProseBlock.Markup mk : markup)
            if (isWord(mk.kind()) && mk.textIndex() == i && mk.source().end() == block.sourceOffset(i)) afterCode = true;
        if (!afterCode) return i;
        int close = t.indexOf(')', i);
        if (close < 0 || close - i > 80 || t.substring(i, close).indexOf('\n') >= 0) return i;
        return close + 1;
    }

    private static boolean glyphs(String t, int from, int to) {
        for (int k = from; k < to; k++) if (Character.isLetterOrDigit(t.charAt(k))) return false;
        return true;
    }

    /** Whether markup stands strictly inside {@code (from, to)} or at its ends: a chunk next to code is not a glyph. */
    private boolean markupWithin(int from, int to) {
        for (ProseBlock.Markup mk : markup) if (mk.textIndex() >= from && mk.textIndex() <= to) return true;
        return false;
    }

    /**
     * End of the glyph sample at text index {@code i}: a symbol (not a letter, digit or punctuation) written as
     * a numeric character reference, which a page shows as a sample of itself rather than as a word. {@code i}
     * when there is none.
     */
    private int glyphEnd(int i) {
        String t = block.text();
        int at = block.sourceOffset(i);
        if (!source.startsWith("&#", at)) return i;
        int cp = t.codePointAt(i);
        int type = Character.getType(cp);
        if (type != Character.OTHER_SYMBOL && type != Character.MATH_SYMBOL && type != Character.MODIFIER_SYMBOL
                && type != Character.PRIVATE_USE) return i;
        int end = i + Character.charCount(cp);
        while (end < t.length() && block.sourceOffset(end) == at) end++;
        return end;
    }

    public ProseBlock block() {
        return block;
    }

    public String text() {
        return block.text();
    }

    /**
     * One piece of the text LanguageTool checks: prose as it is, or markup with what it reads as instead.
     *
     * @param text        the characters of {@link #text()} this part covers
     * @param interpretAs for markup, what LanguageTool reads in its place; null for prose
     */
    public record Part(String text, String interpretAs) {
        public boolean markup() {
            return interpretAs != null;
        }
    }

    /** The text LanguageTool checks, with markup annotated so positions map back to {@link #text()}. */
    public AnnotatedText annotated() {
        return annotated(parts());
    }

    /** The annotated text of {@code parts}. */
    public static AnnotatedText annotated(List<Part> parts) {
        AnnotatedTextBuilder b = new AnnotatedTextBuilder();
        for (Part p : parts) {
            if (p.markup()) b.addMarkup(p.text(), p.interpretAs());
            else b.addText(p.text());
        }
        return b.build();
    }

    /** {@link #text()} cut into prose and markup, in order: the form that travels to a LanguageTool daemon. */
    public List<Part> parts() {
        List<Part> parts = new ArrayList<>();
        String t = block.text();
        int pos = 0;
        int mi = 0;
        int lastStandIn = -1;
        int lastStandInPart = -1;
        int ti = 0;
        for (int i = 0; i <= t.length(); i++) {
            while (mi < markup.size() && markup.get(mi).textIndex() <= i) {
                String as = standIn(markup.get(mi));
                // Markup runs that meet, or stand apart only by spaces (template syntax around code, `a` `b`),
                // read as one word, not "Code Code"; the word takes the spaces after the last of them.
                if (!as.isEmpty() && lastStandIn >= 0 && (lastStandIn == i || t.substring(lastStandIn, i).isBlank())) {
                    Part first = parts.get(lastStandInPart);
                    String lead = first.interpretAs().startsWith(" ") ? " " : "";
                    String trail = as.endsWith(" ") && lastStandIn == i ? " " : "";
                    parts.set(lastStandInPart, new Part(first.text(), lead + CODE_WORD + trail));
                    as = "";
                    // the spaces between the runs are inside the one word, or the sentence reads "Code  stay"
                    if (i > pos) parts.add(new Part(t.substring(pos, i), ""));
                    pos = i;
                }
                if (i > pos) parts.add(new Part(t.substring(pos, i), null));
                pos = i;
                if (!as.isEmpty()) {
                    parts.add(new Part("", as));
                    lastStandInPart = parts.size() - 1;
                    lastStandIn = i;
                }
                mi++;
            }
            if (ti < tokens.size() && tokens.get(ti)[0] == i) {
                int to = tokens.get(ti)[1];
                ti++;
                if (i > pos) parts.add(new Part(t.substring(pos, i), null));
                // a name right after code ("`x`.txt") is part of the word the code already stands in as
                boolean absorbed = lastStandIn == i;
                String word = t.substring(i, to);
                if (absorbed && word.endsWith("s") && word.chars().allMatch(Character::isLetter)) {
                    // `Listen`ers, `ScriptAlias`es: a plural ending makes the word a plural noun
                    Part first = parts.get(lastStandInPart);
                    parts.set(lastStandInPart, new Part(first.text(), first.interpretAs().replace(CODE_WORD, CODE_WORD + "s")));
                }
                parts.add(new Part(word, absorbed ? "" : CODE_WORD));
                if (!absorbed) lastStandInPart = parts.size() - 1;
                lastStandIn = to;
                pos = to;
                i = to - 1;
                continue;
            }
            if (i < t.length() && (t.charAt(i) == '\n' || t.charAt(i) == '\r')) {
                if (i > pos) parts.add(new Part(t.substring(pos, i), null));
                parts.add(new Part(String.valueOf(t.charAt(i)), " "));
                pos = i + 1;
            }
        }
        if (t.length() > pos) parts.add(new Part(t.substring(pos), null));
        return parts;
    }

    /**
     * What LanguageTool reads for one markup run: a word for code, with the spaces that stood around it in
     * the source when the prose text lost them (the text is trimmed at block ends).
     */
    private String standIn(ProseBlock.Markup m) {
        if (!isWord(m.kind())) return "";
        if (m.kind() == ProseBlock.MarkupKind.URL && !visible(m)) return ""; // a link's destination is not read
        String t = block.text();
        int i = m.textIndex();
        boolean spaceBefore = m.source().start() > 0 && Character.isWhitespace(source.charAt(m.source().start() - 1))
                && i > 0 && !Character.isWhitespace(t.charAt(i - 1));
        boolean spaceAfter = m.source().end() < source.length() && Character.isWhitespace(source.charAt(m.source().end()))
                && i < t.length() && !Character.isWhitespace(t.charAt(i));
        return (spaceBefore ? " " : "") + CODE_WORD + (spaceAfter ? " " : "");
    }

    /** A bare URL or an autolink stands in the sentence; a link destination ({@code ](url)}) does not. */
    private boolean visible(ProseBlock.Markup m) {
        int at = m.source().start();
        if (at >= source.length()) return false;
        char c = source.charAt(at);
        return Character.isLetter(c) || c == '<';
    }

    private static boolean isWord(ProseBlock.MarkupKind kind) {
        return kind == ProseBlock.MarkupKind.CODE || kind == ProseBlock.MarkupKind.URL
                || kind == ProseBlock.MarkupKind.TEMPLATE || kind == ProseBlock.MarkupKind.FOREIGN;
    }

    /** Emphasis marks of Markdown that may wrap a word, longest first. */
    private static final List<String> MARKS = List.of("**", "__", "*", "_");
    /** HTML elements that set a word in bold or italics. */
    private static final Pattern EMPHASIS_OPEN = Pattern.compile("(?i)<(b|strong|em|i)(?:\\s[^<>]*)?>$");

    /**
     * Whether {@code [from, to)} is one word set alone in bold or italics ({@code **Begin**},
     * {@code <b>Begin</b>}): documentation sets names of parameters, options and controls so, and a name is
     * not read as the verb or noun it is spelled like.
     */
    public boolean emphasisedWord(int from, int to) {
        if (from < 0 || to > block.text().length() || from >= to) return false;
        String word = block.text().substring(from, to);
        if (!word.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '.')) return false;
        dev.contentlint.core.document.Span s = sourceSpan(from, to);
        if (!source.substring(s.start(), s.end()).equals(word)) return false;
        for (String mark : MARKS)
            if (source.startsWith(mark, s.end()) && s.start() >= mark.length()
                    && source.startsWith(mark, s.start() - mark.length())) return true;
        String before = source.substring(Math.max(0, s.start() - 80), s.start());
        Matcher open = EMPHASIS_OPEN.matcher(before);
        return open.find() && source.regionMatches(true, s.end(), "</" + open.group(1) + ">", 0,
                open.group(1).length() + 3);
    }

    /** Whether code stands in the text within {@code [from, to]}: next-word checks such as a/an cannot judge it. */
    public boolean codeWithin(int from, int to) {
        for (ProseBlock.Markup m : markup)
            if (isWord(m.kind()) && m.textIndex() >= from && m.textIndex() <= to) return true;
        for (int[] k : tokens) if (k[0] <= to && k[1] > from) return true;
        return false;
    }

    /**
     * The source span of text range {@code [from, to)}: from its first character to just past its last, so
     * markup right after the range (a closing {@code **}) is not part of it.
     */
    public dev.contentlint.core.document.Span sourceSpan(int from, int to) {
        if (to <= from) return dev.contentlint.core.document.Span.at(block.sourceOffset(from));
        int start = block.sourceOffset(from);
        int last = block.sourceOffset(to - 1);
        int end = last + (Character.isHighSurrogate(block.text().charAt(to - 1)) ? 2 : 1);
        return new dev.contentlint.core.document.Span(start, Math.max(start, end));
    }

    /** The paragraph cache key of this unit with {@code settings}: see {@link #cacheKey(List, LtSettings)}. */
    public String cacheKey(LtSettings settings) {
        return cacheKey(parts(), settings);
    }

    /**
     * SHA-256 over {@code parts}, what LanguageTool reads, and {@code settings}: the key of a unit's results in
     * the paragraph cache and in the daemon's memory. It is computed from the parts alone, so the daemon, which
     * receives only those, keys its results exactly as the cache on disk does.
     */
    public static String cacheKey(List<Part> parts, LtSettings settings) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
        sha.update((READING_VERSION + "|" + settings.key()).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        // Length prefixes keep the fields apart: no two different lists of parts hash the same input.
        for (Part p : parts) {
            update(sha, p.text());
            if (p.markup()) {
                sha.update((byte) 1);
                update(sha, p.interpretAs());
            } else {
                sha.update((byte) 0);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void update(MessageDigest sha, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(4).putInt(b.length).array());
        sha.update(b);
    }
}
