package io.macrodigest.analysis.sentiment;
import io.macrodigest.analysis.text.Tokens;

import java.util.List;

import jakarta.inject.Singleton;

/**
 * The hand-written financial sentiment lexicon ({@code analysis/financial-lexicon.txt}): polar words,
 * directional words, the things that move (good or bad when they rise) and the modifiers around them.
 */
@Singleton
public final class FinancialLexicon {

    static final String POSITIVE = "positive";
    static final String NEGATIVE = "negative";
    static final String UP = "up";
    static final String DOWN = "down";
    static final String GOOD_UP = "good-up";
    static final String BAD_UP = "bad-up";
    static final String NEGATOR = "negator";
    static final String INTENSIFIER = "intensifier";
    static final String DIMINISHER = "diminisher";
    static final String HEDGE = "hedge";
    static final String CONTRAST = "contrast";
    static final String CONCESSION = "concession";
    static final String COMPARATOR = "comparator";

    private final PhraseLexicon lexicon;

    public FinancialLexicon() {
        this.lexicon = PhraseLexicon.load("/analysis/financial-lexicon.txt");
    }

    /** Every lexicon phrase in the tokens, all sections ("neutral" phrases swallow their words). */
    public List<PhraseLexicon.Hit> hits(Tokens tokens) {
        return lexicon.match(tokens, section -> true);
    }
}
