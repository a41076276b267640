package io.macrodigest.analysis.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    static final ArticleText MACRO = new ArticleText("""
            The Federal Reserve cut its policy rate by 25 basis points to 4.25% on Wednesday. Chair Jerome Powell \
            said inflation of 2.8% remains above the 2% target, and Wednesday's statement was unanimous.

            The European Central Bank held rates. Bitcoin rose 4% to $97,500 while BTC funding rates cooled.

            U.S. GDP grew 4.9%, beating the 4.3% forecast, as spot bitcoin ETFs drew $1.2 billion.""");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The Fed cut rates by 25bp to 4.25%.",
            "Powell said inflation at 2.8 percent is above the 2% target.",
            "The ECB kept rates on hold while the Federal Reserve eased.",
            "US growth of 4.9% beat the 4.3% forecast.",
            "BTC rose 4% to $97,500 as Bitcoin ETFs drew $1.2bn.",
            "Wednesday's cut was unanimous, Jerome Powell said.",
    })
    void claimsStatingOnlyTheArticlesFiguresAndNamesAreSupported(String claim) {
        assertEquals(Optional.empty(), MACRO.unstatedFact(claim));
    }

    /** Each claim reuses the article's words but changes one figure or one name. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The Federal Reserve cut its policy rate by 50 basis points to 4.25% on Wednesday.|50 bp",
            "The Federal Reserve cut its policy rate by 25 basis points to 4.5% on Wednesday.|4.5 %",
            "Chair Janet Yellen said inflation of 2.8% remains above the 2% target.|Janet Yellen",
            "The Bank of Japan held rates.|Bank of Japan",
            "Bitcoin rose 4% to $97,500 while ETH funding rates cooled.|ETH",
            "U.S. GDP grew 4.9% in 2024, beating the 4.3% forecast.|2024",
            "Spot bitcoin ETFs drew $1.2 million.|$1.2 M",
            "Bitcoin rose 4% to €97,500.|€97500",
            "Inflation of 2.8% remains above the 2% target, Chair Powell told Reuters.|Reuters",
    })
    void aChangedFigureOrNameIsFound(String claim, String unstated) {
        assertEquals(Optional.of(unstated), MACRO.unstatedFact(claim));
    }

    @Test
    void overlapAloneWouldPassAnInventedFigureTheFactsDoNot() {
        String invented = "The Federal Reserve cut its policy rate by 75 basis points to 4.25% on Wednesday.";
        assertTrue(MACRO.groundingSentence(invented, 0.5).isPresent());
        assertEquals(Optional.of("75 bp"), MACRO.unstatedFact(invented));
    }
}
