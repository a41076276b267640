package io.macrodigest.analysis.assets;
import io.macrodigest.analysis.Analysis;
import io.macrodigest.analysis.drivers.DriverClassifier;
import io.macrodigest.analysis.sentiment.Sentiment;
import io.macrodigest.analysis.sentiment.SentimentScorer;
import io.macrodigest.analysis.text.Sentence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts each vocabulary asset's mentions and scores the article's sentiment towards it from the clauses that
 * name it, so "gold held its ground while BTC fell apart" scores the two apart. An asset named only as a spread's
 * benchmark is counted with sentiment 0.
 */
public final class AssetTagger {

    private final AssetVocabulary vocabulary;
    private final AssetClauses clauses;

    public AssetTagger(AssetVocabulary vocabulary, SentimentScorer scorer) {
        this.vocabulary = vocabulary;
        this.clauses = new AssetClauses(scorer);
    }

    /** {@code sentiments} parallels {@code sentences}; tags are ordered by mentions, most first. */
    public List<Analysis.AssetTag> tag(List<Sentence> sentences, List<Sentiment> sentiments) {
        Map<AssetVocabulary.Asset, double[]> tally = new LinkedHashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            List<AssetVocabulary.Mention> mentions = vocabulary.mentionsAt(sentences.get(i).tokens());
            for (AssetVocabulary.Mention m : mentions) {
                tally.computeIfAbsent(m.asset(), k -> new double[3])[0]++;
            }
            clauses.scores(sentences.get(i).tokens(), mentions, sentiments.get(i).score()).forEach((asset, score) -> {
                double[] t = tally.get(asset);
                t[1] += score;
                t[2]++;
            });
        }
        List<Analysis.AssetTag> tags = new ArrayList<>();
        tally.entrySet().stream()
                .sorted((x, y) -> Double.compare(y.getValue()[0], x.getValue()[0]))
                .forEach(e -> tags.add(new Analysis.AssetTag(e.getKey().id(),
                        DriverClassifier.round(e.getValue()[2] == 0 ? 0 : e.getValue()[1] / e.getValue()[2]),
                        (int) e.getValue()[0])));
        return tags;
    }

    public AssetVocabulary vocabulary() {
        return vocabulary;
    }
}
