package dev.contentlint.core.document;

import com.vladsch.flexmark.util.ast.Node;

/** Iterative walks over a flexmark tree: deeply nested Markdown must not exhaust the stack. */
final class MarkdownTree {
    /** Callbacks of a walk. */
    interface Visitor {
        /** Called before a node's children; return false to skip them. */
        boolean enter(Node node);

        /** Called after a node's children (or right after {@link #enter} when they were skipped). */
        default void exit(Node node) {}
    }

    private MarkdownTree() {}

    /** Visits the descendants of {@code root} (not root itself) in document order. */
    static void walk(Node root, Visitor v) {
        Node n = root.getFirstChild();
        while (n != null) {
            if (v.enter(n) && n.getFirstChild() != null) {
                n = n.getFirstChild();
                continue;
            }
            v.exit(n);
            while (n.getNext() == null) {
                n = n.getParent();
                if (n == null || n == root) return;
                v.exit(n);
            }
            n = n.getNext();
        }
    }
}
