package io.macrodigest.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The text of a box that is only wanted when it is short (a byline, a dateline). {@link Element#text()} reads the
 * whole subtree; asked of every nested holder of a hostile page, that is quadratic. This stops reading early.
 */
final class BoundedText {

    /** Room for the whitespace that the collapsed text no longer has. */
    private static final int RAW_SLACK = 8;

    private BoundedText() {
    }

    /** The element's text, whitespace collapsed, or null when it is longer than max or blank. */
    static String of(Element element, int max) {
        StringBuilder raw = new StringBuilder();
        long limit = (long) max * RAW_SLACK;
        NodeFilter.FilterResult end = NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    raw.append(t.getWholeText());
                } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                    raw.append(' ');
                }
                return raw.length() > limit ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, element);
        if (end == NodeFilter.FilterResult.STOP) {
            return null;
        }
        String text = Whitespace.collapse(raw.toString());
        return text != null && text.length() > max ? null : text;
    }
}
