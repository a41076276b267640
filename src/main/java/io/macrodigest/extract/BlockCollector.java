package io.macrodigest.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Cuts a cleaned tree into text blocks the way a browser would lay them out: block elements and double line
 * breaks start a new block, inline markup does not.
 */
final class BlockCollector implements NodeVisitor {

    private static final Set<String> EXTRA_BLOCKS = Set.of("li", "dd", "dt", "td", "th", "tr", "caption",
            "figure", "details", "summary", "address", "center", "option", "legend", "fieldset");

    /** Only a hyphenation hint: invisible to readers, and it would split words for search. */
    private static final char SOFT_HYPHEN = '\u00ad';

    private final Deadline deadline;
    private final List<TextBlock> blocks = new ArrayList<>();
    private final Deque<Element> containers = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private int linkDepth;
    private int linkWeight;
    private int weight;
    private boolean pendingBreak;
    private int visited;

    private BlockCollector(Deadline deadline) {
        this.deadline = deadline;
    }

    static List<TextBlock> collect(Element root, Deadline deadline) {
        BlockCollector collector = new BlockCollector(deadline);
        collector.containers.push(root);
        NodeTraversor.traverse(collector, root);
        collector.flush();
        return collector.blocks;
    }

    @Override
    public void head(Node node, int depth) {
        if ((++visited & 1023) == 0) {
            deadline.check();
        }
        if (node instanceof TextNode textNode) {
            append(textNode.getWholeText());
        } else if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("br")) {
                if (pendingBreak) {
                    flush();
                } else {
                    pendingBreak = true;
                    space();
                }
            } else if (tag.equals("a")) {
                linkDepth++;
            } else if (isBlock(e) && e != containers.peek()) {
                flush();
                containers.push(e);
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            if (e.normalName().equals("a")) {
                linkDepth--;
            } else if (e == containers.peek() && containers.size() > 1) {
                flush();
                containers.pop();
            }
        }
    }

    private static boolean isBlock(Element e) {
        return e.isBlock() || EXTRA_BLOCKS.contains(e.normalName());
    }

    private void append(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space();
            } else if (c != SOFT_HYPHEN) {
                text.append(c);
                pendingBreak = false;
                int w = weightOf(c);
                weight += w;
                if (linkDepth > 0) {
                    linkWeight += w;
                }
            }
        }
    }

    private void space() {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
            text.append(' ');
        }
    }

    static int weightOf(char c) {
        // One ideograph or syllable carries about as much as a short Latin word.
        return c >= 0x2E80 && (c <= 0x9FFF || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF)) ? 3 : 1;
    }

    private void flush() {
        int end = text.length();
        if (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        if (end > 0) {
            Element container = containers.peek();
            blocks.add(new TextBlock(text.substring(0, end), container, kindOf(container), weight,
                    weight == 0 ? 0 : (double) linkWeight / weight));
        }
        text.setLength(0);
        weight = 0;
        linkWeight = 0;
        pendingBreak = false;
    }

    private static TextBlock.Kind kindOf(Element e) {
        return switch (e.normalName()) {
            case "p" -> TextBlock.Kind.PARAGRAPH;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> TextBlock.Kind.HEADING;
            case "li", "dd", "dt" -> TextBlock.Kind.LIST_ITEM;
            case "td", "th" -> TextBlock.Kind.CELL;
            case "blockquote" -> TextBlock.Kind.QUOTE;
            case "pre" -> TextBlock.Kind.PREFORMATTED;
            default -> TextBlock.Kind.OTHER;
        };
    }
}
