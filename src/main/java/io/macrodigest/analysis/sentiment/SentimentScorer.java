package io.macrodigest.analysis.sentiment;
import io.macrodigest.analysis.text.Background;
import io.macrodigest.analysis.text.Sentence;
import io.macrodigest.analysis.text.SentenceSplitter;
import io.macrodigest.analysis.text.Tokens;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Financial sentiment of a sentence or an article, from a hand-written lexicon and rules of financial-news
 * language ({@link SentencePolarity}). Stateless after construction and cheap per call: one tokenisation and a
 * few hash look-ups per word.
 */
@ApplicationScoped
public class SentimentScorer {

    /** Sentence polarity needed before a label other than neutral. */
    static final double THRESHOLD = 0.5;
    /** What a sentence about the time before the news counts in an article's balance. */
    private static final double BACKGROUND = 0.5;

    private final SentencePolarity polarity;
    private final SentenceSplitter splitter;

    @Inject
    public SentimentScorer(FinancialLexicon lexicon, SentenceSplitter splitter) {
        this.polarity = new SentencePolarity(lexicon);
        this.splitter = splitter;
    }

    /** For use without CDI. */
    public static SentimentScorer create() {
        return new SentimentScorer(new FinancialLexicon(), new SentenceSplitter());
    }

    /** Sentence-level when {@code text} is one sentence, else article-level over its sentences. */
    public Sentiment score(String text) {
        if (text == null || text.isBlank()) {
            return neutral();
        }
        List<Sentence> sentences = splitter.split(text);
        if (sentences.size() == 1) {
            return score(sentences.get(0));
        }
        return article(sentences);
    }

    public Sentiment score(Sentence sentence) {
        return score(sentence.tokens());
    }

    /** Sentiment of a sentence or one of its clauses, already tokenised. */
    public Sentiment score(Tokens tokens) {
        return of(polarity.polarity(tokens));
    }

    /**
     * An article's sentiment for risk assets: the balance of its polar sentences, damped when most are plain facts,
     * with each macro driver's tone counted as one more sentence, since what jobless claims or a hotter CPI mean for
     * markets is in the tone, not in the words ("claims rose" reads flat). A sentence in the past perfect tells what
     * came before the news ("The token had fallen to 87 cents") and counts half.
     */
    public Sentiment article(List<Sentence> sentences, double... driverTones) {
        double sum = 0;
        double magnitude = 0;
        for (double tone : driverTones) {
            sum += tone;
            magnitude += Math.abs(tone);
        }
        for (Sentence s : sentences) {
            double p = squash(polarity.polarity(s.tokens())) * (Background.is(s) ? BACKGROUND : 1);
            sum += p;
            magnitude += Math.abs(p);
        }
        double score = sum / (magnitude + 1);
        return label(score, 0.15);
    }

    public static Sentiment of(double rawPolarity) {
        return label(squash(rawPolarity), squash(THRESHOLD));
    }

    private static double squash(double raw) {
        return Math.tanh(raw / 1.5);
    }

    private static Sentiment label(double score, double threshold) {
        if (score >= threshold) {
            return new Sentiment(Sentiment.Label.POSITIVE, score);
        }
        if (score <= -threshold) {
            return new Sentiment(Sentiment.Label.NEGATIVE, score);
        }
        return new Sentiment(Sentiment.Label.NEUTRAL, score);
    }

    private static Sentiment neutral() {
        return new Sentiment(Sentiment.Label.NEUTRAL, 0);
    }
}
