package io.macrodigest.search;

import org.jsoup.nodes.Entities;

/**
 * Turns a {@code ts_headline} fragment into safe HTML: the database marks matches with two control characters
 * that cannot come from the text (they are stripped from it first), the whole fragment is HTML-escaped, and only
 * then do the markers become {@code <mark>} tags, so nothing from an article can inject markup.
 */
final class SnippetHtml {

    /** chr(2) and chr(3): V44's {@code search_snippets} strips and tests them by these codes. */
    static final char START = '\u0002';
    static final char STOP = '\u0003';

    private SnippetHtml() {
    }

    static String of(String marked) {
        if (marked == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(marked.length() + 32);
        StringBuilder text = new StringBuilder();
        boolean open = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c != START && c != STOP) {
                text.append(c);
            } else if ((c == START) != open) {
                out.append(Entities.escape(text.toString())).append(open ? "</mark>" : "<mark>");
                text.setLength(0);
                open = !open;
            }
        }
        out.append(Entities.escape(text.toString()));
        return open ? out.append("</mark>").toString() : out.toString();
    }
}
