package io.macrodigest.analysis;

import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

/** Sentence- and article-level financial sentiment. */
@ApplicationScoped
public class SentimentScorer {

    private static final Set<String> POSITIVE = Set.of("rise", "rises", "rose", "gain", "gains", "growth", "profit",
            "strong", "rally", "rallied", "beat", "improved", "increase", "increased", "up", "surge", "surged");
    private static final Set<String> NEGATIVE = Set.of("fall", "fell", "falls", "loss", "losses", "decline", "declined",
            "weak", "drop", "dropped", "down", "miss", "cut", "cuts", "sold", "sell-off", "plunge", "plunged");

    public Sentiment score(String text) {
        int score = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z-]+")) {
            if (POSITIVE.contains(word)) {
                score++;
            } else if (NEGATIVE.contains(word)) {
                score--;
            }
        }
        double s = Math.max(-1, Math.min(1, score / 3.0));
        Sentiment.Label label = s > 0 ? Sentiment.Label.POSITIVE : s < 0 ? Sentiment.Label.NEGATIVE : Sentiment.Label.NEUTRAL;
        return new Sentiment(label, s);
    }
}
