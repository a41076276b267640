package io.macrodigest.analysis.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ArticleTextTest {

    static final ArticleText TEXT = new ArticleText("""
            The Fed cut rates by 25bp.  Gold hit a record, and golden days are back.

            “We will act   as needed,” the chair said. Bitcoin fell; bitcoin miners sold.""");

    @Test
    void quoteRetypedWithStraightMarksAndOtherSpacingIsFoundAsTheOriginalSpan() {
        assertEquals(Optional.of("We will act   as needed,"), TEXT.verbatim("\"We will act as needed,\""));
        assertEquals(Optional.of("We will act   as needed,” the chair"), TEXT.verbatim("We will act as needed,\" the chair"));
    }

    @Test
    void quoteNotInTheTextIsNotFound() {
        assertEquals(Optional.empty(), TEXT.verbatim("We will act as soon as needed"));
        assertEquals(Optional.empty(), TEXT.verbatim("we will act as needed"));
        assertEquals(Optional.empty(), TEXT.verbatim(" \" "));
        assertEquals(Optional.empty(), TEXT.verbatim(null));
    }

    @Test
    void occurrencesCountWholeWordsIgnoringCase() {
        assertEquals(1, TEXT.occurrences("gold"));
        assertEquals(2, TEXT.occurrences("Bitcoin"));
        assertEquals(0, TEXT.occurrences("ether"));
        assertTrue(TEXT.mentions("the chair"));
    }

    @Test
    void claimIsGroundedInTheSentenceSharingMostOfItsWords() {
        assertEquals(Optional.of("The Fed cut rates by 25bp."), TEXT.groundingSentence("Fed rates were cut by 25bp", 0.5));
        assertEquals(Optional.of("Bitcoin fell; bitcoin miners sold."), TEXT.groundingSentence("bitcoin fell", 0.8));
        assertEquals(Optional.empty(), TEXT.groundingSentence("The ECB raised its deposit rate", 0.5));
        assertEquals(Optional.empty(), TEXT.groundingSentence("the and of", 0.5));
    }
}
