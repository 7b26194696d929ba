package dev.contentlint.core.document;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A table: GFM or HTML.
 *
 * @param span       source span of the whole table
 * @param headerRows how many leading rows are header rows
 * @param rows       cell texts by row, header rows first
 * @param element    the HTML element, or null for a GFM table
 */
public record Table(Span span, int headerRows, List<List<String>> rows, Element element) implements Locatable {
    public Table {
        rows = rows.stream().map(List::copyOf).toList();
    }
}
