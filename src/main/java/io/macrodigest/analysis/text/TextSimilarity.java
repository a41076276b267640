package io.macrodigest.analysis.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bag-of-content-words vectors of sentences, weighted by inverse sentence frequency within the article, and
 * their cosine similarity. Used for graph ranking and to keep summaries and insights free of repeats.
 */
public final class TextSimilarity {

    private static final Set<String> STOPWORDS = Set.of("the", "a", "an", "and", "or", "but", "of", "to", "in",
            "on", "for", "with", "at", "by", "from", "as", "is", "are", "was", "were", "be", "been", "being", "it",
            "its", "this", "that", "these", "those", "which", "who", "whom", "what", "when", "where", "while", "has",
            "have", "had", "will", "would", "can", "could", "may", "might", "should", "than", "then", "so", "such",
            "not", "no", "into", "about", "over", "also", "their", "they", "them", "he", "she", "his", "her", "we",
            "our", "you", "your", "i", "my", "me", "us", "there", "here", "if", "more", "most", "some", "any", "all",
            "do", "does", "did", "just", "very", "up", "down", "out", "new", "said", "says", ",", ";", ":", "(",
            ")", "%", "$", "€", "£", "one", "two", "how", "why", "even", "only", "both", "each", "other");

    private final double[][] weights;
    private final int[][] ids;

    public TextSimilarity(List<Sentence> sentences) {
        Map<String, Integer> vocabulary = new HashMap<>();
        int n = sentences.size();
        int[][] termIds = new int[n][];
        int[][] counts = new int[n][];
        Map<Integer, Integer> documentFrequency = new HashMap<>();
        for (int s = 0; s < n; s++) {
            Tokens t = sentences.get(s).tokens();
            Map<Integer, Integer> tf = new java.util.TreeMap<>();
            for (int k = 0; k < t.size(); k++) {
                String w = contentStem(t, k);
                if (w == null) {
                    continue;
                }
                int id = vocabulary.computeIfAbsent(w, x -> vocabulary.size());
                tf.merge(id, 1, Integer::sum);
            }
            termIds[s] = tf.keySet().stream().mapToInt(Integer::intValue).toArray();
            counts[s] = tf.values().stream().mapToInt(Integer::intValue).toArray();
            for (int id : termIds[s]) {
                documentFrequency.merge(id, 1, Integer::sum);
            }
        }
        weights = new double[n][];
        ids = termIds;
        for (int s = 0; s < n; s++) {
            double[] w = new double[termIds[s].length];
            double norm = 0;
            for (int k = 0; k < w.length; k++) {
                double idf = Math.log(1 + (double) n / documentFrequency.get(termIds[s][k]));
                w[k] = (1 + Math.log(counts[s][k])) * idf;
                norm += w[k] * w[k];
            }
            norm = Math.sqrt(norm);
            for (int k = 0; k < w.length; k++) {
                w[k] /= norm == 0 ? 1 : norm;
            }
            weights[s] = w;
        }
    }

    /** The stems of a text's content words, as the sentence vectors count them: no stopwords, numbers or letters. */
    public static Set<String> contentStems(String text) {
        return contentStems(Tokens.of(text));
    }

    /** As {@link #contentStems(String)}, over tokens already read. */
    public static Set<String> contentStems(Tokens t) {
        Set<String> stems = new java.util.LinkedHashSet<>();
        for (int k = 0; k < t.size(); k++) {
            String w = contentStem(t, k);
            if (w != null) {
                stems.add(w);
            }
        }
        return stems;
    }

    private static String contentStem(Tokens t, int k) {
        String w = stem(t.lower(k));
        return w.length() < 2 || STOPWORDS.contains(w) || t.isNumber(k) ? null : w;
    }

    /** Plural and verb endings folded so "rates"/"rate" and "cuts"/"cut" meet. */
    public static String stem(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 4 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 3 && w.endsWith("ed")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    public double cosine(int a, int b) {
        int[] x = ids[a];
        int[] y = ids[b];
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                sum += weights[a][i] * weights[b][j];
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    /** Cosine similarity of two loose texts, for comparing across articles' sentences. */
    public static double cosine(String a, String b) {
        Sentence x = new Sentence(a, 0, 0, Sentence.Kind.BODY, null);
        Sentence y = new Sentence(b, 0, 0, Sentence.Kind.BODY, null);
        return new TextSimilarity(List.of(x, y)).cosine(0, 1);
    }
}
