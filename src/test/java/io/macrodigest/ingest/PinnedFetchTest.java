package io.macrodigest.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.macrodigest.support.FixtureServer;

/**
 * The fetcher connects to the address the guard vetted and resolves no name a second time: a DNS answer that
 * changes after the check (rebinding) cannot redirect the connection. Plain JUnit with our own resolver and a
 * connect step that refuses anything but loopback.
 */
class PinnedFetchTest {

    static FixtureServer web;
    static final List<String> hostHeaders = new CopyOnWriteArrayList<>();

    final Map<String, AtomicInteger> lookups = new ConcurrentHashMap<>();
    final List<InetSocketAddress> connects = new CopyOnWriteArrayList<>();
    PageFetcher fetcher;

    @BeforeAll
    static void start() {
        web = new FixtureServer()
                .handle("/page", ex -> {
                    hostHeaders.add(ex.getRequestHeaders().getFirst("Host"));
                    ex.getResponseHeaders().set("Content-Type", "text/html");
                    FixtureServer.send(ex, 200, "<p>pinned</p>".getBytes(StandardCharsets.UTF_8));
                })
                .handle("/hop", ex -> {
                    ex.getResponseHeaders().set("Location", "http://second.test:" + port() + "/page");
                    FixtureServer.send(ex, 302, new byte[0]);
                });
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    static int port() {
        return URI.create(web.url("/")).getPort();
    }

    @BeforeEach
    void build() {
        // every name answers loopback the first time and an internal address ever after: a rebinding server
        HostResolver rebinding = name -> {
            int n = lookups.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
            if (!name.endsWith(".test")) {
                throw new UnknownHostException(name);
            }
            return List.of(InetAddress.getByAddress(n == 1 ? new byte[] { 127, 0, 0, 1 } : new byte[] { 10, 0, 0, 1 }));
        };
        SocketOpener loopbackOnly = (address, timeout) -> {
            connects.add(address);
            if (!address.getAddress().isLoopbackAddress()) {
                throw new AssertionError("tried to reach " + address);
            }
            return new DirectSocketOpener().open(address, timeout);
        };
        FetchConfig config = TestFetchConfig.withAllowed(List.of("127.0.0.1/32"));
        fetcher = new PageFetcher(config, new AddressGuard(config, rebinding), new PinnedHttpClient(config, loopbackOnly));
        hostHeaders.clear();
    }

    @Test
    void theConnectionGoesToTheVettedAddressAndTheHostHeaderKeepsTheName() {
        FetchedPage page = fetcher.fetch(FetchRequest.page(URI.create("http://rebind.test:" + port() + "/page")));
        assertEquals("<p>pinned</p>", new String(page.body(), StandardCharsets.UTF_8));
        assertEquals(1, lookups.get("rebind.test").get(), "resolved once, for the check and the connection");
        assertEquals(List.of(new InetSocketAddress("127.0.0.1", port())), connects);
        assertEquals(List.of("rebind.test:" + port()), hostHeaders);
    }

    @Test
    void everyRedirectHopIsResolvedOnceAndConnectedWhereItWasVetted() {
        FetchedPage page = fetcher.fetch(FetchRequest.page(URI.create("http://first.test:" + port() + "/hop")));
        assertEquals(URI.create("http://second.test:" + port() + "/page"), page.finalUrl());
        assertEquals(1, lookups.get("first.test").get());
        assertEquals(1, lookups.get("second.test").get());
        assertTrue(connects.stream().allMatch(a -> a.getAddress().isLoopbackAddress()), connects.toString());
        assertEquals(2, connects.size());
    }

    @Test
    void aNameThatRebindsBeforeTheNextRequestIsRefusedThenNotFollowed() {
        URI url = URI.create("http://rebind.test:" + port() + "/page");
        fetcher.fetch(FetchRequest.page(url));
        RefusedAddressException e = assertThrows(RefusedAddressException.class, () -> fetcher.fetch(FetchRequest.page(url)));
        assertTrue(e.getMessage().contains("10.0.0.1"), e.getMessage());
        assertEquals(1, connects.size(), "the second lookup's address was never connected to");
    }

    @Test
    void tlsToAServerThatDoesNotSpeakItFailsClearlyAndFast() {
        FetchException e = assertThrows(FetchException.class,
                () -> fetcher.fetch(FetchRequest.page(URI.create("https://127.0.0.1:" + port() + "/page"))));
        assertFalse(e instanceof RefusedAddressException);
        assertTrue(e.getMessage().contains("127.0.0.1"), e.getMessage());
    }
}
