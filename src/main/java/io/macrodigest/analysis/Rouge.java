package io.macrodigest.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F1 as the summaries corpus defines them: lower case, tokens are {@code \w+}
 * runs, no stemming and no stop-word removal, ROUGE-L as the longest common subsequence over the whole token
 * sequence. Scores are averaged per item and shown ×100.
 */
public final class Rouge {

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private double rouge1;
    private double rouge2;
    private double rougeL;
    private int items;

    /** Scores one candidate against its reference and adds it to the means. */
    public void add(String candidate, String reference) {
        List<String> c = tokens(candidate);
        List<String> r = tokens(reference);
        rouge1 += f1(overlap(ngrams(c, 1), ngrams(r, 1)), c.size(), r.size());
        rouge2 += f1(overlap(ngrams(c, 2), ngrams(r, 2)), Math.max(0, c.size() - 1), Math.max(0, r.size() - 1));
        rougeL += f1(lcs(c, r), c.size(), r.size());
        items++;
    }

    public int items() {
        return items;
    }

    public double rouge1() {
        return mean(rouge1);
    }

    public double rouge2() {
        return mean(rouge2);
    }

    public double rougeL() {
        return mean(rougeL);
    }

    public String report(String name) {
        return String.format(Locale.ROOT, "%s: n=%d ROUGE-1=%.1f ROUGE-2=%.1f ROUGE-L=%.1f%n", name, items,
                rouge1(), rouge2(), rougeL());
    }

    /** The metric's tokens: lower-cased {@code \w+} runs. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private double mean(double sum) {
        return items == 0 ? 0 : 100 * sum / items;
    }

    private static Map<String, Integer> ngrams(List<String> tokens, int n) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            counts.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return counts;
    }

    private static int overlap(Map<String, Integer> candidate, Map<String, Integer> reference) {
        int shared = 0;
        for (Map.Entry<String, Integer> e : candidate.entrySet()) {
            shared += Math.min(e.getValue(), reference.getOrDefault(e.getKey(), 0));
        }
        return shared;
    }

    private static int lcs(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (String x : a) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = x.equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.size()];
    }

    private static double f1(int shared, int candidateSize, int referenceSize) {
        if (shared == 0 || candidateSize == 0 || referenceSize == 0) {
            return 0;
        }
        double precision = (double) shared / candidateSize;
        double recall = (double) shared / referenceSize;
        return 2 * precision * recall / (precision + recall);
    }
}
