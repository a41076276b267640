package io.macrodigest.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The words of one piece of text, lower-cased for lexicon look-ups, with their original spelling and offsets
 * kept for case-sensitive tickers and verbatim evidence. Tokenised once, then shared by every component; a
 * {@link #range} of them reads as the tokens of its own stretch of text without tokenising it again.
 */
public final class Tokens {

    private final String text;
    /** Shared by a text's tokens and every range of them; offsets in the text the tokens were made from. */
    private final String[] lower;
    private final int[] starts;
    private final int[] ends;
    /** Where this range's tokens begin in the arrays, how many it has, and where its text begins in theirs. */
    private final int first;
    private final int size;
    private final int shift;

    private Tokens(String text, String[] lower, int[] starts, int[] ends, int first, int size, int shift) {
        this.text = text;
        this.lower = lower;
        this.starts = starts;
        this.ends = ends;
        this.first = first;
        this.size = size;
        this.shift = shift;
    }

    public static Tokens of(String text) {
        List<int[]> spans = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                i++;
                while (i < n) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        i++;
                    } else if (i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1)) && joins(text, d, i)) {
                        i += 2;
                    } else {
                        break;
                    }
                }
                spans.add(new int[] {start, i});
            } else if (c == '%' || c == '$' || c == '€' || c == '£' || c == ';' || c == ':' || c == ',' || c == '('
                    || c == ')') {
                // Kept as tokens: percent and currency mark numbers, punctuation bounds clauses.
                spans.add(new int[] {i, i + 1});
                i++;
            } else {
                i++;
            }
        }
        String[] lower = new String[spans.size()];
        int[] starts = new int[spans.size()];
        int[] ends = new int[spans.size()];
        for (int k = 0; k < lower.length; k++) {
            int[] s = spans.get(k);
            starts[k] = s[0];
            ends[k] = s[1];
            lower[k] = normalise(text.substring(s[0], s[1]));
        }
        return new Tokens(text, lower, starts, ends, 0, lower.length, 0);
    }

    /**
     * Tokens {@code [from, to)} as if their own text had been tokenised: that text runs from the first of them
     * (from the start for the first token) to the token after them (to the end for the last), so it keeps the
     * punctuation around them ("?" at the end of a question).
     */
    public Tokens range(int from, int to) {
        Objects.checkFromToIndex(from, to, size);
        int textFrom = from == 0 ? 0 : textAt(from);
        return new Tokens(text.substring(textFrom, textAt(to)), lower, starts, ends, first + from, to - from,
                shift + textFrom);
    }

    /** Where token {@code i} starts in the text; the text's end for the position after the last token. */
    private int textAt(int i) {
        return i == size ? text.length() : start(i);
    }

    /** Apostrophes, hyphens and dots inside words, and separators inside numbers ("1,000", "3.5"). */
    private static boolean joins(String text, char d, int i) {
        if (d == '\'' || d == '’' || d == '-' || d == '.' || d == '&') {
            return true;
        }
        return d == ',' && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
    }

    private static String normalise(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.endsWith("'s") && w.length() > 2) {
            w = w.substring(0, w.length() - 2);
        }
        return w;
    }

    public int size() {
        return size;
    }

    public String lower(int i) {
        return lower[first + Objects.checkIndex(i, size)];
    }

    /** The token as written. */
    public String original(int i) {
        return text.substring(start(i), end(i));
    }

    public int start(int i) {
        return starts[first + Objects.checkIndex(i, size)] - shift;
    }

    public int end(int i) {
        return ends[first + Objects.checkIndex(i, size)] - shift;
    }

    public String text() {
        return text;
    }

    public boolean isNumber(int i) {
        String w = lower(i);
        return !w.isEmpty() && Character.isDigit(w.charAt(0));
    }

    /** Parses "1,234.5" and "3-1/8"-free plain numbers; NaN when the token is not one. */
    public double number(int i) {
        if (!isNumber(i)) {
            return Double.NaN;
        }
        String w = lower(i).replace(",", "");
        int end = 0;
        while (end < w.length() && (Character.isDigit(w.charAt(end)) || w.charAt(end) == '.')) {
            end++;
        }
        try {
            return Double.parseDouble(w.substring(0, end));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
