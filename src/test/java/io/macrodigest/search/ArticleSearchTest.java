package io.macrodigest.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ArticleSearchTest {

    @Test
    void snippetsHighlightEverySearchedWordButNoExcludedOne() {
        assertEquals("balance or sheet or runoff", ArticleSearch.anyWordOf("\"balance sheet\" runoff"));
        assertEquals("bitcoin", ArticleSearch.anyWordOf("bitcoin -etf"));
        assertEquals("gold or copper", ArticleSearch.anyWordOf("gold OR copper"));
        assertEquals("-etf", ArticleSearch.anyWordOf("-etf"), "nothing left to highlight: the query as given");
    }

    @Test
    void onlyPhrasesEveryMatchMustHoldNarrowTheSearch() {
        assertEquals(List.of("balance sheet"), ArticleSearch.requiredPhrases("\"balance sheet\" runoff"));
        assertEquals(List.of("balance sheet", "rate cut"),
                ArticleSearch.requiredPhrases("\"balance sheet\" -\"quantitative easing\" \"rate cut\""));
        assertEquals(List.of(), ArticleSearch.requiredPhrases("\"balance sheet\" OR runoff"), "an alternative");
        assertEquals(List.of("war or peace"), ArticleSearch.requiredPhrases("\"war or peace\""), "or inside a phrase");
        assertEquals(List.of("soft landing"), ArticleSearch.requiredPhrases("\"soft landing"), "unclosed quote");
        assertEquals(List.of(), ArticleSearch.requiredPhrases("bitcoin -etf"));
    }
}
