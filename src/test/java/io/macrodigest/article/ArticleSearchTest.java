package io.macrodigest.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArticleSearchTest {

    @Test
    void snippetsHighlightEverySearchedWordButNoExcludedOne() {
        assertEquals("balance or sheet or runoff", ArticleSearch.anyWordOf("\"balance sheet\" runoff"));
        assertEquals("bitcoin", ArticleSearch.anyWordOf("bitcoin -etf"));
        assertEquals("gold or copper", ArticleSearch.anyWordOf("gold OR copper"));
        assertEquals("-etf", ArticleSearch.anyWordOf("-etf"), "nothing left to highlight: the query as given");
    }
}
