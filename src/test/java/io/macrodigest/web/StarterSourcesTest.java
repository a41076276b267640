package io.macrodigest.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.macrodigest.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The curated starter feeds: offered on /sources, imported once through the page's form or the API, with the
 * API key either way. Every import here adds them paused, so no feed of the list is ever fetched by a test: the
 * test checks that no poll is scheduled for any of them.
 */
@QuarkusTest
class StarterSourcesTest {

    static final String KEY = "Bearer test-key-1";

    @Inject
    Sql sql;

    @Test
    void theStarterFeedsAreImportedOnceInOneClickAndNothingIsPolled() {
        List<String> offered = given().when().get("/api/sources/starter").then().statusCode(200)
                .extract().jsonPath().getList("url");
        assertTrue(offered.size() >= 20, "feeds: " + offered);
        assertTrue(offered.contains("https://www.federalreserve.gov/feeds/press_all.xml"));
        assertTrue(registered(offered).isEmpty(), "shipped, not registered until imported");
        given().when().get("/sources").then().statusCode(200)
                .body(containsString("<form class=\"search\" method=\"post\" action=\"/sources/starter\""))
                .body(containsString("<label for=\"starter-key\">API key</label>"))
                .body(containsString(offered.size() + " public feeds"));

        // writes need the key, from the page as from the API
        given().redirects().follow(false).formParam("paused", "true").when().post("/sources/starter").then()
                .statusCode(401).contentType(containsString("text/html"));
        given().redirects().follow(false).formParam("key", "not-a-key").formParam("paused", "true").when()
                .post("/sources/starter").then().statusCode(401);
        given().queryParam("enabled", "false").when().post("/api/sources/starter").then().statusCode(401)
                .contentType("application/problem+json");
        given().header("Authorization", KEY).queryParam("enabled", "maybe").when().post("/api/sources/starter")
                .then().statusCode(400);
        assertTrue(registered(offered).isEmpty(), "a refused import adds nothing");

        JsonPath imported = given().header("Authorization", KEY).queryParam("enabled", "false").when()
                .post("/api/sources/starter").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> created = imported.getList("created");
        assertEquals(offered.size(), created.size(), "skipped: " + imported.getList("skipped"));
        List<Long> ids = created.stream().map(s -> ((Number) s.get("id")).longValue()).toList();
        try {
            for (Map<String, Object> source : created) {
                assertEquals(false, source.get("enabled"), source.toString());
                assertNull(((Map<?, ?>) source.get("status")).get("nextPollAt"), source.toString());
            }
            assertTrue(imported.getString("created.find { it.url.contains('ecb.europa.eu') }.tags")
                    .contains("central-banks"));
            String names = ids.stream().map(id -> "'source-" + id + "'").collect(Collectors.joining(","));
            assertEquals(0, sql.id("select count(*) from qrtz_triggers where trigger_name in (" + names + ")"),
                    "no poll is scheduled for a paused source");

            // a second import, here through the page's form, adds nothing
            String location = given().redirects().follow(false).formParam("key", "test-key-2")
                    .formParam("paused", "true").when().post("/sources/starter").then().statusCode(303)
                    .extract().header("Location");
            assertTrue(location.endsWith("/sources?imported=0&known=" + offered.size()), location);
            given().when().get("/sources?imported=0&known=" + offered.size()).then().statusCode(200)
                    .body(containsString("Imported 0 feeds; " + offered.size() + " were already registered"));
            Set<String> urls = created.stream().map(s -> (String) s.get("url")).collect(Collectors.toSet());
            List<String> stored = given().when().get("/api/sources").then().extract().jsonPath().getList("url");
            assertEquals(urls.size(), stored.stream().filter(urls::contains).count(), "no duplicates");
            assertEquals(urls.size(), new HashSet<>(stored).stream().filter(urls::contains).count());
            for (long id : ids) {
                Map<String, Object> status = given().when().get("/api/sources/" + id).then().extract().path("status");
                assertNull(status.get("lastSuccessAt"));
                assertNull(status.get("lastErrorAt"));
            }
        } finally {
            ids.forEach(id -> given().header("Authorization", KEY).when().delete("/api/sources/" + id));
        }
    }

    private static List<String> registered(List<String> urls) {
        List<String> stored = given().when().get("/api/sources").then().statusCode(200).extract().jsonPath()
                .getList("url");
        return stored.stream().filter(urls::contains).toList();
    }
}
