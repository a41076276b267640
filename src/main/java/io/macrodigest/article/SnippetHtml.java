package io.macrodigest.article;

/**
 * Turns a {@code ts_headline} fragment into safe HTML: the database marks matches with two control characters
 * that cannot come from the text (they are stripped from it first), the whole fragment is HTML-escaped, and only
 * then do the markers become {@code <mark>} tags, so nothing from an article can inject markup.
 */
final class SnippetHtml {

    static final char START = '\u0002';
    static final char STOP = '\u0003';

    private SnippetHtml() {
    }

    static String of(String marked) {
        if (marked == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(marked.length() + 32);
        boolean open = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            switch (c) {
                case START -> {
                    if (!open) {
                        out.append("<mark>");
                        open = true;
                    }
                }
                case STOP -> {
                    if (open) {
                        out.append("</mark>");
                        open = false;
                    }
                }
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        if (open) {
            out.append("</mark>");
        }
        return out.toString();
    }
}
