package io.macrodigest.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.macrodigest.search.ArticleFilter;
import io.macrodigest.search.ArticleQuery;
import io.macrodigest.search.CachedSearch;
import io.macrodigest.search.SearchResult;
import io.macrodigest.support.Sql;
import io.macrodigest.support.TestArticles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class SearchResourceTest {

    @Inject
    Sql sql;

    @Inject
    CachedSearch cachedSearch;

    static String daysAgo(int days) {
        return Instant.now().minus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    @Test
    void aRepeatedSearchIsAnsweredFromTheCacheUntilAnArticleChanges() {
        String m = TestArticles.marker();
        TestArticles.ingest("Repo rates " + m, daysAgo(1), "Overnight repo rates " + m + " eased.");
        ArticleQuery query = new ArticleQuery(new ArticleFilter(m, null, null, null, null, null, null, null), 20, null);
        SearchResult first = cachedSearch.search(query, true);
        assertEquals(1, first.total());
        assertSame(first, cachedSearch.search(query, true), "the unchanged data answers from the cache");
        // any article write bumps the data version, which every cached page is tied to
        TestArticles.ingest("Repo rates " + m + " again", daysAgo(1), "Repo rates " + m + " eased again.");
        given().queryParam("q", m).when().get("/api/search").then().statusCode(200).body("total", equalTo(2));
        assertEquals(2, cachedSearch.search(query, true).total());
    }

    @Test
    void malformedPagingAndFilterParametersAreBadRequestsNotMissingPages() {
        for (Map<String, String> params : List.of(Map.of("q", "rates", "limit", "ten"), Map.of("limit", "0"),
                Map.of("q", "rates", "facets", "maybe"), Map.of("asset", "x".repeat(65)))) {
            given().queryParams(params).when().get("/api/search").then().statusCode(400)
                    .contentType("application/problem+json").body("title", equalTo("Bad request"));
        }
        given().queryParam("limit", "many").when().get("/api/articles").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("'limit'"));
        given().queryParam("q", "rates").queryParam("facets", "FALSE").when().get("/api/search").then()
                .statusCode(200).body("facets.drivers.size()", equalTo(0));
    }

    @Test
    void ranksTitleMatchesAndFresherArticlesFirst() {
        String m = TestArticles.marker();
        long oldTitle = TestArticles.ingest("Central bank " + m + " pause", "2023-01-10T08:00:00Z",
                "The central bank held policy steady in January.");
        long freshTitle = TestArticles.ingest("Central bank " + m + " pause", daysAgo(1),
                "The central bank held policy steady this week.");
        long bodyOnly = TestArticles.ingest("Markets wrap", "2023-01-10T08:00:00Z",
                "Traders also watched " + m + " closely as the week ended.");
        Response r = given().queryParam("q", m).when().get("/api/search");
        r.then().statusCode(200).body("sort", equalTo("relevance")).body("total", equalTo(3));
        List<Long> ids = r.jsonPath().getList("items.id", Long.class);
        assertEquals(List.of(freshTitle, oldTitle, bodyOnly), ids);
        List<Float> scores = r.jsonPath().getList("items.score", Float.class);
        assertTrue(scores.get(0) > scores.get(1) && scores.get(1) > scores.get(2), "scores fall: " + scores);
    }

    @Test
    void webSearchSyntaxPhrasesOrAndExclusionAlsoSearchTheAnalysis() {
        String m = TestArticles.marker();
        long alpha = TestArticles.ingest("Yields climb " + m, daysAgo(2),
                "Bond yields rose to a fresh high as \"inflation pressure " + m + " stays sticky,\" the strategist said.");
        long beta = TestArticles.ingest("Dollar slips " + m, daysAgo(2), "The dollar slipped against the yen " + m + ".");
        given().queryParam("q", "\"inflation pressure " + m + "\"").when().get("/api/search").then().statusCode(200)
                .body("items.id", equalTo(List.of((int) alpha)));
        given().queryParam("q", m + " -yen").when().get("/api/search").then()
                .body("items.id", equalTo(List.of((int) alpha)));
        given().queryParam("q", "yen or inflation " + m).when().get("/api/search").then().body("total", equalTo(2));
        // a sentence the analysis turned into an insight is found, and the hit tells where it matched
        given().queryParam("q", m + " climb").queryParam("limit", 5).when().get("/api/search").then()
                .body("items.id", hasItem((int) alpha)).body("items.id", not(hasItem((int) beta)));
    }

    @Test
    void aPhraseMatchesOnlyWhereItsWordsStandTogetherWhateverElseTheQuerySays() {
        String m = TestArticles.marker();
        long together = TestArticles.ingest("Runoff ends " + m, daysAgo(1),
                "The central bank ends its balance sheet runoff " + m + " next month, as reserves near ample.");
        long apart = TestArticles.ingest("Trade gap " + m, daysAgo(1),
                "The trade balance improved while the sheet of tariffs " + m + " grew longer.");
        long stopWords = TestArticles.ingest("Payments " + m, daysAgo(1),
                "The balance of payments " + m + " swung into surplus.");
        given().queryParam("q", "\"balance sheet\" " + m).when().get("/api/search").then().statusCode(200)
                .body("total", equalTo(1)).body("items.id", equalTo(List.of((int) together)));
        given().queryParam("q", "\"balance sheet runoff " + m + "\"").when().get("/api/search").then()
                .body("items.id", equalTo(List.of((int) together)));
        given().queryParam("q", "\"balance of payments\" " + m).when().get("/api/search").then()
                .body("items.id", equalTo(List.of((int) stopWords)));
        // under an OR the phrase is one alternative; excluded, it must not narrow the matches to itself
        given().queryParam("q", "\"balance sheet runoff " + m + "\" or \"tariffs " + m + "\"").when().get("/api/search")
                .then().body("total", equalTo(2));
        given().queryParam("q", m + " -\"balance sheet\"").when().get("/api/search").then()
                .body("total", equalTo(2)).body("items.id", not(hasItem((int) together)));
        given().queryParam("q", "balance sheet " + m).when().get("/api/search").then()
                .body("items.id", hasItem((int) apart)).body("items.id", hasItem((int) together));
    }

    @Test
    void theAnalysisIsSearchedAndABodyOnlyMatchIsHighlightedFromTheBody() {
        String m = TestArticles.marker();
        String body = "The Fed signalled a rate cut in December as inflation cooled."
                + " Officials said the labour market had lost momentum over the autumn and hiring had slowed in most regions."
                + " The statement gave no date for the move and left the size of any later steps open."
                + " Two-year Treasury yields fell sharply after the statement as investors added to bets on lower rates.";
        long cut = TestArticles.ingest("Fed move " + m, daysAgo(1), body);
        String impact = given().when().get("/api/articles/" + cut).then().statusCode(200).extract().jsonPath()
                .getString("analysis.insights.find { it.impact != null }.impact");
        assertNotNull(impact, "an insight with the impact the engine wrote");
        // a word the engine wrote into the impact, found nowhere in the article itself
        String word = java.util.Arrays.stream(impact.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+"))
                .filter(w -> w.length() > 5 && !("fed move " + body).toLowerCase(java.util.Locale.ROOT).contains(w))
                .findFirst().orElseThrow(() -> new AssertionError("no distinctive word in " + impact));
        Response r = given().queryParam("q", m + " " + word).when().get("/api/search");
        r.then().statusCode(200).body("items.id", equalTo(List.of((int) cut)));
        assertTrue(r.jsonPath().getString("items[0].snippet").toLowerCase(java.util.Locale.ROOT).contains("<mark>" + word),
                r.asString());

        long bodyOnly = TestArticles.ingest("Markets wrap", daysAgo(1),
                "Late in the session traders priced " + m + " risk again before the close.");
        given().queryParam("q", m + " traders").when().get("/api/search").then().statusCode(200)
                .body("items.id", equalTo(List.of((int) bodyOnly)))
                .body("items[0].snippet", containsString("<mark>" + m + "</mark>"));
    }

    @Test
    void snippetsMarkMatchesAndEscapeEverythingElse() {
        String m = TestArticles.marker();
        TestArticles.ingest("Scripted " + m, daysAgo(1),
                "The memo said &lt;script&gt;alert(1)&lt;/script&gt; next to " + m + " &amp; \"R&amp;D\" more.");
        String snippet = given().queryParam("q", m).when().get("/api/search").then().statusCode(200)
                .extract().jsonPath().getString("items[0].snippet");
        assertTrue(snippet.contains("<mark>" + m + "</mark>"), snippet);
        assertTrue(snippet.contains("&amp;") && snippet.contains("&quot;R&amp;D&quot;"), snippet);
        assertTrue(!snippet.replace("<mark>", "").replace("</mark>", "").contains("<"), snippet);
    }

    @Test
    void filtersByDriverToneAssetSourceLanguageAndDates() {
        String m = TestArticles.marker();
        long up = TestArticles.ingest("Yields " + m + " up", daysAgo(3),
                "Treasury yields rose with strong gains as the rally surged.");
        long down = TestArticles.ingest("Yields " + m + " down", daysAgo(3),
                "Treasury yields fell after losses and a weak decline.");
        long source = sql.id("insert into source (url, kind, title) values (?1, 'rss', 'Wire " + m + "') returning id",
                "https://wire.example.org/" + m + ".xml");
        // the tones are set here: this test is about filtering, not about how the analysis scores these sentences
        sql.run("update article_driver set tone = 0.6 where article_id = ?1 and driver = 'RATES'", up);
        sql.run("update article_driver set tone = -0.6 where article_id = ?1 and driver = 'RATES'", down);
        // after the assets the analysis tagged itself (positions are a dense list index)
        sql.run("insert into article_asset (article_id, position, asset, sentiment, mentions)"
                + " select ?1, coalesce(max(position) + 1, 0), 'BTC', 0.4, 2 from article_asset where article_id = ?1", up);
        sql.run("update article set source_id = ?1 where id = ?2", source, up);
        // as ArticleStore does after writing an analysis: the search row takes the drivers and assets as its tags
        sql.run("call article_refresh_search(?1)", up);
        sql.run("call article_refresh_search(?1)", down);

        given().queryParam("q", m).queryParam("driver", "rates:+").when().get("/api/search").then()
                .body("items.id", equalTo(List.of((int) up)));
        given().queryParam("q", m).queryParam("driver", "rates").queryParam("tone", "negative").when()
                .get("/api/search").then().body("items.id", equalTo(List.of((int) down)));
        given().queryParam("q", m).queryParam("asset", "btc").when().get("/api/search").then()
                .body("items.id", equalTo(List.of((int) up)));
        given().queryParam("q", m).queryParam("source", source).when().get("/api/search").then()
                .body("items.id", equalTo(List.of((int) up)));
        given().queryParam("q", m).queryParam("lang", "de").when().get("/api/search").then().body("total", equalTo(0));
        given().queryParam("q", m).queryParam("from", "2000-01-01").queryParam("to", "2000-12-31").when()
                .get("/api/search").then().body("total", equalTo(0));
        // the listing keeps its contract and takes the new filters too
        given().queryParam("q", m).queryParam("driver", "rates:-").when().get("/api/articles").then()
                .body("items.id", equalTo(List.of((int) down))).body("nextCursor", equalTo(null));

        Response all = given().queryParam("q", m).when().get("/api/search");
        all.then().body("facets.counted", equalTo(2)).body("facets.drivers.find { it.value == 'rates' }.count", equalTo(2))
                .body("facets.assets.find { it.value == 'BTC' }.count", equalTo(1))
                .body("facets.sources[0].value", equalTo(String.valueOf(source)))
                .body("facets.sources[0].label", containsString(m));
    }

    @Test
    void theCursorWalksTheRankedOrderWithoutRepeatsOrGaps() {
        String m = TestArticles.marker();
        for (int i = 0; i < 5; i++) {
            TestArticles.ingest("Liquidity " + m + (i % 2 == 0 ? " " + m : ""), daysAgo(i * 3),
                    "Money markets " + m + " watched liquidity as reserves changed.");
        }
        List<Long> all = given().queryParam("q", m).queryParam("limit", 10).when().get("/api/search").jsonPath()
                .getList("items.id", Long.class);
        List<Long> paged = new ArrayList<>();
        String cursor = null;
        do {
            var req = given().queryParam("q", m).queryParam("limit", 2).queryParam("facets", false);
            if (cursor != null) {
                req.queryParam("cursor", cursor);
            }
            Response page = req.when().get("/api/search");
            page.then().statusCode(200);
            paged.addAll(page.jsonPath().getList("items.id", Long.class));
            cursor = page.jsonPath().getString("nextCursor");
        } while (cursor != null);
        assertEquals(all, paged);
        assertEquals(5, paged.size());
    }

    @Test
    void badParametersAreProblems() {
        given().queryParam("driver", "rates:?").when().get("/api/search").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("tone", "positive").when().get("/api/search").then().statusCode(400)
                .body("detail", containsString("driver"));
        given().queryParam("source", "abc").when().get("/api/search").then().statusCode(400);
        TestArticles.ingest("Cursor " + TestArticles.marker(), daysAgo(1), "Rates were discussed.");
        TestArticles.ingest("Cursor " + TestArticles.marker(), daysAgo(1), "Rates were discussed again.");
        // a cursor of the newest-first listing cannot continue a ranked search
        String listing = given().queryParam("limit", 1).when().get("/api/articles").jsonPath().getString("nextCursor");
        given().queryParam("q", "rates").queryParam("cursor", listing).when().get("/api/search").then().statusCode(400);
    }
}
