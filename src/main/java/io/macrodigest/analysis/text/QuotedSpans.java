package io.macrodigest.analysis.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Where quotations open and close in a text, in straight or typographic quote marks: the quote finder takes its
 * quotations from these spans, and the advice finder asks whether a "we should" stands inside one (the speaker's
 * own institution, not the article advising its readers).
 */
public final class QuotedSpans {

    /** A quotation between the opening mark at {@code open} and the closing mark at {@code close}. */
    public record Span(int open, int close) {
    }

    private final List<Span> spans;

    private QuotedSpans(List<Span> spans) {
        this.spans = List.copyOf(spans);
    }

    /**
     * The quotations of {@code text} from left to right; a quotation runs to its closing mark, and the text after
     * it is searched for the next one. An opening mark without its closer in the paragraph opens none.
     */
    public static QuotedSpans in(String text) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char close = closer(text, i);
            int end = close == 0 ? -1 : closing(text, i + 1, close, text.charAt(i));
            if (end < 0) {
                i++;
            } else {
                spans.add(new Span(i, end));
                i = end + 1;
            }
        }
        return new QuotedSpans(spans);
    }

    public List<Span> spans() {
        return spans;
    }

    /** Whether the character at {@code position} stands between the marks of a quotation. */
    public boolean encloses(int position) {
        for (Span s : spans) {
            if (s.open() >= position) {
                return false;
            }
            if (position < s.close()) {
                return true;
            }
        }
        return false;
    }

    /** The closing mark for an opening quote at {@code i}, or 0 when the character does not open a quote. */
    private static char closer(String text, int i) {
        char c = text.charAt(i);
        boolean wordBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
        return switch (c) {
            case '"' -> wordBefore ? 0 : '"';
            case '“' -> '”';
            case '„' -> '“';
            case '«' -> '»';
            case '‘' -> wordBefore || elisionOrPossessive(text, i) ? 0 : '’';
            case '\'' -> wordBefore || elisionOrPossessive(text, i) ? 0 : '\'';
            default -> 0;
        };
    }

    /**
     * A single quote that belongs to the word after it instead of opening speech: an elided year ("fiscal '22",
     * "the ‘90s") or a possessive after a stop or a quote mark ("B.V.'s", "\"Ajami\"'s"). Taken as an opening
     * mark it pairs with the next apostrophe and makes paragraphs of plain text a quotation.
     */
    private static boolean elisionOrPossessive(String text, int i) {
        if (i + 1 >= text.length()) {
            return false;
        }
        char next = text.charAt(i + 1);
        return Character.isDigit(next)
                || next == 's' && (i + 2 == text.length() || !Character.isLetter(text.charAt(i + 2)));
    }

    /**
     * The matching closer within the paragraph; a single quote must not be an apostrophe inside a word, and a
     * quotation neither starts at a line end nor runs into a list item.
     */
    private static int closing(String text, int from, char close, char open) {
        for (int k = from; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\n' && (k == from || !continuesQuote(text, k + 1))) {
                return -1;
            }
            if (c == close) {
                if ((close == '’' || close == '\'') && k + 1 < text.length() && Character.isLetter(text.charAt(k + 1))) {
                    continue;
                }
                return k;
            }
            if (c == open && open != close) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean continuesQuote(String text, int lineStart) {
        int k = lineStart;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        return k < text.length() && Character.isLetterOrDigit(text.charAt(k));
    }
}
