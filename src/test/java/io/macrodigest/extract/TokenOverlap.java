package io.macrodigest.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Token precision, recall and F1 of one page as the second corpus's {@code score.py} computes them (WCXB's word
 * F1): bags of lower-cased word tokens, overlap the size of the multiset intersection.
 *
 * <p>Python's {@code \w} is a letter, a number of any kind (²,½ included) or the underscore; unlike Java's
 * Unicode {@code \w} it excludes combining marks and other connector punctuation, so the class is spelt out.
 */
record TokenOverlap(double precision, double recall, double f1) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final TokenOverlap NONE = new TokenOverlap(0, 0, 0);

    static TokenOverlap of(String predicted, String reference) {
        Map<String, Integer> pred = bag(predicted);
        Map<String, Integer> truth = bag(reference);
        int np = size(pred);
        int nt = size(truth);
        if (nt == 0) {
            return np == 0 ? new TokenOverlap(1, 1, 1) : NONE;
        }
        if (np == 0) {
            return NONE;
        }
        int overlap = 0;
        for (Map.Entry<String, Integer> e : pred.entrySet()) {
            overlap += Math.min(e.getValue(), truth.getOrDefault(e.getKey(), 0));
        }
        double p = (double) overlap / np;
        double r = (double) overlap / nt;
        return new TokenOverlap(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    private static Map<String, Integer> bag(String s) {
        Map<String, Integer> bag = new HashMap<>();
        Matcher m = WORD.matcher(s == null ? "" : s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            bag.merge(m.group(), 1, Integer::sum);
        }
        return bag;
    }

    private static int size(Map<String, Integer> bag) {
        int n = 0;
        for (int count : bag.values()) {
            n += count;
        }
        return n;
    }
}
