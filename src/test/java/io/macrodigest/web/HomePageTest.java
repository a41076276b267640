package io.macrodigest.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.macrodigest.support.FixtureServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class HomePageTest {

    @Test
    void showsSearchBoxAndLatestArticlesWithDriverTags() {
        String summary = given().header("Authorization", "Bearer test-key-1").contentType(ContentType.JSON)
                .body(Map.of("url", "https://home.example.net/" + UUID.randomUUID(),
                        "html", FixtureServer.readText("/pages/ecb-holds-rates.html")))
                .when().post("/api/articles").then().statusCode(201).extract().path("analysis.summary");
        given().when().get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<input id=\"q\" type=\"search\" name=\"q\""))
                .body(containsString("ECB holds rates"))
                .body(containsString(escaped(summary)))
                .body(containsString("rates:"));
        given().queryParam("q", "<script>alert(1)</script>").when().get("/").then().statusCode(200)
                .body(containsString("&lt;script&gt;"));
    }

    /** The summary as Qute prints it into the page. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
