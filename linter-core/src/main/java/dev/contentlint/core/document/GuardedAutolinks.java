package dev.contentlint.core.document;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * flexmark's autolink step (bare URLs and e-mail addresses become links), except on text holding a run of more
 * than {@value #MAX_MARK_RUN} combining marks in one block, whose bare URLs are left as text.
 *
 * <p>The step searches every text node with a {@code \b} pattern, and {@code java.util.regex} decides a word
 * boundary inside a run of combining marks by scanning back to the run's base character: a run of k marks
 * costs k² (20,000 accents on one letter took 12 s). Real writing puts a few marks on a letter, so a longer
 * run is decoration, not a URL; skipping those blocks bounds the step at {@value #MAX_MARK_RUN}² per mark.
 *
 * <p>Text that cannot hold a link is not handed to the step at all: it unescapes every text node and runs its
 * link scanners and a pattern over it, and most text nodes of a page hold no link.
 */
final class GuardedAutolinks {
    static final int MAX_MARK_RUN = 32;

    private final AutolinkNodePostProcessor autolinks;
    private final Map<Node, Boolean> blocks = new IdentityHashMap<>();

    GuardedAutolinks(Document document) {
        autolinks = new AutolinkNodePostProcessor(document);
    }

    /** Runs the step on one text node; {@code tracker} hears of the nodes it adds and removes. */
    void process(NodeTracker tracker, Node node) {
        if (mayHoldLink(node) && !inDecoratedBlock(node, blocks)) autolinks.process(tracker, node);
    }

    /**
     * Whether the autolink step could find a link in {@code node}: its scanners start only at ':' (a scheme),
     * '@' (an e-mail address) and "www." (in lower case), and unescaping can make those characters only from
     * a backslash escape or a character reference. A node followed by typographic text or an entity is always
     * handed on, since the step then reads those too.
     */
    static boolean mayHoldLink(Node node) {
        if (node.getNext() instanceof TypographicText || node.getNext() instanceof HtmlEntity) return true;
        CharSequence s = node.getChars();
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == ':' || c == '@' || c == '&' || c == '\\') return true;
            if (c == 'w' && i + 2 < n && s.charAt(i + 1) == 'w' && s.charAt(i + 2) == 'w') return true;
        }
        return false;
    }

    /**
     * Whether the block holding {@code node} has a long mark run; each block is scanned once, and the autolink
     * step never joins text across blocks.
     */
    private static boolean inDecoratedBlock(Node node, Map<Node, Boolean> blocks) {
        List<Node> chain = new ArrayList<>();
        Node p = node.getParent();
        Boolean known = null;
        while (p != null && (known = blocks.get(p)) == null && !(p instanceof Block)) {
            chain.add(p);
            p = p.getParent();
        }
        if (known == null) {
            known = p != null && longMarkRun(p.getChars());
            if (p != null) blocks.put(p, known);
        }
        for (Node n : chain) blocks.put(n, known);
        return known;
    }

    /**
     * Whether {@code s} has more than {@value #MAX_MARK_RUN} combining marks in a row; a character reference
     * ({@code &#x301;}) counts as one, since the autolink step decodes it before the search.
     */
    static boolean longMarkRun(CharSequence s) {
        int run = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '&') {
                int end = referenceEnd(s, i);
                if (end > 0) {
                    if (++run > MAX_MARK_RUN) return true;
                    i = end;
                    continue;
                }
            }
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                if (++run > MAX_MARK_RUN) return true;
            } else {
                run = 0;
            }
        }
        return false;
    }

    /** The index of the ';' ending a character reference that starts at {@code amp}, or -1. */
    private static int referenceEnd(CharSequence s, int amp) {
        int n = s.length(), j = amp + 1;
        if (j < n && s.charAt(j) == '#') j++;
        int start = j;
        while (j < n && j - start < 32 && Character.isLetterOrDigit(s.charAt(j))) j++;
        return j > start && j < n && s.charAt(j) == ';' ? j : -1;
    }
}
