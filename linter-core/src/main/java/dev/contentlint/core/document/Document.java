package dev.contentlint.core.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jsoup.nodes.Node;

/**
 * One parsed file: the source text and everything rules query. Built once per file by a parser and
 * then read, concurrently if need be, by every enabled rule; it is never modified after construction.
 */
public final class Document {
    /** Values rules derive from this document and share; see {@link #derived}. */
    private final java.util.concurrent.ConcurrentHashMap<Object, Derived> derived = new java.util.concurrent.ConcurrentHashMap<>();
    private final Path path;
    private final String relativePath;
    private final Format format;
    private final SourceText source;
    private final FrontMatter frontMatter;
    private final List<Section> sections;
    private final List<ProseBlock> prose;
    private final List<Image> images;
    private final List<Link> links;
    private final List<Table> tables;
    private final List<Comment> comments;
    private final List<ParseIssue> issues;
    private final Supplier<org.jsoup.nodes.Document> htmlSupplier;
    private volatile org.jsoup.nodes.Document html;
    private final com.vladsch.flexmark.util.ast.Document markdown;
    private final Function<Node, Span> htmlSpans;

    private Document(Builder b) {
        this.path = b.path;
        this.relativePath = b.relativePath;
        this.format = b.format;
        this.source = b.source;
        this.frontMatter = b.frontMatter;
        this.sections = List.copyOf(b.sections);
        this.prose = List.copyOf(b.prose);
        this.images = List.copyOf(b.images);
        this.links = List.copyOf(b.links);
        this.tables = List.copyOf(b.tables);
        this.comments = List.copyOf(b.comments);
        this.issues = List.copyOf(b.issues);
        this.html = b.html;
        this.htmlSupplier = b.htmlSupplier;
        this.markdown = b.markdown;
        this.htmlSpans = b.htmlSpans;
    }

    public static Builder builder(Path path, String relativePath, Format format, SourceText source) {
        return new Builder(path, relativePath, format, source);
    }

    /** The file as given on the command line or found by the walker (may be relative). */
    public Path path() { return path; }

    /** Path relative to the run's base directory, with {@code /} separators: what findings show. */
    public String relativePath() { return relativePath; }

    public Format format() { return format; }

    public SourceText source() { return source; }

    public String text() { return source.text(); }

    public FrontMatter frontMatter() { return frontMatter; }

    /** Top-level sections in order; a level-0 section holds what precedes the first heading, if anything. */
    public List<Section> sections() { return sections; }

    /** Every section, depth first, in document order. */
    public List<Section> allSections() {
        List<Section> out = new ArrayList<>();
        for (Section s : sections) collect(s, out);
        return out;
    }

    private static void collect(Section s, List<Section> out) {
        out.add(s);
        for (Section c : s.children()) collect(c, out);
    }

    /** Prose blocks in document order. */
    public List<ProseBlock> prose() { return prose; }

    public List<Image> images() { return images; }

    public List<Link> links() { return links; }

    public List<Table> tables() { return tables; }

    /** HTML comments in document order (outside code). */
    public List<Comment> comments() { return comments; }

    /** Problems with the input found while parsing. */
    public List<ParseIssue> issues() { return issues; }

    /**
     * The HTML view of the document: the parsed page for HTML; for Markdown, the rendered document
     * with the raw HTML it embeds; for text, a document holding one paragraph per block.
     */
    public org.jsoup.nodes.Document html() {
        org.jsoup.nodes.Document h = html;
        if (h == null) {
            synchronized (this) {
                h = html;
                if (h == null) html = h = htmlSupplier.get();
            }
        }
        return h;
    }

    /** The flexmark AST, or null when the document is not Markdown. */
    public com.vladsch.flexmark.util.ast.Document markdown() { return markdown; }

    /**
     * Source span of a node of {@link #html()}: exact for HTML files and for raw HTML in Markdown; for
     * elements Markdown syntax produced, the span of that syntax.
     */
    public Span spanOf(Node node) {
        Span s = htmlSpans.apply(node);
        return s == null ? Span.START : s;
    }

    /**
     * A value derived from this document, computed once and shared by every rule that asks with an equal
     * {@code key} (for example the stated dates several freshness rules read). {@code compute} must be a
     * pure function of the document and the key.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, java.util.function.Function<Document, T> compute) {
        // The map only hands out a holder; the value is computed outside the map's lock, so one derived value
        // may be built from another (the element index from the element list) without a recursive update.
        return (T) derived.computeIfAbsent(key, k -> new Derived()).get(() -> compute.apply(this));
    }

    /** One derived value, computed by the first caller; the others wait for it. */
    private static final class Derived {
        private Object value;
        private boolean done;

        synchronized Object get(java.util.function.Supplier<?> compute) {
            if (!done) {
                value = compute.get();
                done = true;
            }
            return value;
        }
    }

    public Location location(Span span) {
        return source.location(span);
    }

    /** Builder used by the parsers. */
    public static final class Builder {
        private final Path path;
        private final String relativePath;
        private final Format format;
        private final SourceText source;
        private FrontMatter frontMatter = FrontMatter.NONE;
        private final List<Section> sections = new ArrayList<>();
        private final List<ProseBlock> prose = new ArrayList<>();
        private final List<Image> images = new ArrayList<>();
        private final List<Link> links = new ArrayList<>();
        private final List<Table> tables = new ArrayList<>();
        private final List<Comment> comments = new ArrayList<>();
        private final List<ParseIssue> issues = new ArrayList<>();
        private org.jsoup.nodes.Document html = new org.jsoup.nodes.Document("");
        private Supplier<org.jsoup.nodes.Document> htmlSupplier;
        private com.vladsch.flexmark.util.ast.Document markdown;
        private Function<Node, Span> htmlSpans = n -> Span.START;

        private Builder(Path path, String relativePath, Format format, SourceText source) {
            this.path = path;
            this.relativePath = relativePath;
            this.format = format;
            this.source = source;
        }

        public Builder frontMatter(FrontMatter fm) { this.frontMatter = fm; return this; }
        public Builder section(Section s) { sections.add(s); return this; }
        public Builder prose(ProseBlock p) { prose.add(p); return this; }
        public Builder image(Image i) { images.add(i); return this; }
        public Builder link(Link l) { links.add(l); return this; }
        public Builder table(Table t) { tables.add(t); return this; }
        public Builder comment(Comment c) { comments.add(c); return this; }
        public Builder issue(ParseIssue i) { issues.add(i); return this; }
        public Builder html(org.jsoup.nodes.Document d) { this.html = d; this.htmlSupplier = null; return this; }
        /**
         * The HTML view, built on first use: for documents whose view is costly and often not needed. The
         * supplier is called at most once, and may be called from any thread.
         */
        public Builder html(Supplier<org.jsoup.nodes.Document> lazy) { this.html = null; this.htmlSupplier = lazy; return this; }
        public Builder markdown(com.vladsch.flexmark.util.ast.Document d) { this.markdown = d; return this; }
        /** How to find the source span of a node of the HTML view. */
        public Builder htmlSpans(Function<Node, Span> f) { this.htmlSpans = f; return this; }

        public Document build() { return new Document(this); }
    }
}
