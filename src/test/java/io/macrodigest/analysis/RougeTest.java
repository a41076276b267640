package io.macrodigest.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RougeTest {

    @Test
    void identicalTextsScoreAHundredAndDisjointOnesZero() {
        Rouge rouge = new Rouge();
        rouge.add("Revenue rose 5% to $2.1 billion.", "revenue rose 5% to $2.1 billion");
        assertEquals(100, rouge.rouge1(), 1e-9);
        assertEquals(100, rouge.rouge2(), 1e-9);
        assertEquals(100, rouge.rougeL(), 1e-9);
        Rouge none = new Rouge();
        none.add("profit fell", "revenue rose");
        assertEquals(0, none.rouge1(), 1e-9);
    }

    @Test
    void scoresAreF1OfTokenOverlapAveragedPerItem() {
        Rouge rouge = new Rouge();
        // candidate: the cat sat on (4 tokens); reference: the cat was on the mat (6 tokens)
        // unigrams shared: the, cat, on = 3 -> P 3/4, R 3/6, F1 0.6
        // bigrams shared: "the cat" = 1 -> P 1/3, R 1/5, F1 0.25
        // LCS: the cat on = 3 -> F1 0.6
        rouge.add("The cat sat on", "the cat was on the mat");
        rouge.add("x", "y");
        assertEquals(2, rouge.items());
        assertEquals(30, rouge.rouge1(), 1e-9);
        assertEquals(12.5, rouge.rouge2(), 1e-9);
        assertEquals(30, rouge.rougeL(), 1e-9);
    }

    @Test
    void tokensAreLowerCaseWordRunsWithoutStemming() {
        assertEquals(java.util.List.of("q3", "eps", "of", "1", "25", "beats"), Rouge.tokens("Q3 EPS of $1.25 beats"));
    }
}
