package io.macrodigest.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;

/** Stores test articles through the API, with a headline, body and date of the test's choosing. */
public final class TestArticles {

    private TestArticles() {
    }

    /** A small news page; {@code body} sentences decide the drivers the embedded engine finds. */
    public static String page(String title, String publishedAt, String body) {
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%1$s</title>
                <meta property="og:site_name" content="Test Wire">
                <meta property="article:published_time" content="%2$s"></head>
                <body><article><h1>%1$s</h1><p>%3$s</p>
                <p>Analysts at several banks said the outlook remained uncertain for the coming months.</p>
                </article></body></html>""".formatted(title, publishedAt, body);
    }

    /** Ingests the page at a fresh URL and answers the new article's id. */
    public static long ingest(String title, String publishedAt, String body) {
        return given().header("Authorization", "Bearer test-key-1").contentType(ContentType.JSON)
                .body(Map.of("url", "https://wire.example.org/" + UUID.randomUUID(), "html", page(title, publishedAt, body)))
                .when().post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A marker word no other test uses, so that searches see only this test's articles. */
    public static String marker() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
