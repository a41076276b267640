package io.macrodigest.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.macrodigest.support.FixtureServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class ArticleResourceTest {

    static final String KEY = "Bearer test-key-2";
    static final String PAGE = FixtureServer.readText("/pages/ecb-holds-rates.html");
    /** The same page without its rel=canonical, so that each test URL is an article of its own. */
    static final String UNANCHORED = PAGE.replaceAll("<link rel=\"canonical\"[^>]*>", "");
    static FixtureServer web;

    @BeforeAll
    static void startWeb() {
        web = new FixtureServer()
                .html("/economy/ecb-holds-rates", PAGE)
                .page("/feed.json", 200, "application/json", "{}".getBytes())
                .page("/gone", 404, "text/html", "<p>gone</p>".getBytes())
                .handle("/loop", ex -> {
                    ex.getResponseHeaders().set("Location", "/loop");
                    FixtureServer.send(ex, 302, new byte[0]);
                });
    }

    @AfterAll
    static void stopWeb() {
        web.close();
    }

    static String uniqueUrl() {
        return "https://news.example.org/markets/" + UUID.randomUUID();
    }

    static Response post(Object body) {
        return given().header("Authorization", KEY).contentType(ContentType.JSON).body(body)
                .when().post("/api/articles");
    }

    @Test
    void givenPagesMayBeLargerThanTheJsonCapButNotThanTheHtmlCap() {
        // 1.5 MiB of page: over the 1 MiB JSON cap, under the 5 MiB HTML cap
        String padding = "<!-- " + "x".repeat(1536 * 1024) + " -->";
        post(Map.of("url", uniqueUrl(), "html", UNANCHORED.replace("</body>", padding + "</body>")))
                .then().statusCode(201).body("title", containsString("ECB holds rates"));
        String huge = UNANCHORED.replace("</body>", "<!-- " + "x".repeat(5 * 1024 * 1024) + " --></body>");
        post(Map.of("url", uniqueUrl(), "html", huge)).then().statusCode(413)
                .contentType("application/problem+json").body("detail", containsString("html"));
    }

    @Test
    void ingestsGivenHtmlAndStoresTheAnalysis() {
        String url = uniqueUrl();
        Response created = post(Map.of("url", url, "html", UNANCHORED));
        created.then().statusCode(201)
                .header("Location", containsString("/api/articles/"))
                .body("title", containsString("ECB holds rates"))
                .body("status", equalTo("analyzed"))
                .body("contentHash", notNullValue())
                .body("analysis.summary", notNullValue())
                .body("analysis.engine", equalTo("embedded"))
                .body("analysis.drivers.driver", hasItem("rates"));
        long id = created.jsonPath().getLong("id");
        given().when().get(created.header("Location")).then().statusCode(200)
                .body("id", equalTo((int) id))
                .body("text", containsString("European Central Bank"));
    }

    @Test
    void ingestingTheSameUrlTwiceUpdatesInsteadOfDuplicating() {
        String url = uniqueUrl();
        long first = post(Map.of("url", url, "html", UNANCHORED)).then().statusCode(201).extract().jsonPath().getLong("id");
        String changed = UNANCHORED.replace("left its deposit rate at 2%", "cut its deposit rate to 1.75%");
        long second = post(Map.of("url", url + "?utm_source=x#top", "html", changed)).then().statusCode(200)
                .extract().jsonPath().getLong("id");
        assertEquals(first, second);
        given().when().get("/api/articles/" + first).then().statusCode(200)
                .body("text", containsString("cut its deposit rate to 1.75%"));
    }

    @Test
    void aPageDeclaringACanonicalUrlIsStoredOnceWhateverUrlItCameFrom() {
        String host = "https://" + UUID.randomUUID() + ".example.org";
        long first = post(Map.of("url", host + "/a?utm_medium=email", "html", PAGE)).then().statusCode(201)
                .body("canonicalUrl", equalTo(host + "/economy/ecb-holds-rates")).extract().jsonPath().getLong("id");
        long second = post(Map.of("url", host + "/amp/b", "html", PAGE)).then().statusCode(200)
                .extract().jsonPath().getLong("id");
        assertEquals(first, second);
    }

    @Test
    void fetchesThePageItselfAndKeysItByItsCanonicalUrl() {
        Response created = post(Map.of("url", web.url("/economy/ecb-holds-rates")));
        created.then().statusCode(201)
                .body("canonicalUrl", equalTo(web.url("/economy/ecb-holds-rates")))
                .body("siteName", equalTo("Test Gazette"))
                .body("publishedAt", equalTo("2025-11-20T09:15:00Z"))
                .body("analysis.quotes.text", everyItem(notNullValue()));
    }

    @Test
    void aFailedFetchIsA502AndStoresNothing() {
        long before = countAll();
        for (String path : List.of("/gone", "/feed.json", "/loop")) {
            post(Map.of("url", web.url(path))).then().statusCode(502)
                    .contentType("application/problem+json")
                    .body("title", equalTo("Fetch failed"))
                    .body("detail", notNullValue());
        }
        assertEquals(before, countAll());
    }

    @Test
    void urlsIntoTheInternalNetworkAreRefusedAndNothingIsStored() {
        long before = countAll();
        for (String url : List.of("http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/admin", "http://[::1]/",
                "http://192.168.1.1/")) {
            post(Map.of("url", url)).then().statusCode(400).contentType("application/problem+json")
                    .body("title", equalTo("URL refused")).body("detail", containsString("refused"));
        }
        assertEquals(before, countAll());
    }

    @Test
    void writesNeedAValidKey() {
        given().contentType(ContentType.JSON).body(Map.of("url", uniqueUrl(), "html", PAGE))
                .when().post("/api/articles").then().statusCode(401)
                .contentType("application/problem+json").body("status", equalTo(401));
        given().header("Authorization", "Bearer wrong").contentType(ContentType.JSON)
                .body(Map.of("url", uniqueUrl(), "html", PAGE))
                .when().post("/api/articles").then().statusCode(401).body("detail", containsString("not valid"));
    }

    @Test
    void badRequestsAreExplainedAsProblems() {
        post("{\"url\": ").then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Malformed JSON"));
        post(Map.of("html", PAGE)).then().statusCode(400).body("detail", containsString("'url' is required"));
        post(Map.of("url", "file:///etc/passwd")).then().statusCode(400).body("detail", containsString("http"));
        post(Map.of("url", "not a url")).then().statusCode(400).body("status", equalTo(400));
        post("[1,2]").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void unknownIdIs404() {
        given().when().get("/api/articles/987654321").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("987654321"))
                .body("instance", endsWith("/api/articles/987654321"));
    }

    @Test
    void listsFilterAndPageWithACursor() {
        String tag = "zqxmarker" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100000);
        for (int i = 0; i < 5; i++) {
            post(Map.of("url", uniqueUrl(), "html", UNANCHORED.replace("Bond markets", "Bond markets " + tag))).then()
                    .statusCode(201);
        }
        Set<Integer> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("q", tag).queryParam("limit", 2).queryParam("driver", "rates");
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.when().get("/api/articles");
            page.then().statusCode(200);
            List<Integer> ids = page.jsonPath().getList("items.id");
            ids.forEach(id -> assertTrue(seen.add(id), "no item repeats across pages"));
            cursor = page.jsonPath().getString("nextCursor");
            pages++;
        } while (cursor != null);
        assertEquals(5, seen.size());
        assertEquals(3, pages);
        given().queryParam("q", tag).queryParam("from", "2100-01-01").when().get("/api/articles").then()
                .statusCode(200).body("items.size()", equalTo(0)).body("nextCursor", nullValue());
    }

    @Test
    void listParametersAreValidated() {
        given().queryParam("driver", "weather").when().get("/api/articles").then().statusCode(400)
                .body("detail", containsString("risk-appetite"));
        given().queryParam("limit", 0).when().get("/api/articles").then().statusCode(400);
        given().queryParam("from", "yesterday").when().get("/api/articles").then().statusCode(400);
        given().queryParam("cursor", "garbage!").when().get("/api/articles").then().statusCode(400);
        given().queryParam("sentiment", "angry").when().get("/api/articles").then().statusCode(400);
    }

    private static long countAll() {
        long total = 0;
        String cursor = null;
        do {
            var request = given().queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.when().get("/api/articles");
            total += page.jsonPath().getList("items").size();
            cursor = page.jsonPath().getString("nextCursor");
        } while (cursor != null);
        assertNotEquals(-1, total);
        return total;
    }
}
