package dev.contentlint.lsp;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * One document the editor has open, as the editor has it now (saved or not).
 *
 * @param uri        as the client names it
 * @param path       the file it stands for, or null when the URI is not a file (an untitled buffer)
 * @param languageId as the client gave it, possibly empty
 * @param version    the client's version of the text
 * @param text       the whole text
 */
record OpenDocument(String uri, Path path, String languageId, int version, String text) {
    /** This document after {@code changes}, applied in order as the protocol says (each on the result of the last). */
    OpenDocument changed(int newVersion, List<TextDocumentContentChangeEvent> changes) {
        String t = text;
        for (TextDocumentContentChangeEvent c : changes) {
            if (c.getRange() == null) {
                t = c.getText();
                continue;
            }
            TextPositions positions = new TextPositions(t);
            int start = positions.offset(c.getRange().getStart());
            int end = Math.max(start, positions.offset(c.getRange().getEnd()));
            t = t.substring(0, start) + c.getText() + t.substring(end);
        }
        return new OpenDocument(uri, path, languageId, newVersion, t);
    }
}
