package io.macrodigest.analysis.assets;
import io.macrodigest.analysis.sentiment.SentimentScorer;
import io.macrodigest.analysis.text.Tokens;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sentiment towards each asset that a sentence names, from the clause that is about it: in "Bitcoin rose while
 * Ether fell" Bitcoin gets the rise and Ether the fall. Clauses end at contrasts and subordinators ("while",
 * "but", "as", ";"); a coordinated part that says nothing by itself ("Bitcoin and Ether fell", "Selling hit
 * Bitcoin, Ether") shares the verdict of the part it is joined to.
 */
final class AssetClauses {

    private static final Set<String> HARD = Set.of(";", ":", "while", "whereas", "but", "however", "although",
            "though", "yet", "as", "despite", "after", "since", "because", "unlike", "meanwhile");
    private static final Set<String> SOFT = Set.of(",", "and", "or", "&");

    private final SentimentScorer scorer;

    AssetClauses(SentimentScorer scorer) {
        this.scorer = scorer;
    }

    private record Span(int start, int end, boolean joinedSoftly) {
    }

    /**
     * Mean clause score per asset of the mentions; {@code sentenceScore} for every asset when the sentence names
     * one asset only, as its clauses then all speak of it.
     */
    Map<AssetVocabulary.Asset, Double> scores(Tokens tokens, List<AssetVocabulary.Mention> mentions,
            double sentenceScore) {
        Map<AssetVocabulary.Asset, Double> result = new HashMap<>();
        if (mentions.stream().map(AssetVocabulary.Mention::asset).distinct().count() <= 1) {
            mentions.forEach(m -> result.put(m.asset(), sentenceScore));
            return result;
        }
        List<Span> groups = merged(tokens, clauses(tokens));
        Map<AssetVocabulary.Asset, double[]> sums = new HashMap<>();
        for (Span g : groups) {
            double score = Double.NaN;
            for (AssetVocabulary.Mention m : mentions) {
                if (m.start() >= g.start() && m.start() < g.end()) {
                    if (Double.isNaN(score)) {
                        score = score(tokens, g);
                    }
                    double[] s = sums.computeIfAbsent(m.asset(), k -> new double[2]);
                    s[0] += score;
                    s[1]++;
                }
            }
        }
        sums.forEach((asset, s) -> result.put(asset, s[0] / s[1]));
        return result;
    }

    private static List<Span> clauses(Tokens tokens) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        boolean soft = false;
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.lower(i);
            boolean hard = HARD.contains(w);
            if (hard || SOFT.contains(w)) {
                if (i > start) {
                    spans.add(new Span(start, i, soft));
                }
                soft = !hard;
                start = i + 1;
            }
        }
        if (start < tokens.size()) {
            spans.add(new Span(start, tokens.size(), soft));
        }
        return spans;
    }

    /**
     * Softly joined neighbours merge when either says nothing by itself. Each clause is scored once, so a long
     * list of names costs linear time.
     */
    private List<Span> merged(Tokens tokens, List<Span> clauses) {
        List<Span> groups = new ArrayList<>();
        Span current = null;
        boolean currentSilent = false;
        for (Span next : clauses) {
            boolean nextSilent = score(tokens, next) == 0;
            if (current != null && next.joinedSoftly() && (currentSilent || nextSilent)) {
                current = new Span(current.start(), next.end(), current.joinedSoftly());
                currentSilent = currentSilent && nextSilent;
            } else {
                if (current != null) {
                    groups.add(current);
                }
                current = next;
                currentSilent = nextSilent;
            }
        }
        if (current != null) {
            groups.add(current);
        }
        return groups;
    }

    private double score(Tokens tokens, Span span) {
        String text = tokens.text().substring(tokens.start(span.start()), tokens.end(span.end() - 1));
        return scorer.score(Tokens.of(text)).score();
    }
}
