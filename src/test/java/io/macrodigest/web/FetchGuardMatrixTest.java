package io.macrodigest.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.macrodigest.support.FixtureServer;
import io.macrodigest.support.LoopbackOnlySocketOpener;
import io.macrodigest.support.Sql;
import io.macrodigest.support.TestHostResolver;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Hostile URLs at the two doors that take one (ingest and source registration), and hostile redirects from a
 * loopback fixture server: each is refused with a 400 problem and stores nothing. The test's connect step
 * (LoopbackOnlySocketOpener) fails on any non-loopback address and the test resolver answers only our names,
 * so even a broken guard sends nothing off this machine. The test profile allows 127.0.0.1/32 (the fixture
 * server), so loopback is attacked through 127.0.0.2 and other spellings.
 */
@QuarkusTest
class FetchGuardMatrixTest {

    static final String KEY = "Bearer test-key-1";
    static FixtureServer web;

    @Inject
    Sql sql;

    /** Hostile by their own address, however spelled. */
    static final List<String> HOSTILE = List.of(
            // IANA IPv4 special-purpose ranges, multicast and broadcast
            "http://0.0.0.0/", "http://0.1.2.3/", "http://10.0.0.1/", "http://10.255.255.255:8080/admin",
            "http://100.64.0.1/", "http://100.127.255.254/", "http://127.0.0.2/", "http://127.255.255.254/",
            "http://169.254.169.254/latest/meta-data/", "http://169.254.0.1/", "http://172.16.0.1/",
            "http://172.31.255.255/", "http://192.0.0.1/", "http://192.0.0.170/", "http://192.0.2.1/",
            "http://192.31.196.1/", "http://192.52.193.1/", "http://192.88.99.1/", "http://192.168.0.1/",
            "http://192.175.48.1/", "http://198.18.0.1/", "http://198.19.255.255/", "http://198.51.100.7/",
            "http://203.0.113.9/", "http://224.0.0.1/", "http://239.255.255.250:1900/", "http://240.0.0.1/",
            "http://255.255.255.255/",
            // other spellings of internal IPv4 addresses, as browsers and curl read them
            "http://0177.0.0.2/", "http://0x7f.0.0.2/", "http://0x7f000002/", "http://2130706434/", "http://127.0.2/",
            "http://017700000002/", "http://0xa9fea9fe/", "http://2852039166/", "http://0251.0376.0251.0376/",
            "http://0xa9.0xfe.0xa9.0xfe/", "http://10.1/", "http://012.1/", "http://0/", "http://0x0/",
            "http://127.0.0.2./", "http://%31%32%37.0.0.2/", "http://１２７.０.０.２/", "http://127。0。0。2/",
            "http://user:pass@10.0.0.1/", "http://10.0.0.1:80/",
            // IPv6, and IPv6 forms that carry an internal IPv4 address
            "http://[::1]/", "http://[::]/", "http://[::ffff:127.0.0.2]/", "http://[::ffff:7f00:2]/",
            "http://[::ffff:169.254.169.254]/", "http://[0:0:0:0:0:ffff:10.0.0.1]/", "http://[::127.0.0.2]/",
            "http://[64:ff9b::7f00:2]/", "http://[64:ff9b::a9fe:a9fe]/", "http://[64:ff9b:1::1]/",
            "http://[2002:7f00:2::]/", "http://[2002:a9fe:a9fe::1]/", "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/",
            "http://[2001:0:7f00:2::]/", "http://[fc00::1]/", "http://[fd12:3456::1]/", "http://[fe80::1]/",
            "http://[fec0::1]/", "http://[ff02::1]/", "http://[100::1]/", "http://[2001:db8::1]/", "http://[3fff::1]/",
            "http://[2001:2::1]/", "http://[5f00::1]/",
            // names that resolve (through the test resolver) into the internal network
            "http://internal.test/", "https://metadata.test/latest/meta-data/", "http://mixed.test/",
            "http://v6only.test/", "http://INTERNAL.TEST./", "http://bücher.test/",
            // hosts no browser could reach, and other schemes
            "http://1.2.3.4.5/", "http://0x100.0.0.1/", "http://256.256.256.256/", "http://08.0.0.1/",
            "http://[fe80::1%25eth0]/", "file:///etc/passwd", "ftp://example.org/x", "gopher://127.0.0.1:70/",
            "jar:http://127.0.0.2/x.jar!/", "dict://127.0.0.2:11211/");

    /** Where a fixture page redirects to: each must be refused before it is requested. */
    static final List<String> REDIRECT_TARGETS = List.of(
            "http://169.254.169.254/latest/meta-data/", "http://10.0.0.8/admin", "http://[::1]:8080/",
            "http://127.0.0.2:%PORT%/page", "http://0177.0.0.2:%PORT%/page", "http://0x7f000002:%PORT%/page",
            "http://2130706434:%PORT%/page", "http://192.0.0.1/", "http://100.64.0.1/", "http://[::ffff:10.0.0.1]/",
            "http://[64:ff9b::a9fe:a9fe]/", "http://[2002:a00:1::]/", "http://[fd00::1]/", "http://internal.test/",
            "http://metadata.test/", "//10.0.0.1/", "//0x7f.0.0.2:%PORT%/page", "file:///etc/passwd",
            "gopher://127.0.0.1:70/", "http://1.2.3.4.5/");

    @BeforeAll
    static void start() {
        TestHostResolver.map("internal.test", "10.0.0.5");
        TestHostResolver.map("metadata.test", "169.254.169.254");
        TestHostResolver.map("mixed.test", "93.184.216.34", "192.168.0.10");
        TestHostResolver.map("v6only.test", "fd00::1");
        TestHostResolver.map("xn--bcher-kva.test", "100.64.0.9");
        TestHostResolver.map("fixture.test", "127.0.0.1");
        web = new FixtureServer()
                .html("/page", "<html><head><title>Rates held</title></head><body><article><h1>Rates held</h1>"
                        + "<p>The central bank held its policy rate at 4% on Thursday, as inflation cooled for a third"
                        + " month and officials signalled patience before any cut.</p></article></body></html>")
                .handle("/redirect", ex -> {
                    String to = ex.getRequestURI().getRawQuery().substring("to=".length());
                    ex.getResponseHeaders().set("Location",
                            java.net.URLDecoder.decode(to, StandardCharsets.UTF_8).replace("%PORT%", port()));
                    FixtureServer.send(ex, 302, new byte[0]);
                })
                .handle("/chain", ex -> {
                    ex.getResponseHeaders().set("Location", "http://fixture.test:" + port() + "/redirect?to="
                            + URLEncoder.encode("http://internal.test/", StandardCharsets.UTF_8));
                    FixtureServer.send(ex, 301, new byte[0]);
                });
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @AfterEach
    void nothingLeftThisMachine() {
        assertEquals(List.of(), LoopbackOnlySocketOpener.violations());
    }

    static String port() {
        return String.valueOf(java.net.URI.create(web.url("/")).getPort());
    }

    static Stream<String> hostile() {
        return HOSTILE.stream();
    }

    static Stream<String> redirects() {
        List<String> urls = new ArrayList<>();
        for (String target : REDIRECT_TARGETS) {
            urls.add(web.url("/redirect?to=" + URLEncoder.encode(target, StandardCharsets.UTF_8)));
        }
        urls.add(web.url("/chain"));
        return urls.stream();
    }

    @Test
    void theMatrixIsLargeEnough() {
        assertTrue(HOSTILE.size() + REDIRECT_TARGETS.size() >= 60, "" + HOSTILE.size() + REDIRECT_TARGETS.size());
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void ingestRefusesHostileUrls(String url) {
        long before = sql.id("select count(*) from article");
        refusal("/api/articles", url)
                .body("title", anyOf(equalTo("URL refused"), equalTo("Bad request")))
                .body("detail", anyOf(startsWith("refused: "), startsWith("'url'")));
        assertEquals(before, sql.id("select count(*) from article"));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void sourceRegistrationRefusesHostileUrls(String url) {
        long before = sql.id("select count(*) from source");
        refusal("/api/sources", url).body("title", anyOf(equalTo("URL refused"), equalTo("Bad request")));
        assertEquals(before, sql.id("select count(*) from source"));
    }

    @ParameterizedTest
    @MethodSource("redirects")
    void redirectsIntoTheInternalNetworkAreRefusedBeforeTheyAreFollowed(String url) {
        int pageHits = web.hits("/page");
        long before = sql.id("select count(*) from article");
        refusal("/api/articles", url).body("title", equalTo("URL refused")).body("detail", startsWith("refused: "));
        assertEquals(pageHits, web.hits("/page"), "the refused hop was never requested");
        assertEquals(before, sql.id("select count(*) from article"));
    }

    /** Posts {@code url} where the service would fetch it, expecting a 400 problem document. */
    private static ValidatableResponse refusal(String path, String url) {
        return given().header("Authorization", KEY).contentType(ContentType.JSON).body(Map.of("url", url))
                .when().post(path)
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
    }

    @Test
    void anOctalHostIsTheAddressCurlWouldReach() {
        // 0177.0.0.1 is 127.0.0.1 (allowed in tests), not the public 177.0.0.1
        String url = "http://0177.0.0.1:" + port() + "/page";
        given().header("Authorization", KEY).contentType(ContentType.JSON).body(Map.of("url", url))
                .when().post("/api/articles")
                .then().statusCode(anyOf(equalTo(201), equalTo(200)))
                .body("url", equalTo("http://127.0.0.1:" + port() + "/page"));
        assertTrue(LoopbackOnlySocketOpener.attempts().stream()
                .noneMatch(a -> a.getAddress().getHostAddress().equals("177.0.0.1")));
    }
}
