package io.macrodigest.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MeaningBlendTest {

    @Test
    void searchSyntaxAndCodesAskForExactWords() {
        assertTrue(MeaningBlend.asksForExactWords("\"balance sheet\""));
        assertTrue(MeaningBlend.asksForExactWords("bitcoin -etf"));
        assertTrue(MeaningBlend.asksForExactWords("yen or inflation"));
        assertTrue(MeaningBlend.asksForExactWords("US10Y yields"));
        assertFalse(MeaningBlend.asksForExactWords("fed easing"));
        assertFalse(MeaningBlend.asksForExactWords("rate cut 2025"));
        assertFalse(MeaningBlend.asksForExactWords("mid-cap stocks"));
    }
}
