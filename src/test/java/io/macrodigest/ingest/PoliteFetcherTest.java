package io.macrodigest.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.macrodigest.support.FixtureServer;
import io.quarkus.test.junit.QuarkusTest;

/** Every hostile or unusual response ends in a page or a clear error, never a hang. */
@QuarkusTest
class PoliteFetcherTest {

    static final byte[] PAGE = "<html><body><article><p>Rates held.</p></article></body></html>"
            .getBytes(StandardCharsets.UTF_8);
    static FixtureServer web;
    /** A server of its own: its Retry-After holds back every later request to it. */
    static FixtureServer overloaded;
    static final AtomicInteger throttled = new AtomicInteger();

    @Inject
    PoliteFetcher fetcher;

    @BeforeAll
    static void start() {
        web = new FixtureServer()
                .page("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /members/\n".getBytes())
                .handle("/gzip", ex -> {
                    ex.getResponseHeaders().set("Content-Type", "text/html");
                    ex.getResponseHeaders().set("Content-Language", "en-GB");
                    ex.getResponseHeaders().set("Content-Encoding", "gzip");
                    FixtureServer.send(ex, 200, gzip(PAGE));
                })
                .handle("/conditional", ex -> {
                    if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                        FixtureServer.send(ex, 304, new byte[0]);
                        return;
                    }
                    ex.getResponseHeaders().set("Content-Type", "text/html");
                    ex.getResponseHeaders().set("ETag", "\"v1\"");
                    ex.getResponseHeaders().set("Last-Modified", "Thu, 20 Nov 2025 10:00:00 GMT");
                    FixtureServer.send(ex, 200, PAGE);
                })
                .handle("/busy", ex -> {
                    if (throttled.getAndIncrement() == 0) {
                        ex.getResponseHeaders().set("Retry-After", "1");
                        FixtureServer.send(ex, 429, new byte[0]);
                        return;
                    }
                    ex.getResponseHeaders().set("Content-Type", "text/html");
                    FixtureServer.send(ex, 200, PAGE);
                })
                .handle("/slow", ex -> {
                    ex.getResponseHeaders().set("Content-Type", "text/html");
                    ex.sendResponseHeaders(200, 0);
                    try (OutputStream out = ex.getResponseBody()) {
                        for (int i = 0; i < 20; i++) {
                            out.write("<p>drip</p>".getBytes());
                            out.flush();
                            Thread.sleep(1000);
                        }
                    } catch (InterruptedException | IOException e) {
                        Thread.currentThread().interrupt();
                    }
                })
                .handle("/huge", ex -> {
                    ex.getResponseHeaders().set("Content-Type", "text/html");
                    ex.sendResponseHeaders(200, 0);
                    byte[] chunk = new byte[64 * 1024];
                    try (OutputStream out = ex.getResponseBody()) {
                        for (int i = 0; i < 200; i++) {
                            out.write(chunk);
                        }
                    } catch (IOException e) {
                        // the client hung up once the cap was reached: that is the point
                    }
                })
                .handle("/loop", ex -> redirect(ex, "/loop"))
                .handle("/to-metadata", ex -> redirect(ex, "http://169.254.169.254/latest/meta-data/"))
                .handle("/to-private", ex -> redirect(ex, "http://10.0.0.8/admin"))
                .handle("/to-ipv6-loopback", ex -> redirect(ex, "http://[::1]:8080/"))
                .handle("/to-file", ex -> redirect(ex, "file:///etc/passwd"))
                .handle("/to-members", ex -> redirect(ex, "/members/story"))
                // loopback outside the allowlist (127.0.0.1/32), on the port where this very server answers
                .handle("/to-other-loopback", ex -> redirect(ex, web.url("/image").replace("127.0.0.1", "127.0.0.2")))
                .page("/members/story", 200, "text/html", PAGE)
                .page("/image", 200, "image/png", new byte[] { 1, 2, 3 });
        overloaded = new FixtureServer().handle("/overloaded", ex -> {
            ex.getResponseHeaders().set("Retry-After", "3600");
            FixtureServer.send(ex, 503, new byte[0]);
        });
    }

    @AfterAll
    static void stop() {
        web.close();
        overloaded.close();
    }

    FetchedPage get(String path) {
        return fetcher.fetch(FetchRequest.page(URI.create(web.url(path))));
    }

    FetchException failure(String path) {
        return assertTimeoutPreemptively(Duration.ofSeconds(15), () -> assertThrows(FetchException.class, () -> get(path)));
    }

    @Test
    void backoffDoublesPerAttemptWithinItsJitterBand() {
        Duration base = Duration.ofMillis(100);
        for (int attempt = 1; attempt <= 5; attempt++) {
            long nominal = 100L << (attempt - 1);
            assertEquals(nominal / 2, PoliteFetcher.backoff(base, attempt, 0.0).toMillis(), "lowest draw");
            assertEquals(nominal, PoliteFetcher.backoff(base, attempt, 0.5).toMillis(), "middle draw");
            assertTrue(PoliteFetcher.backoff(base, attempt, 0.999).toMillis() <= nominal * 3 / 2, "highest draw");
        }
        assertEquals(PoliteFetcher.backoff(base, 11, 0.5), PoliteFetcher.backoff(base, 30, 0.5), "growth is capped");
    }

    @Test
    void gzipBodiesAreDecodedAndTheirLanguageKept() {
        FetchedPage page = get("/gzip");
        assertArrayEquals(PAGE, page.body());
        assertEquals("en-GB", page.contentLanguage(), "for the extractor, when the page does not declare it");
    }

    @Test
    void conditionalGetAnswers304WithTheValidators() {
        FetchedPage first = get("/conditional");
        assertEquals("\"v1\"", first.etag());
        FetchedPage again = fetcher.fetch(new FetchRequest(URI.create(web.url("/conditional")), FetchRequest.HTML,
                first.etag(), first.lastModified()));
        assertTrue(again.notModified());
        assertEquals(0, again.body().length);
    }

    @Test
    void a429WithRetryAfterIsWaitedOutThenRetried() {
        assertFalse(get("/busy").notModified());
        assertEquals(2, web.hits("/busy"));
    }

    @Test
    void aRetryAfterBeyondThePoliteWaitFailsFastAndHoldsTheSiteBack() {
        URI url = URI.create(overloaded.url("/overloaded"));
        FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(FetchRequest.page(url)));
        assertTrue(e.isTransient());
        assertEquals(Duration.ofHours(1), e.retryAfter());
        FetchException held = assertThrows(FetchException.class, () -> fetcher.fetch(FetchRequest.page(url)));
        assertTrue(held.getMessage().contains("asked us to wait"), held.getMessage());
        assertEquals(1, overloaded.hits("/overloaded"));
    }

    @Test
    void slowAndHugeAndLoopingResponsesEndInClearErrors() {
        for (String[] c : new String[][] { { "/slow", "within" }, { "/huge", "over the limit" },
                { "/loop", "redirects" }, { "/image", "unsupported content type" } }) {
            String message = failure(c[0]).getMessage();
            assertTrue(message.contains(c[1]), c[0] + ": " + message);
        }
    }

    @Test
    void robotsDisallowIsHonoured() {
        FetchException e = failure("/members/story");
        assertTrue(e.getMessage().contains("robots.txt"), e.getMessage());
        FetchException redirected = failure("/to-members");
        assertTrue(redirected.getMessage().contains("robots.txt"), redirected.getMessage());
        assertEquals(0, web.hits("/members/story"), "neither directly nor through a redirect");
    }

    @Test
    void redirectsIntoTheInternalNetworkAreRefused() {
        int imageHits = web.hits("/image");
        for (String path : List.of("/to-metadata", "/to-private", "/to-ipv6-loopback", "/to-file", "/to-other-loopback")) {
            FetchException e = failure(path);
            assertTrue(e instanceof RefusedAddressException, path + ": " + e.getMessage());
            assertFalse(e.isTransient());
        }
        assertEquals(imageHits, web.hits("/image"), "the refused hop was never requested");
    }

    @Test
    void internalUrlsAreRefusedBeforeAnyRequest() {
        for (String url : List.of("http://169.254.169.254/latest/meta-data/", "http://10.1.1.1/", "http://[::1]/")) {
            assertThrows(RefusedAddressException.class, () -> fetcher.fetch(FetchRequest.page(URI.create(url))), url);
        }
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        FixtureServer.send(ex, 302, new byte[0]);
    }

    private static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
