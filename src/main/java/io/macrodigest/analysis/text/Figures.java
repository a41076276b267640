package io.macrodigest.analysis.text;

import java.util.Set;

/**
 * Figures and their units inside a sentence. A subject keeps its verb across them ("net sales of EUR 5.2
 * million were up", "the unemployment rate, at 6.1 percent, remains high"), so distances between words skip
 * figures and asides that hold nothing but a figure.
 */
public final class Figures {

    private static final Set<String> UNITS = Set.of("%", "$", "€", "£", "eur", "usd", "euro", "euros", "dollars",
            "sek", "mn", "m", "mln", "million", "bn", "billion", "percent", "pct", "per", "cent", "(", ")");
    /** Words that may stand beside a figure in an aside: ", at about 4 percent,". */
    private static final Set<String> FIGURE_COMPANIONS = Set.of("at", "about", "around", "near", "nearly",
            "roughly", "some", "or", "of", "to", "from");

    private Figures() {
    }

    /** A calendar year, "1998" or "2025": it dates a claim, it is not one of its figures. */
    public static boolean isYear(String word) {
        return word.length() == 4 && (word.startsWith("19") || word.startsWith("20"))
                && word.chars().allMatch(Character::isDigit);
    }

    public static boolean isFigure(Tokens tokens, int i) {
        return tokens.isNumber(i) || UNITS.contains(tokens.lower(i));
    }

    /** Words between two positions, not counting figures, their units or figure-only asides. */
    public static int wordsBetween(Tokens tokens, int from, int to) {
        int words = 0;
        int i = from;
        while (i < to) {
            int aside = asideEnd(tokens, i, to);
            if (aside > i) {
                i = aside;
            } else {
                if (!isFigure(tokens, i)) {
                    words++;
                }
                i++;
            }
        }
        return words;
    }

    /**
     * The position after a figure-only aside opening at {@code i} (", at 6.1 percent," or "(USD 4.3 m)"), or
     * {@code i} when none opens there.
     */
    public static int asideEnd(Tokens tokens, int i, int limit) {
        String open = tokens.lower(i);
        String close = open.equals(",") ? "," : open.equals("(") ? ")" : null;
        if (close == null) {
            return i;
        }
        boolean figure = false;
        for (int k = i + 1; k < limit; k++) {
            String w = tokens.lower(k);
            if (w.equals(close)) {
                return figure ? k + 1 : i;
            }
            if (tokens.isNumber(k)) {
                figure = true;
            } else if (!UNITS.contains(w) && !FIGURE_COMPANIONS.contains(w)) {
                return i;
            }
        }
        return i;
    }
}
